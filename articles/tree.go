package articles

import (
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
	maxTreeDepth = 256
	maxTreeNodes = 500_000
)

var errTooComplex = errors.New("page too complex to read (over 500,000 HTML nodes)")

// parseHTML parses a page with golang.org/x/net/html itself (the
// extractors' own parsing fails on some Hangul pages) and makes the tree
// safe to walk recursively: anything nested deeper than maxTreeDepth is
// replaced by its text.
func parseHTML(text string) (*html.Node, error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, err
	}
	nodes := 0
	type item struct {
		n     *html.Node
		depth int
	}
	stack := []item{{doc, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		nodes++
		if nodes > maxTreeNodes {
			return nil, errTooComplex
		}
		if it.depth >= maxTreeDepth && it.n.FirstChild != nil {
			flatten(it.n)
			continue
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
	return doc, nil
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
