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

// keepBlockSyntax moves edges off the markdown syntax of the line they
// are on, where a sentinel (a letter to the parser) would change what the
// line is. An edge at the start of a line goes past its block markers
// ("# ", "> ", "- ", "1. ", "| "), and a span end inside them to their end
// (a list number the segmenter took for a sentence, "1.", ended there): in
// front of them a heading or a list item became a plain paragraph. A span
// end at the start of a line moves back before the newline, to stay on its
// text, and before a closing code fence it ends on ("```" with a sentinel
// after it closes nothing, and the rest of the article became code). The
// edges on a line that is syntax alone (a setext underline, a thematic
// break, a table's delimiter row) move to the end of the line before, and
// a span end after a table row's last "|" before it (a cell of its own,
// the row no longer matched the table). Lines are found by one pass along
// the edges, which come in order of offset.
func keepBlockSyntax(text string, es []edge) []edge {
	moved := false
	out := make([]edge, len(es))
	copy(out, es)
	ls, scanned := 0, 0 // the start of the current edge's line; how far it was looked for
	lineOf := -1        // the line whose shape is known
	var prefix int      // the length of that line's block markers, or -1 when they run past it
	var syntaxOnly bool // the line is syntax alone
	var rowPipe int     // the offset of a table row's last "|", or -1
	for i, e := range out {
		if e.at > len(text) {
			continue
		}
		for scanned < e.at {
			j := strings.IndexByte(text[scanned:e.at], '\n')
			if j < 0 {
				scanned = e.at
				break
			}
			ls = scanned + j + 1
			scanned = ls
		}
		if lineOf != ls {
			lineOf = ls
			line := text[ls:]
			if nl := strings.IndexByte(line, '\n'); nl >= 0 {
				line = line[:nl]
			}
			prefix = blockPrefixLen(text[ls:])
			if prefix > len(line) {
				prefix = -1
			}
			syntaxOnly = ls > 0 && isSyntaxLine(line)
			rowPipe = tableRowPipe(line)
			if rowPipe >= 0 {
				rowPipe += ls
			}
		}
		at := e.at
		switch {
		case syntaxOnly:
			at = endOfLineBefore(text, ls)
		case e.open && at == ls:
			at += blockPrefixLen(text[at:])
		case e.open:
		case at == ls:
			at = beforeClosingFence(text, beforeNewline(text, at))
		case prefix >= 0 && at < ls+prefix:
			at = ls + prefix
		case rowPipe >= 0 && at > rowPipe && strings.TrimRight(text[rowPipe+1:at], " \t") == "":
			at = rowPipe
			for at > ls && (text[at-1] == ' ' || text[at-1] == '\t') {
				at--
			}
		default:
			at = beforeClosingFence(text, at)
		}
		out[i].at = at
		moved = moved || at != e.at
	}
	if moved {
		sort.SliceStable(out, func(i, j int) bool { return out[i].at < out[j].at })
	}
	keepEmphasis(text, out)
	return out
}

// endOfLineBefore is where the text of the line before the one starting
// at ls ends: before its newline, and before its last "|" if it is a
// table row.
func endOfLineBefore(text string, ls int) int {
	at := beforeNewline(text, ls)
	prev := strings.LastIndexByte(text[:at], '\n') + 1
	if p := tableRowPipe(text[prev:at]); p >= 0 {
		at = prev + p
		for at > prev && (text[at-1] == ' ' || text[at-1] == '\t') {
			at--
		}
	}
	return at
}

// isSyntaxLine reports whether a line is markdown syntax alone, with no
// text: a setext heading's underline ("====", "----"), a thematic break
// ("***", "- - -", "___") or a table's delimiter row ("|---|:--:|").
func isSyntaxLine(line string) bool {
	t := strings.TrimRight(line, " \t\r")
	lead := len(t) - len(strings.TrimLeft(t, " "))
	if lead > 3 || lead == len(t) {
		return false
	}
	t = t[lead:]
	if strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "" {
		return true
	}
	for _, c := range []string{"-", "*", "_"} {
		if strings.Count(t, c) >= 3 && strings.Trim(t, c+" \t") == "" {
			return true
		}
	}
	return strings.Trim(t, "|:- \t") == "" && strings.Contains(t, "-") && strings.Contains(t, "|")
}

// tableRowPipe is the offset in line of the last "|" of a table row (a
// line that starts and ends with one), or -1.
func tableRowPipe(line string) int {
	t := strings.TrimRight(line, " \t\r")
	if !strings.HasPrefix(strings.TrimLeft(t, " "), "|") || !strings.HasSuffix(t, "|") || strings.HasSuffix(t, "\\|") {
		return -1
	}
	return len(t) - 1
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
	last := at - 1
	for last >= 0 && (text[last] == ' ' || text[last] == '\t' || text[last] == '\r') {
		last--
	}
	if last < 0 || (text[last] != '`' && text[last] != '~') {
		return at // no fence ends here: the line is not looked back over
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
		case j < len(s) && s[j] == '>':
			i = j + 1
			continue
		case j < len(s) && s[j] == '|':
			// A table row's first pipe only: past the next one the
			// sentinel would sit in a later cell (or after the row, for
			// a row of empty cells).
			k := j + 1
			for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
				k++
			}
			return k
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
