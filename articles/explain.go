package articles

import (
	"golang.org/x/net/html"
)

// Dropped is one block the extractor removed from the article readability
// picked, and the rule that removed it: `caveat extract --explain` lists
// them so that a pruning decision can be checked against the page.
type Dropped struct {
	// Rule names the rule, with the word or measure that decided it.
	Rule string
	// Text is the block's text on one line, cut to dropTextLen bytes.
	Text string
}

// dropTextLen bounds the text kept of a dropped block: enough to find it
// on the page.
const dropTextLen = 120

// dropLog removes blocks from the article and remembers why.
type dropLog struct {
	dropped []Dropped
}

// drop detaches n (if still attached) and records it under rule.
func (l *dropLog) drop(n *html.Node, rule string) {
	if n.Parent == nil {
		return
	}
	l.dropped = append(l.dropped, Dropped{Rule: rule, Text: truncateUTF8(oneLine(innerText(n)), dropTextLen)})
	n.Parent.RemoveChild(n)
}
