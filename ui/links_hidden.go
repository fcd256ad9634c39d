package ui

import (
	"cmp"
	"slices"
	"strings"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"

	"github.com/caveat-reader/caveat/articles"
)

// Links in the text show their text alone, underlined: glamour prints a
// link's address after its text, which put long URLs mid-sentence. The
// markdown glamour renders has each inline link's destination replaced
// by "#", an address glamour treats as no address (it prints no href and
// no space before it); the text the analysis offsets point into is not
// changed, and the span sentinels ride along as before. `o` opens links.

// linkDests are the destinations of the inline links and images of a
// markdown text, "](dest)" with dest between the first two byte offsets,
// and for an image the offset of its "!" (else -1), in order: a scan for
// "](" and its balanced ")" on the same line, linear in the text (no
// markdown parse on the way to the first frame). An image becomes a link
// to nothing too, its alternative text underlined in its place: glamour
// would print "Image: text → address".
func linkDests(text string) [][3]int {
	var out [][3]int
	for i := 0; i+1 < len(text); {
		j := strings.Index(text[i:], "](")
		if j < 0 {
			break
		}
		start := i + j + 2
		depth, end := 1, -1
		for k := start; k < len(text) && k-start < 4096; k++ {
			c := text[k]
			if c == '\n' {
				break
			}
			if c == '\\' {
				k++
				continue
			}
			if c == '(' {
				depth++
			} else if c == ')' {
				if depth--; depth == 0 {
					end = k
					break
				}
			}
		}
		if end > start && text[start] != ' ' {
			out = append(out, [3]int{start, end, imageBang(text, i+j)})
			i = end + 1
			continue
		}
		i = start
	}
	return out
}

// imageBang is the offset of the "!" opening the image whose "]" is at
// close, or -1 when the brackets are a link's.
func imageBang(text string, close int) int {
	if k := openBracket(text, close); k > 0 && text[k-1] == '!' && (k < 2 || text[k-2] != '\\') {
		return k - 1
	}
	return -1
}

// openBracket is the offset of the "[" matching the "]" at close, on the
// same line and at most 4 KB back, or -1.
func openBracket(text string, close int) int {
	depth := 0
	for k := close - 1; k >= 0 && close-k < 4096 && text[k] != '\n'; k-- {
		switch text[k] {
		case ']':
			depth++
		case '[':
			if depth > 0 {
				depth--
				continue
			}
			return k
		}
	}
	return -1
}

// linkSpans are the texts of the markdown links whose destination is an
// address hyperlinkOpen allows, as spans of text ("[" excluded), with the
// sequence opening each hyperlink. Images are left out: their text is a
// description, not a link.
func linkSpans(text string) ([]spanRef, []string) {
	var spans []spanRef
	var opens []string
	for _, d := range linkDests(text) {
		if d[2] >= 0 {
			continue
		}
		close := d[0] - 2
		k := openBracket(text, close)
		if k < 0 || k+1 >= close {
			continue
		}
		if open := hyperlinkOpen(markdownLinkURL(text[d[0]:d[1]])); open != "" {
			spans = append(spans, spanRef{k + 1, close})
			opens = append(opens, open)
		}
	}
	return spans, opens
}

// linkHidingPiece is the piece writer of markdown: the bytes as they
// are, made visible with their character references resolved first
// (articles.VisibleMarkdown: glamour would otherwise turn "&#x9d;" into a
// control character after Visible), with every link destination written
// as "#". Pieces are cut at the sentinels, so a destination may begin in
// one piece and end in another.
func linkHidingPiece(text string) func(b *strings.Builder, from, to int) {
	// cuts are the byte ranges to replace, in order: an image's "!"
	// (by nothing), each destination (by "#"), and the reference links'
	// labels and definitions (refLinkCuts).
	var cuts []textCut
	for _, d := range linkDests(text) {
		if d[2] >= 0 {
			cuts = append(cuts, textCut{d[2], d[2] + 1, ""})
		}
		cuts = append(cuts, textCut{d[0], d[1], "#"})
	}
	if refs := refLinkCuts(text); len(refs) > 0 {
		cuts = append(cuts, refs...)
		slices.SortStableFunc(cuts, func(a, b textCut) int { return cmp.Compare(a.from, b.from) })
	}
	next := 0
	return func(b *strings.Builder, from, to int) {
		at := from
		for at < to {
			for next < len(cuts) && cuts[next].to <= at {
				next++
			}
			if next == len(cuts) || cuts[next].from >= to {
				b.WriteString(articles.VisibleMarkdown(text[at:to]))
				return
			}
			c := cuts[next]
			if c.from > at {
				b.WriteString(articles.VisibleMarkdown(text[at:c.from]))
			}
			if c.from >= from {
				b.WriteString(c.with)
			}
			at = min(to, c.to)
		}
	}
}

