package articles

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mainContainer is the element whose own paragraphs hold the most text:
// the article's body container, where its run of paragraphs lives. The
// blocks around it are judged by where they stand against it (a
// standfirst sits before it, outside). It returns nil when no container
// holds at least half of the text under root, as on pages whose
// paragraphs are spread over many boxes.
func mainContainer(root *html.Node) *html.Node {
	total := textLen(root)
	if total == 0 {
		return nil
	}
	own := map[*html.Node]int{}
	var best *html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.P && n.Parent != nil {
			own[n.Parent] += textLen(n)
			if best == nil || own[n.Parent] > own[best] {
				best = n.Parent
			}
			return false
		}
		return !isScriptOrStyle(n)
	})
	if best == nil || textLen(best)*2 < total {
		return nil
	}
	return best
}

// isInside reports whether n is c or one of its descendants.
func isInside(n, c *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == c {
			return true
		}
	}
	return false
}

// sameKind: two elements with the same tag and class, such as the parts
// of a body split by an advertisement.
func sameKind(a, b *html.Node) bool {
	return a != nil && b != nil && a.DataAtom == b.DataAtom && attr(a, "class") == attr(b, "class")
}
