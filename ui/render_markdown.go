package ui

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode"

	"charm.land/glamour/v2"
)

// renderMarkdown renders a markdown article with glamour at width, the
// sentinels riding along inside the text. es must have been through
// keepBlockSyntax.
func renderMarkdown(text string, es []edge, width int, style string) ([]string, error) {
	outs, err := renderChunks(chunkTexts(markdownChunks(text, es)), width, style)
	if err != nil {
		return nil, err
	}
	return joinChunks(outs), nil
}

// markdownChunks is the marked text cut into the pieces glamour renders
// one by one: a short first piece, enough for the first screens, so that
// they can be shown before the rest is rendered, then pieces of about
// chunkSize. A text of at most chunkSize is one piece.
func markdownChunks(text string, es []edge) []chunk {
	marked := markText(text, es, linkHidingPiece(text))
	pieces := []string{marked}
	if len(marked) > chunkSize {
		if head := splitBlocks(marked, headSize)[0]; len(head) < len(marked) {
			pieces = append([]string{head}, splitBlocks(marked[len(head):], chunkSize)...)
		}
	}
	out := make([]chunk, len(pieces))
	for i, p := range pieces {
		out[i] = chunk{size: len(p), text: p}
	}
	return out
}

// chunkTexts are the marked texts of the pieces.
func chunkTexts(cs []chunk) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.marked()
	}
	return out
}

// renderChunks renders the pieces at width. Glamour takes about a second
// per megabyte on one core: the pieces of a long article are rendered on
// every core at once.
func renderChunks(chunks []string, width int, style string) ([]string, error) {
	outs := make([]string, len(chunks))
	errs := make([]error, len(chunks))
	var wg sync.WaitGroup
	var panics workerPanics
	work := make(chan int)
	for w := 0; w < min(len(chunks), runtime.GOMAXPROCS(0)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := glamour.NewTermRenderer(glamourStyle(style), glamour.WithWordWrap(width))
			for i := range work {
				if err != nil {
					errs[i] = err
					continue
				}
				panics.run(func() { outs[i], errs[i] = r.Render(chunks[i]) })
			}
		}()
	}
	for i := range chunks {
		work <- i
	}
	close(work)
	wg.Wait()
	panics.rethrow()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return outs, nil
}

// joinChunks makes the rendered pieces one list of lines, a blank line
// between pieces as between any two paragraphs.
func joinChunks(outs []string) []string {
	var lines []string
	for i, out := range outs {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, strings.Split(strings.Trim(out, "\n"), "\n")...)
	}
	return lines
}

// chunkSize is the size from which a markdown text is rendered in pieces;
// headSize that of its first piece, drawn before the others (about 250
// lines at 80 columns: several screens).
const (
	chunkSize = 64 << 10
	headSize  = 16 << 10
)

// splitBlocks cuts markdown into pieces of about size bytes, only at a
// blank line followed by a line that starts a plain paragraph or a heading
// (so no list, quote, table or code block is cut), outside fences.
func splitBlocks(s string, size int) []string {
	if len(s) <= size {
		return []string{s}
	}
	var out []string
	start, inFence := 0, false
	for i := 0; i < len(s); {
		nl := strings.IndexByte(s[i:], '\n')
		if nl < 0 {
			break
		}
		line := s[i : i+nl]
		next := i + nl + 1
		trimmed := strings.TrimLeft(line, " ")
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			inFence = !inFence
		}
		if !inFence && line == "" && next-start >= size && next < len(s) && startsParagraph(s[next:]) {
			out = append(out, s[start:next])
			start = next
		}
		i = next
	}
	return append(out, s[start:])
}

// startsParagraph reports whether s opens with a letter or a heading
// mark, after any sentinels.
func startsParagraph(s string) bool {
	for _, r := range s {
		switch {
		case isMarkRune(r):
			continue
		case r == '#' || unicode.IsLetter(r):
			return true
		}
		return false
	}
	return false
}

