package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/caveat-reader/caveat/articles"

	"github.com/caveat-reader/caveat/cells"
)

// A text file is taken as hard-wrapped (its single newlines reflowed) when
// no line is longer than hardWrapMax runes and at least a third of its
// lines run on into the next; then a line ending inside a paragraph is
// reflowed when it is at least 3/5 of the longest line, and shorter lines
// (headlines, lists of related links) keep their break. Text that is not
// hard-wrapped keeps every line break: there a newline is meant.
const hardWrapMax = 100

// plainLines is the line table of a plain-text article, so that each
// newline can be judged by its neighbours while the text is copied piece by
// piece between span edges. It is only read once made: the pieces of a
// long text are marked on several goroutines, each with its own cursor.
type plainLines struct {
	text  string
	ends  []int // byte offset of each line's end (its '\n', or len(text))
	blank []bool
	long  []bool // reflow this line's newline (hard-wrapped text only)
}

// plainCursor copies a stretch of the text through its line table; cur
// is the line of the last lookup, as pieces arrive in text order.
type plainCursor struct {
	*plainLines
	cur int
}

// cursor is a cursor for pieces from byte offset at on.
func (p *plainLines) cursor(at int) *plainCursor {
	return &plainCursor{plainLines: p, cur: min(sort.SearchInts(p.ends, at), len(p.ends)-1)}
}

func newPlainLines(text string) *plainLines {
	p := &plainLines{text: text}
	var runes []int
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		p.ends = append(p.ends, end)
		p.blank = append(p.blank, strings.TrimSpace(line) == "")
		runes = append(runes, utf8.RuneCountInString(line))
		if end == len(text) {
			break
		}
		start = end + 1
	}
	p.long = make([]bool, len(p.ends))
	longest, runOn, nonBlank := 0, 0, 0
	for l, n := range runes {
		longest = max(longest, n)
		if !p.blank[l] {
			nonBlank++
			if l+1 < len(runes) && !p.blank[l+1] {
				runOn++
			}
		}
	}
	if longest > hardWrapMax || runOn*3 < nonBlank {
		return p
	}
	for l, n := range runes {
		p.long[l] = n*5 >= longest*3
	}
	return p
}

// lineOf is the index of the line holding byte i. Pieces arrive in text
// order, so the cursor only moves forward.
func (p *plainCursor) lineOf(i int) int {
	for p.cur < len(p.ends)-1 && i > p.ends[p.cur] {
		p.cur++
	}
	return p.cur
}

// piece copies text[from:to] as display text: blank lines collapse into one
// paragraph break, a long line's newline inside a paragraph becomes a
// space, a short line's stays.
func (p *plainCursor) piece(b *strings.Builder, from, to int) {
	run := from
	flush := func(end int) {
		if end > run {
			b.WriteString(articles.Visible(p.text[run:end]))
		}
	}
	for i := from; i < to; i++ {
		c := p.text[i]
		if c != '\n' && c != ' ' && c != '\t' && c != '\r' {
			continue
		}
		l := p.lineOf(i)
		switch {
		case c != '\n' && p.blank[l]:
			// Spaces on a blank line: dropped.
			flush(i)
			run = i + 1
		case c == '\n':
			flush(i)
			run = i + 1
			b.WriteString(p.newline(l))
		}
	}
	flush(to)
}

// newline is what the newline ending line l becomes.
func (p *plainLines) newline(l int) string {
	next := l + 1
	switch {
	case next >= len(p.ends):
		return ""
	case p.blank[l]:
		return ""
	case p.blank[next]:
		return "\n\n"
	case p.long[l]:
		return " "
	}
	return "\n"
}

// renderPlain lays out a plain-text article at width: paragraphs wrapped
// by words (long words broken), sentinels carried through as zero-width.
func renderPlain(text string, es []edge, width int) []string {
	return joinChunks(wrapChunks(plainChunks(text, es), width))
}

// plainChunks cuts a plain article into the pieces laid out one by one,
// as markdownChunks cuts markdown: a short first piece, enough for the
// first screens, then pieces of about chunkSize. They are cut in the
// source text, at paragraph breaks, and each is marked (markText) only
// when laid out, so the first frame of a long text marks only its first
// piece. Wrapping carries nothing across a paragraph break, so the pieces
// wrapped one by one and joined by joinChunks are the text wrapped whole,
// line for line (TestPlainChunksWrapAsWhole).
func plainChunks(text string, es []edge) []chunk {
	lines := newPlainLines(text)
	var out []chunk
	start, e, opens, closes := 0, 0, 0, 0
	for size := headSize; ; size = chunkSize {
		end := lines.breakAfter(start + size)
		if end < 0 {
			end = len(text) + 1
		}
		// The piece holds the bytes [start, end) and the edges there
		// (the last one also those past the end of the text).
		e0, o0, c0 := e, opens, closes
		for e < len(es) && (es[e].at < end || end > len(text)) {
			if es[e].open {
				opens++
			} else {
				closes++
			}
			e++
		}
		from, to, part := start, min(end, len(text)), es[e0:e]
		out = append(out, chunk{size: to - from, mark: func() string {
			m := markRange(text, part, from, to, o0, c0, lines.cursor(from).piece)
			return strings.Trim(m, "\n")
		}})
		if end > len(text) {
			return out
		}
		start = end
	}
}

// breakAfter is the offset just past the first paragraph break (a line's
// newline followed by a blank line) at or after byte at that has more text
// after it, or -1.
func (p *plainLines) breakAfter(at int) int {
	for l := sort.SearchInts(p.ends, at); l+1 < len(p.ends); l++ {
		if p.blank[l] || !p.blank[l+1] {
			continue
		}
		for n := l + 2; n < len(p.ends); n++ {
			if !p.blank[n] {
				return p.ends[l] + 1
			}
		}
		return -1
	}
	return -1
}

// wrapChunks marks and wraps the pieces at width, on every core.
func wrapChunks(chunks []chunk, width int) []string {
	outs := make([]string, len(chunks))
	eachIndex(len(chunks), func(i int) { outs[i] = cells.Wrap(chunks[i].marked(), width, "") })
	return outs
}