// glamourStyle is the standard glamour style with link text underlined.
func glamourStyle(name string) glamour.TermRendererOption {
	var cfg ansi.StyleConfig
	switch name {
	case "light":
		cfg = styles.LightStyleConfig
	case "dark":
		cfg = styles.DarkStyleConfig
	default:
		return glamour.WithStandardStyle(name)
	}
	underline := true
	cfg.LinkText.Underline = &underline
	return glamour.WithStyles(cfg)
}

// Reference links ("[the plan][p]" with "[p]: https://…" on a line of
// its own) are shown as inline links are: their text alone. The span
// sentinels in front of a definition line made it a paragraph, so glamour
// printed the definition, address and all, and left "[the plan][p]" as
// it was. The markdown glamour renders has each use of a defined label
// written as an inline link to "#" ("[the plan](#)"), and each
// definition's text left out (its sentinels stay, on a line that shows
// nothing); the text the analysis offsets point into is not changed.

// textCut is a byte range of the source replaced in what glamour renders.
type textCut struct {
	from, to int
	with     string
}

// refLinkCuts are the cuts that turn the reference links of a markdown
// text into links to "#" and leave its definitions out, in no particular
// order (each a range of at least a byte, so that a piece of the text
// that starts or ends at it still writes it): a pass over the lines for the definitions, then one over the
// closing brackets for their uses, each bracket looked back at within a
// line and 4 KB (openBracket), so linear in the text.
func refLinkCuts(text string) []textCut {
	defs := map[string]bool{}
	var cuts []textCut
	inFence := false
	for at := 0; at < len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += at
		}
		line := text[at:end]
		trimmed := strings.TrimLeft(line, " ")
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			inFence = !inFence
		}
		if label, ok := refDefinition(line); ok && !inFence {
			defs[label] = true
			lead := len(line) - len(trimmed)
			cuts = append(cuts, textCut{at + lead, at + len(strings.TrimRight(line, " \t\r")), ""})
		}
		at = end + 1
	}
	if len(defs) == 0 {
		return nil
	}
	for i := 0; i < len(text); i++ {
		if text[i] != ']' || (i > 0 && text[i-1] == '\\') {
			continue
		}
		open := openBracket(text, i)
		if open < 0 || (open > 0 && text[open-1] == ']') {
			continue // no text before, or itself the label of "[text][label]"
		}
		img := open > 0 && text[open-1] == '!' && (open < 2 || text[open-2] != '\\')
		rest := text[i+1:]
		var label string
		var cut textCut
		switch {
		case strings.HasPrefix(rest, "("), strings.HasPrefix(rest, ":"):
			continue // an inline link, or a definition
		case strings.HasPrefix(rest, "[]"):
			label, cut = text[open+1:i], textCut{i, i + 3, "](#)"}
		case strings.HasPrefix(rest, "["):
			close := strings.IndexAny(rest[1:], "[]\n")
			if close < 0 || rest[1+close] != ']' || close > 999 {
				continue
			}
			label, cut = rest[1:1+close], textCut{i, i + 3 + close, "](#)"}
		default:
			label, cut = text[open+1:i], textCut{i, i + 1, "](#)"}
		}
		if !defs[refLabel(label)] {
			continue
		}
		if img {
			cuts = append(cuts, textCut{open - 1, open, ""})
		}
		cuts = append(cuts, cut)
		i = cut.to - 1
	}
	return cuts
}

// refDefinition reports whether line is a link reference definition
// ("[label]: destination", at most three spaces in), and its label as
// matched (refLabel).
func refDefinition(line string) (string, bool) {
	trimmed := strings.TrimLeft(line, " ")
	if len(line)-len(trimmed) > 3 || !strings.HasPrefix(trimmed, "[") {
		return "", false
	}
	close := strings.IndexAny(trimmed[1:], "[]")
	if close < 0 || trimmed[1+close] != ']' || !strings.HasPrefix(trimmed[2+close:], ":") {
		return "", false
	}
	label := refLabel(trimmed[1 : 1+close])
	dest := strings.TrimSpace(trimmed[3+close:])
	if label == "" || dest == "" {
		return "", false
	}
	return label, true
}

// refLabel is a label as references match it: case and runs of spaces
// do not count.
func refLabel(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}
