package ui

import (
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
	// (by nothing) and each destination (by "#").
	type cut struct {
		from, to int
		with     string
	}
	var cuts []cut
	for _, d := range linkDests(text) {
		if d[2] >= 0 {
			cuts = append(cuts, cut{d[2], d[2] + 1, ""})
		}
		cuts = append(cuts, cut{d[0], d[1], "#"})
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
