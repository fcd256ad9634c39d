package articles

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A block's class name or link density says little when the block is a
// run of the article's own paragraphs: long features wrap sections, pull
// quotes and link-rich passages in boxes with any class names. Such a
// block is judged by its neighbourhood instead: paragraphs of sentences,
// few links, standing among the article's paragraphs.

// Thresholds of an article run: at least runParagraphs sentence
// paragraphs, under runMaxLinked of its text in links.
const (
	runParagraphs = 2
	runMaxLinked  = 0.25
	runMinWords   = 12
)

// isArticleRun reports whether n holds a run of the article's paragraphs
// among article paragraphs: its own paragraphs read as sentences, and a
// sibling next to it is a sentence paragraph, or its parent is the body
// container.
func isArticleRun(n, body *html.Node) bool {
	if _, linked := linkShare(n); linked >= runMaxLinked {
		return false
	}
	paragraphs := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			if isSentenceBlock(c, runMinWords) && innerCount(c, wordCount) >= runMinWords/2 {
				paragraphs++
			}
			return false
		}
		return paragraphs < runParagraphs
	})
	if paragraphs < runParagraphs {
		return false
	}
	if body != nil && n.Parent == body {
		return true
	}
	return isTextParagraph(prevElement(n)) || isTextParagraph(nextElement(n))
}

// isTextParagraph: a <p> of at least runMinWords words.
func isTextParagraph(n *html.Node) bool {
	return n != nil && n.DataAtom == atom.P && innerCount(n, wordCount) >= runMinWords
}

// unname removes the class and id names of the runs of article paragraphs
// in a parsed page, before readability reads it: readability drops boxes
// whose names look like furniture ("related", "meta", "promo") before it
// looks at what they hold. Only boxes standing next to a text paragraph
// are measured, so the pass stays cheap on large pages.
func unname(doc *html.Node) {
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode || isScriptOrStyle(n) {
			return n.Type == html.DocumentNode || n.Type == html.ElementNode
		}
		switch n.DataAtom {
		case atom.Div, atom.Section:
		default:
			return true
		}
		if attr(n, "class") == "" && attr(n, "id") == "" {
			return true
		}
		if !isTextParagraph(prevElement(n)) && !isTextParagraph(nextElement(n)) {
			return true
		}
		if isArticleRun(n, nil) {
			kept := n.Attr[:0]
			for _, a := range n.Attr {
				if a.Key != "class" && a.Key != "id" {
					kept = append(kept, a)
				}
			}
			n.Attr = kept
		}
		return true
	})
}
