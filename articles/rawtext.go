package articles

import (
	"bytes"
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Half the bytes of a news page are the text of its <script> and <style>
// elements, which the tokenizer reads one byte at a time and nothing in
// the extractor reads (readability keeps only JSON-LD, which it reads
// from the tree). parsePage hands the parser each such text as a short
// numbered placeholder, found by a skim of the page that follows the
// tokenizer's states, and puts the text back into the tree afterwards.
//
// The skim may misjudge a page (a <script> inside an attribute value, SVG
// content): then a placeholder lands elsewhere than alone in its element,
// and the page is parsed again as it is. A placeholder found alone in an
// HTML <script> or <style> means the tokenizer was in raw-text mode at that
// very byte, where it reads to the first matching end tag, as the skim
// did; so the trees agree everywhere but in those texts.

// placeholderByte opens and closes every placeholder; a page holding it
// (or a NUL, which the tokenizer would replace) is parsed as it is.
const placeholderByte = 0x01

// rawSpan is the text of one <script> or <style> element: text[start:end].
type rawSpan struct{ start, end int }

// parsePage parses a page as html.Parse does, the texts of its script and
// style elements skipped over.
func parsePage(text []byte) (*html.Node, error) {
	if spans := rawTextSpans(text); len(spans) > 0 {
		doc, err := html.Parse(&placeholderReader{text: text, spans: spans})
		if err == nil && restoreRawText(doc, text, spans) {
			return doc, nil
		}
	}
	return html.Parse(bytes.NewReader(text))
}

func placeholder(i int) string {
	return "\x01" + strconv.Itoa(i) + "\x01"
}

// placeholderReader reads text with each span replaced by its placeholder.
type placeholderReader struct {
	text  []byte
	spans []rawSpan
	pos   int    // next byte of text
	next  int    // next span
	hold  string // what is left of the current placeholder
}

func (r *placeholderReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if r.hold != "" {
			c := copy(p[n:], r.hold)
			r.hold = r.hold[c:]
			n += c
			continue
		}
		stop := len(r.text)
		if r.next < len(r.spans) {
			stop = r.spans[r.next].start
		}
		if r.pos == stop && r.next < len(r.spans) {
			r.hold = placeholder(r.next)
			r.pos = r.spans[r.next].end
			r.next++
			continue
		}
		if r.pos == len(r.text) {
			break
		}
		c := copy(p[n:], r.text[r.pos:stop])
		r.pos += c
		n += c
	}
	if n == 0 && r.pos == len(r.text) {
		return 0, io.EOF
	}
	return n, nil
}

// restoreRawText puts each span's text in place of its placeholder, as the
// tokenizer would have made it (line ends normalised). It reports false
// when any placeholder is missing, repeated, or anywhere but alone in an
// HTML <script> or <style>.
func restoreRawText(doc *html.Node, text []byte, spans []rawSpan) bool {
	seen := make([]bool, len(spans))
	found := 0
	ok := true
	walk(doc, func(n *html.Node) bool {
		if !ok {
			return false
		}
		if n.Type == html.ElementNode && n.Namespace == "" && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
				if i, isPlaceholder := placeholderIndex(c.Data); isPlaceholder {
					if i >= len(spans) || seen[i] {
						ok = false
						return false
					}
					seen[i] = true
					found++
					c.Data = rawString(text[spans[i].start:spans[i].end])
					ok = noPlaceholderIn(n)
					return false
				}
			}
		}
		ok = noPlaceholderIn(n)
		return ok
	})
	return ok && found == len(spans)
}

// placeholderIndex reads a placeholder's number.
func placeholderIndex(s string) (int, bool) {
	if len(s) < 3 || s[0] != placeholderByte || s[len(s)-1] != placeholderByte {
		return 0, false
	}
	i, err := strconv.Atoi(s[1 : len(s)-1])
	return i, err == nil
}

// noPlaceholderIn reports whether n's own data and attributes are free of
// the placeholder byte.
func noPlaceholderIn(n *html.Node) bool {
	if strings.IndexByte(n.Data, placeholderByte) >= 0 {
		return false
	}
	for _, a := range n.Attr {
		if strings.IndexByte(a.Key, placeholderByte) >= 0 || strings.IndexByte(a.Val, placeholderByte) >= 0 ||
			strings.IndexByte(a.Namespace, placeholderByte) >= 0 {
			return false
		}
	}
	return true
}

// rawString is raw text as the tokenizer returns it: "\r\n" and "\r"
// become "\n".
func rawString(b []byte) string {
	s := string(b)
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
