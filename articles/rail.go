package articles

import (
	"strings"

	"golang.org/x/net/html"
)

// A rail of teasers ("latest videos", "more from the section") is a box
// of three or more cards built alike, each a link to another page with a
// kicker or a headline and no paragraph of its own: whatever the box is
// called, that is not the article's text.

// Limits of a rail: at least railMinCards cards of at most railCardWords
// words each, none holding a sentence paragraph.
const (
	railMinCards  = 3
	railCardWords = 30
	// railMaxBytes skips larger boxes unread: a rail of a dozen cards
	// fits in it.
	railMaxBytes = 4000
)

// isRail reports whether n's element children are a rail of teaser cards.
func isRail(n *html.Node) bool {
	cards := 0
	var first *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
			continue
		case c.Type != html.ElementNode:
			return false
		}
		if first == nil {
			first = c
		} else if !sameKind(c, first) || attr(c, "class") == "" {
			return false
		}
		if !isCard(c) {
			return false
		}
		cards++
	}
	return cards >= railMinCards
}

// isCard: a short box with a link and no sentence paragraph (a teaser's
// headline, however long, does not end with a full stop).
func isCard(c *html.Node) bool {
	if countLinks(c) == 0 {
		return false
	}
	if innerCount(c, wordCount) > railCardWords {
		return false
	}
	sentence := false
	walk(c, func(k *html.Node) bool {
		if isTextParagraph(k) && endsSentence(innerText(k)) {
			sentence = true
		}
		return !sentence
	})
	return !sentence
}
