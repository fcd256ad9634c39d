package feeds

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// Link is a feed a page offers.
type Link struct {
	URL   string
	Title string
}

// feedTypes are the link types of feeds in a page's head.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
}

// Discover lists the feeds a page links in <link rel="alternate"
// type="application/rss+xml|atom+xml|feed+json">, made absolute against
// pageURL, http(s) only. The tokenizer stops at <body>: the links live in
// the head, and a long page is not read to its end.
func Discover(pageURL string, page []byte) []Link {
	base, _ := url.Parse(pageURL)
	z := html.NewTokenizer(bytes.NewReader(page))
	var out []Link
	seen := map[string]bool{}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data == "body" {
				return out
			}
			if tok.Data != "link" {
				continue
			}
			if l, ok := feedLink(base, tok); ok && !seen[l.URL] {
				seen[l.URL] = true
				out = append(out, l)
			}
		}
	}
}

// feedLink reads one <link> element as a feed link.
func feedLink(base *url.URL, tok html.Token) (Link, bool) {
	var rel, typ, href, title string
	for _, a := range tok.Attr {
		switch strings.ToLower(a.Key) {
		case "rel":
			rel = strings.ToLower(a.Val)
		case "type":
			typ = strings.ToLower(strings.TrimSpace(a.Val))
		case "href":
			href = strings.TrimSpace(a.Val)
		case "title":
			title = oneLine(a.Val)
		}
	}
	if !hasWord(rel, "alternate") || !feedTypes[typ] || href == "" {
		return Link{}, false
	}
	u, err := url.Parse(href)
	if err != nil {
		return Link{}, false
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return Link{}, false
	}
	return Link{URL: u.String(), Title: title}, true
}

func hasWord(list, w string) bool {
	for _, f := range strings.Fields(list) {
		if f == w {
			return true
		}
	}
	return false
}
