package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/caveat-reader/caveat/articles"

	"github.com/caveat-reader/caveat/ui/cells"
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
// piece between span edges.
type plainLines struct {
	text  string
	ends  []int // byte offset of each line's end (its '\n', or len(text))
	blank []bool
	long  []bool // reflow this line's newline (hard-wrapped text only)
	cur   int    // line of the last lookup; pieces arrive in text order
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
func (p *plainLines) lineOf(i int) int {
	for p.cur < len(p.ends)-1 && i > p.ends[p.cur] {
		p.cur++
	}
	return p.cur
}

// piece copies text[from:to] as display text: blank lines collapse into one
// paragraph break, a long line's newline inside a paragraph becomes a
// space, a short line's stays.
func (p *plainLines) piece(b *strings.Builder, from, to int) {
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
	lines := newPlainLines(text)
	marked := markText(text, es, lines.piece)
	marked = strings.Trim(marked, "\n")
	return strings.Split(cells.Wrap(marked, width, ""), "\n")
}
