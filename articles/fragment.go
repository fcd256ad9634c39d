package articles

import (
	"errors"
	"net/url"
	"strings"
)

// FromHTMLFragment makes an article of HTML that is all article: the full
// text a feed entry carries (content:encoded, Atom content). There is no
// page around it to extract from, so it goes straight to markdown; name is
// the entry's link, which also resolves relative links.
func FromHTMLFragment(name, title, fragment string) (*Article, error) {
	doc, err := parseHTML([]byte(fragment))
	if err != nil {
		return nil, err
	}
	pageURL := urlOf(name)
	var log dropLog
	prune(doc, &log)
	md, err := toMarkdown(doc, pageURL)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(md) == "" {
		return nil, errors.New("the feed entry has no text")
	}
	var warnings []string
	if len(md) > maxArticleBytes {
		md = truncateUTF8(md, maxArticleBytes)
		warnings = append(warnings, "article cut at 4 MB of text")
	}
	a := &Article{Source: name, Title: oneLine(title), URL: urlString(pageURL), Format: HTML,
		Text: md, Markdown: true, Warnings: warnings, Dropped: log.dropped}
	if a.Title == "" {
		a.Title = guessTitle(name, PlainTextOf(md))
	}
	guardNesting(a)
	return a, nil
}

// urlOf is name parsed as a URL when it is one (links are resolved
// against it), else nil.
func urlOf(name string) *url.URL {
	if !isURL(name) {
		return nil
	}
	u, _ := url.Parse(name)
	return u
}