// keepBlockSyntax moves edges that fall at the start of a line past the
// line's block markers ("# ", "> ", "- ", "1. ", "| "): a sentinel in front
// of them would turn a heading or a list item into a plain paragraph. A
// span end moves back before the newline instead, to stay on its text,
// and before a closing code fence it ends on: "```" with a sentinel after
// it closes nothing, and the rest of the article became code.
func keepBlockSyntax(text string, es []edge) []edge {
	moved := false
	out := make([]edge, len(es))
	copy(out, es)
	for i, e := range out {
		if e.at > len(text) {
			continue
		}
		lineStart := e.at == 0 || text[e.at-1] == '\n'
		switch {
		case e.open && lineStart:
			out[i].at = e.at + blockPrefixLen(text[e.at:])
		case !e.open:
			at := e.at
			if lineStart {
				at = beforeNewline(text, at)
			}
			out[i].at = beforeClosingFence(text, at)
		}
		moved = moved || out[i].at != e.at
	}
	if moved {
		sort.SliceStable(out, func(i, j int) bool { return out[i].at < out[j].at })
	}
	keepEmphasis(text, out)
	return out
}

// beforeNewline is at moved back past the line breaks before it.
func beforeNewline(text string, at int) int {
	for at > 0 && (text[at-1] == '\n' || text[at-1] == '\r') {
		at--
	}
	return at
}

// beforeClosingFence is at, or, when at ends a line that is only a code
// fence ("```", "~~~~", indented at most three spaces), the end of the
// line before it.
func beforeClosingFence(text string, at int) int {
	if at < len(text) && text[at] != '\n' && text[at] != '\r' {
		return at
	}
	start := strings.LastIndexByte(text[:at], '\n') + 1
	line := strings.TrimRight(text[start:at], " \t\r")
	trimmed := strings.TrimLeft(line, " ")
	if len(line)-len(trimmed) > 3 || len(trimmed) < 3 || (trimmed[0] != '`' && trimmed[0] != '~') ||
		strings.Trim(trimmed, trimmed[:1]) != "" || start == 0 {
		return at
	}
	return beforeNewline(text, start)
}

// keepEmphasis moves edges inside the emphasis delimiters beside them
// ("*", "_", "~"): a span opening before "_The" goes after the run, one
// closing after "agreed._" before it. A sentinel counts as a letter to the
// markdown parser, so outside a delimiter it made "_" look intraword and a
// "*" after a full stop unable to close, and the whole emphasis showed as
// literal marks. Inside, it stands where the emphasised text already was.
// An edge never passes its neighbour (it may join it at its offset), so es
// stays in order of offset: closes move back in a forward pass, opens
// forward in a backward pass, each beside a neighbour already moved.
func keepEmphasis(text string, es []edge) {
	isDelim := func(c byte) bool { return c == '*' || c == '_' || c == '~' }
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	for i := range es {
		at := es[i].at
		if es[i].open || at <= 0 || at > len(text) {
			continue
		}
		p := at
		for p > 0 && isDelim(text[p-1]) {
			p--
		}
		if p < at && p > 0 && !isSpace(text[p-1]) && (i == 0 || es[i-1].at <= p) {
			es[i].at = p
		}
	}
	for i := len(es) - 1; i >= 0; i-- {
		at := es[i].at
		if !es[i].open || at < 0 || at >= len(text) {
			continue
		}
		p := at
		for p < len(text) && isDelim(text[p]) {
			p++
		}
		if p > at && p < len(text) && !isSpace(text[p]) && (i == len(es)-1 || es[i+1].at >= p) {
			es[i].at = p
		}
	}
}

// blockPrefixLen is the length of the markdown block markers opening s:
// indentation, heading hashes, quote bars, list bullets and numbers, table
// pipes, and whole fence lines (a sentinel cannot sit in front of ```).
func blockPrefixLen(s string) int {
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		switch {
		case strings.HasPrefix(s[j:], "```") || strings.HasPrefix(s[j:], "~~~"):
			nl := strings.IndexByte(s[j:], '\n')
			if nl < 0 {
				return len(s)
			}
			i = j + nl + 1
			continue
		case j < len(s) && s[j] == '#':
			k := j
			for k < len(s) && s[k] == '#' {
				k++
			}
			if k < len(s) && s[k] == ' ' {
				i = k + 1
				continue
			}
		case j < len(s) && (s[j] == '>' || s[j] == '|'):
			i = j + 1
			continue
		case j+1 < len(s) && (s[j] == '-' || s[j] == '*' || s[j] == '+') && s[j+1] == ' ':
			i = j + 2
			continue
		case j < len(s) && s[j] >= '0' && s[j] <= '9':
			k := j
			for k < len(s) && k-j < 9 && s[k] >= '0' && s[k] <= '9' {
				k++
			}
			if k+1 < len(s) && (s[k] == '.' || s[k] == ')') && s[k+1] == ' ' {
				i = k + 2
				continue
			}
		}
		return j
	}
	return i
}
