package articles

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Promotional boxes inside the article's container: newsletter sign-ups,
// "support us" asks, "more stories" rails, follow-us lines. Their class
// names vary from site to site (so the furniture words miss many), but two
// things do not: they ask the reader to do something (the vocabulary of
// rules/call-to-action.txt), and they are short boxes of links, buttons or
// words addressed to the reader.

//go:embed rules/call-to-action.txt
var callToActionList string

var callToAction = sync.OnceValue(func() phraseList { return parsePhrases(callToActionList) })

// Limits of a promotional box, in words: an ask is a line or two; a box
// that is mostly links ("Don't miss" and three headlines) may be longer.
const (
	promoMaxWords       = 40
	promoLinkedMaxWords = 80
	promoHeadingWords   = 8
	promoListMaxWords   = 150
	// promoMaxBytes skips the word count of larger boxes: 80 words of
	// any script fit in it.
	promoMaxBytes = 2000
)

// readerWords address the reader: an ask says "you" or "our", a news
// sentence mentioning a newsletter rarely does.
var readerWords = map[string]bool{"you": true, "your": true, "our": true, "us": true, "we": true}

// promoRule names the rule when n is a promotional box, or returns "";
// share is n's text and its share in links (prune's, made once).
func promoRule(n *html.Node, share *sharedText) string {
	// A list item asking to sign up is a step of the article's own
	// instructions more often than an ask: lists go only as link lists.
	if !isPromoCandidate(n) || n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Li {
		return ""
	}
	text, linked := share.get()
	count := countTextWordsTo(text, promoLinkedMaxWords+1)
	if count == 0 || count > promoLinkedMaxWords || (count > promoMaxWords && linked <= 0.5) {
		return ""
	}
	if quotesSomeone(text) {
		return ""
	}
	words := textWords(text)
	phrase := callToAction().find(words)
	if phrase == "" {
		return ""
	}
	if linked > 0 || hasControl(n) || addressesReader(words) {
		return "call to action " + strconv.Quote(phrase)
	}
	return ""
}

// promoHeadingRule: a short line with a call to action ("More great
// stories", "Don't miss") directly followed by a box of links drops with
// that box; it returns the box, or nil.
func promoHeadingRule(n *html.Node) (*html.Node, string) {
	if !isPromoCandidate(n) {
		return nil, ""
	}
	if count := innerCountTo(n, countTextWordsTo, promoHeadingWords+1); count == 0 || count > promoHeadingWords {
		return nil, ""
	}
	words := textWords(innerText(n))
	phrase := callToAction().find(words)
	if phrase == "" {
		return nil, ""
	}
	next := nextElement(n)
	if next == nil {
		return nil, ""
	}
	text, linked := linkShare(next)
	if linked < 0.3 || wordCount(text) > promoListMaxWords || countLinks(next) < 2 {
		return nil, ""
	}
	return next, "links under a call to action " + strconv.Quote(phrase)
}

func isPromoCandidate(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Li, atom.Span, atom.Strong, atom.B,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table, atom.Dl, atom.Header:
		return true
	}
	return false
}

// hasControl: the box holds a button or a form field (a sign-up box whose
// form readability kept).
func hasControl(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Button, atom.Input, atom.Form, atom.Select:
				found = true
			}
		}
		return !found
	})
	return found
}

// quotesSomeone: a block with quotation marks reports what someone said
// ("what is your subscription worth?", she asks), which no ask does.
func quotesSomeone(text string) bool {
	return strings.ContainsAny(text, "\"“”«»„")
}

// countLinks counts the links under n.
func countLinks(n *html.Node) int {
	links := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A {
			links++
			return false
		}
		return true
	})
	return links
}

func addressesReader(words []string) bool {
	for _, w := range words {
		if readerWords[w] {
			return true
		}
	}
	return false
}
