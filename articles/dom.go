package articles

import (
	"strings"

	"golang.org/x/net/html"
)

// walk visits n and its descendants in document order without recursion;
// visit returns false to skip a node's children. The stack starts on
// walk's own frame: the rules walk small boxes many times a page.
func walk(n *html.Node, visit func(*html.Node) bool) {
	var frame [64]*html.Node
	stack := append(frame[:0], n)
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !visit(c) {
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// nextElement and prevElement are n's sibling elements next to it, past
// white space; nil when text stands between.
func nextElement(n *html.Node) *html.Node { return siblingElement(n, true) }
func prevElement(n *html.Node) *html.Node { return siblingElement(n, false) }

func siblingElement(n *html.Node, forward bool) *html.Node {
	step := func(c *html.Node) *html.Node {
		if forward {
			return c.NextSibling
		}
		return c.PrevSibling
	}
	for c := step(n); c != nil; c = step(c) {
		if c.Type == html.ElementNode {
			return c
		}
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			return nil
		}
	}
	return nil
}
