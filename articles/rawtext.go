package articles

import (
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Half the bytes of a news page (54% on the benchmark) are the text of its
// <script> and <style> elements, which the tokenizer reads one byte at a
// time and copies. parseHTML (tree.go) hands the parser each such text as
// a short numbered placeholder instead, where a skim of the page
// (skim.go) finds them, and puts the texts back into the tree when it
// measures it: the tree is the one html.Parse makes of the page.
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

// rawSpan is the text of one <script> or <style> element (kind):
// text[start:end].
type rawSpan struct {
	start, end int
	kind       atom.Atom
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

// rawRestorer puts each span's text in place of its placeholder, as the
// tokenizer would have made it (line ends normalised), as it is shown the
// tree's script and style elements. The parse holds only if every
// placeholder is found once, alone in an HTML element of its span's kind.
// No other node needs looking at: a placeholder found so was read whole
// as that element's raw text, so up to its span's end both parses agree,
// and a placeholder read any other way is not found so.
type rawRestorer struct {
	text   []byte
	spans  []rawSpan
	seen   []bool
	found  int
	failed bool
}

// restore takes one script or style element.
func (r *rawRestorer) restore(n *html.Node) {
	c := n.FirstChild
	if r.failed || n.Namespace != "" || c == nil || c != n.LastChild || c.Type != html.TextNode {
		return
	}
	i, ok := placeholderIndex(c.Data)
	switch {
	case !ok:
	case i >= len(r.spans) || r.seen != nil && r.seen[i] || r.spans[i].kind != n.DataAtom:
		r.failed = true
	default:
		if r.seen == nil {
			r.seen = make([]bool, len(r.spans))
		}
		r.seen[i] = true
		r.found++
		c.Data = rawString(r.text[r.spans[i].start:r.spans[i].end])
	}
}

// complete: every placeholder was found, and found right.
func (r *rawRestorer) complete() bool {
	return !r.failed && r.found == len(r.spans)
}

// placeholderIndex reads a placeholder's number.
func placeholderIndex(s string) (int, bool) {
	if len(s) < 3 || s[0] != placeholderByte || s[len(s)-1] != placeholderByte {
		return 0, false
	}
	i, err := strconv.Atoi(s[1 : len(s)-1])
	return i, err == nil
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
