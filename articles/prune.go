package articles

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// prune removes from the extracted article the page furniture readability
// keeps: its losses on the benchmark are extra text (captions, link
// lists, "related" boxes, share bars), almost never missing text. The rules
// are general, by element, by the words of class and id names, and by how
// much of a block is links; none names a site.
func prune(root *html.Node, log *dropLog) {
	total := textLen(root)
	body := mainContainer(root)
	type doom struct {
		n    *html.Node
		rule string
	}
	var doomed []doom
	walk(root, func(n *html.Node) bool {
		if n == root || n.Type != html.ElementNode {
			return true
		}
		if rule := furnitureElement(n); rule != "" {
			doomed = append(doomed, doom{n, rule})
			return false
		}
		if isSocialEmbed(n) {
			doomed = append(doomed, doom{n, "embedded social post"})
			return false
		}
		// A box holding a fifth of the article is the article, whatever
		// its class says ("article-meta-wrapper" around the whole body).
		size := textLen(n)
		if size*5 > total {
			return true
		}
		share := sharedText{n: n}
		if rule := furniture(n, &share); rule != "" {
			// Names and links mislead on a run of the article's own
			// paragraphs: look inside instead.
			if rule != "hidden" && isArticleRun(n, body) {
				return true
			}
			doomed = append(doomed, doom{n, rule})
			return false
		}
		if size > promoMaxBytes {
			return true // too long to be an ask: look inside
		}
		if size <= railMaxBytes && isRail(n) {
			doomed = append(doomed, doom{n, "rail of teaser cards"})
			return false
		}
		if rule := promoRule(n, &share); rule != "" {
			doomed = append(doomed, doom{n, rule})
			return false
		}
		if box, rule := promoHeadingRule(n); box != nil {
			doomed = append(doomed, doom{n, rule}, doom{box, rule})
			return false
		}
		return true
	})
	for _, d := range doomed {
		log.drop(d.n, d.rule)
	}
}

// furnitureElement names the rule for elements that are never article
// text by their kind: figures and their captions, navigation, asides,
// forms. It returns "" for other elements.
func furnitureElement(n *html.Node) string {
	switch n.DataAtom {
	case atom.Figure, atom.Figcaption, atom.Picture, atom.Nav, atom.Aside,
		atom.Footer, atom.Form, atom.Button, atom.Select, atom.Template:
		return "element <" + n.DataAtom.String() + ">"
	}
	return ""
}

// furniture decides other elements by their visibility, names and links,
// and names the rule that decided; "" keeps the element. share is n's
// text and its share in links, made once for this rule and promoRule.
func furniture(n *html.Node, share *sharedText) string {
	if isHidden(n) {
		return "hidden"
	}
	if w := furnitureName(n); w != "" {
		return "class or id word " + strconv.Quote(w)
	}
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Table, atom.P, atom.Dl:
		text, linked := share.get()
		words := wordCount(text)
		if n.DataAtom == atom.P {
			if words > 0 && words < 25 && linked > 0.7 {
				return fmt.Sprintf("short paragraph of links (%d words, %.0f%% linked)", words, linked*100)
			}
			return ""
		}
		if words > 0 && linked > 0.5 {
			return fmt.Sprintf("link list (%.0f%% linked)", linked*100)
		}
	}
	return ""
}

// isHidden: elements the page hides from readers.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// furnitureWords are words that, standing alone in a class or id name,
// mark a box that is not the article's text: rules/furniture-words.txt.
//
//go:embed rules/furniture-words.txt
var furnitureList string

var furnitureWords = sync.OnceValue(func() map[string]bool { return wordSet(furnitureList) })

// wordSet reads a rules file of one word a line, # comments ignored.
func wordSet(data string) map[string]bool {
	words := map[string]bool{}
	for _, line := range strings.Split(data, "\n") {
		if w := strings.TrimSpace(line); w != "" && !strings.HasPrefix(w, "#") {
			words[w] = true
		}
	}
	return words
}

// furnitureName returns the first furniture word of n's class or id, or "".
func furnitureName(n *html.Node) string {
	return nameWord(n, furnitureWords())
}

// nameWord returns the first word of n's class or id names in words, or "".
func nameWord(n *html.Node, words map[string]bool) string {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range nameWords(a.Val) {
			if words[w] {
				return w
			}
		}
	}
	return ""
}

// nameWords splits "relatedArticles photo-credit" into related, articles,
// photo, credit.
func nameWords(s string) []string {
	var words []string
	start := 0
	flush := func(end int) {
		if end > start {
			words = append(words, strings.ToLower(s[start:end]))
		}
	}
	prevLower := false
	for i, r := range s {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush(i)
			start = i + utf8.RuneLen(r)
			prevLower = false
		case unicode.IsUpper(r) && prevLower:
			flush(i)
			start = i
			prevLower = false
		default:
			prevLower = unicode.IsLower(r)
		}
	}
	flush(len(s))
	return words
}

// linkShare returns n's text and the share of it inside links. The
// linked text is only measured, never built: its length trimmed is the
// sum of its pieces less the white space before its first and after its
// last non-space byte.
func linkShare(n *html.Node) (string, float64) {
	var all strings.Builder
	linked, lead, trail, seen := 0, 0, 0, false
	var visit func(*html.Node, bool, int)
	visit = func(c *html.Node, inLink bool, depth int) {
		if depth > maxTreeDepth {
			return
		}
		switch c.Type {
		case html.TextNode:
			all.WriteString(c.Data)
			if inLink {
				linked += len(c.Data)
				core := strings.TrimSpace(c.Data)
				switch {
				case core == "" && !seen:
					lead += len(c.Data)
				case core == "":
					trail += len(c.Data)
				default:
					if !seen {
						lead += len(c.Data) - len(strings.TrimLeftFunc(c.Data, unicode.IsSpace))
						seen = true
					}
					trail = len(c.Data) - len(strings.TrimRightFunc(c.Data, unicode.IsSpace))
				}
			}
			return
		case html.ElementNode:
			if c.DataAtom == atom.A {
				inLink = true
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			visit(k, inLink, depth+1)
		}
	}
	visit(n, false, 0)
	text := strings.TrimSpace(all.String())
	if text == "" {
		return "", 0
	}
	if !seen {
		return text, 0
	}
	return text, float64(linked-lead-trail) / float64(len(text))
}

// sharedText is linkShare(n), made on first use.
type sharedText struct {
	n      *html.Node
	made   bool
	text   string
	linked float64
}

func (s *sharedText) get() (string, float64) {
	if !s.made {
		s.text, s.linked = linkShare(s.n)
		s.made = true
	}
	return s.text, s.linked
}

// textLen counts the bytes of text under n (not in scripts or styles).
func textLen(n *html.Node) int {
	size := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			size += len(strings.TrimSpace(c.Data))
		}
		return !(c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style))
	})
	return size
}

// wordCount counts the words of s as strings.Fields splits them, without
// making them.
func wordCount(s string) int {
	count, inWord := 0, false
	for i := 0; i < len(s); {
		space := false
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		switch {
		case space:
			inWord = false
		case !inWord:
			count++
			inWord = true
		}
	}
	return count
}
