package articles

import (
	"bytes"
	"errors"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Limits on a parsed page. Real news pages nest a few dozen levels and hold
// some thousands of elements; hostile ones nest thousands deep or expand a
// small input into millions of nodes, which would make the extractor's
// recursive passes overflow the stack or run for minutes.
const (
	maxTreeDepth = 100
	minTreeDepth = 16
	maxTreeNodes = 1_000_000
	// depthBudget bounds depth times page size: the extractor measures the
	// text under every ancestor of every paragraph, so its work grows with
	// both, and a large page must be shallower to be read in seconds.
	depthBudget = 64 << 20
)

// depthLimit is the nesting kept for a page holding size bytes of text:
// maxTreeDepth for any real article (under 640 KB of text), less for
// huge pages.
func depthLimit(size int) int {
	if size <= 0 {
		return maxTreeDepth
	}
	return max(minTreeDepth, min(maxTreeDepth, depthBudget/size))
}

var errTooComplex = errors.New("page too complex to read (over 1,000,000 HTML nodes)")

// parseHTML parses a page with golang.org/x/net/html itself (the
// extractors' own parsing fails on some Hangul pages) and makes the tree
// safe and fast to walk: anything nested deeper than depthLimit is
// replaced by its text. The parser is handed the texts of scripts and
// styles as placeholders (rawtext.go), put back by the pass that measures
// the tree; a page whose placeholders are not all found is parsed again
// as it is.
func parseHTML(text []byte) (*html.Node, error) {
	doc, spans, err := parseTree(text, rawTextSpans(text))
	if err != nil {
		return nil, err
	}
	raw := rawRestorer{text: text, spans: spans}
	nodes, size, deepest := measureTree(doc, &raw)
	if !raw.complete() {
		if doc, _, err = parseTree(text, nil); err != nil {
			return nil, err
		}
		nodes, size, deepest = measureTree(doc, nil)
	}
	if nodes > maxTreeNodes {
		return nil, errTooComplex
	}
	type item struct {
		n     *html.Node
		depth int
	}
	limit := depthLimit(size)
	if deepest < limit {
		return doc, nil
	}
	stack := []item{{doc, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth >= limit && it.n.FirstChild != nil {
			flatten(it.n)
			continue
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
	return doc, nil
}

// parseTree parses text, with spans as placeholders when there are any;
// it returns the spans the tree holds placeholders of. x/net/html refuses
// pages nested over 512 deep: then the page is parsed as it is, the tags
// below maxTreeDepth dropped (their text kept), and if even that is
// refused, the page's text alone is read.
func parseTree(text []byte, spans []rawSpan) (*html.Node, []rawSpan, error) {
	if len(spans) > 0 {
		if doc, err := html.Parse(&placeholderReader{text: text, spans: spans}); err == nil {
			return doc, spans, nil
		}
	}
	doc, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		doc, err = html.Parse(strings.NewReader(capDepth(text, maxTreeDepth)))
		if err != nil {
			doc, err = html.Parse(strings.NewReader("<p>" + html.EscapeString(textOnly(text))))
		}
	}
	return doc, nil, err
}

// measureTree counts the nodes and the bytes of text of a tree (to
// maxTreeNodes + 1) and finds the depth of its deepest node with
// children, in one pass that also puts back the raw texts (raw may be
// nil); the flattening pass runs only on a page deeper than its limit,
// which no real article is.
func measureTree(doc *html.Node, raw *rawRestorer) (nodes, size, deepest int) {
	type item struct {
		n     *html.Node
		depth int
	}
	deepest = -1
	stack := []item{{doc, 0}}
	for len(stack) > 0 && nodes <= maxTreeNodes {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		nodes++
		if it.n.Type == html.TextNode {
			size += len(it.n.Data)
		}
		if it.n.FirstChild != nil {
			deepest = max(deepest, it.depth)
		}
		if isScriptOrStyle(it.n) {
			if raw != nil {
				raw.restore(it.n)
			}
			continue
		}
		for c := it.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
	return nodes, size, deepest
}

// flatten replaces n's descendants by one text node holding their text,
// walking without recursion.
func flatten(n *html.Node) {
	var b strings.Builder
	stack := []*html.Node{n.FirstChild}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c == nil {
			continue
		}
		stack = append(stack, c.NextSibling)
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style):
			continue
		case c.Type == html.ElementNode:
			b.WriteByte(' ')
		}
		stack = append(stack, c.FirstChild)
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		c = next
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: b.String()})
}

// capDepth rewrites a page without the start and end tags of elements
// opened below depth limit, keeping all text. The depth is this
// tokenizer's own estimate: end tags close back to their opener when it is
// open and are otherwise ignored, as the parser does for stray end tags.
func capDepth(text []byte, limit int) string {
	z := html.NewTokenizer(bytes.NewReader(text))
	var out strings.Builder
	var open []string
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				out.Write(z.Raw())
				continue
			}
			if len(open) >= limit {
				out.WriteByte(' ')
				continue
			}
			open = append(open, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			i := len(open) - 1
			for i >= 0 && open[i] != string(name) {
				i--
			}
			if i < 0 {
				out.WriteByte(' ')
				continue
			}
			open = open[:i]
		}
		out.Write(z.Raw())
	}
}

// textOnly returns the text of a page, its tags dropped.
func textOnly(text []byte) string {
	z := html.NewTokenizer(bytes.NewReader(text))
	var out strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out.String()
		case html.TextToken:
			out.Write(z.Text())
		default:
			out.WriteByte(' ')
		}
	}
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true,
	"hr": true, "img": true, "input": true, "link": true, "meta": true,
	"source": true, "track": true, "wbr": true,
}

func isScriptOrStyle(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style)
}
