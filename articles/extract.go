package articles

import (
	"context"
	"errors"
	"log/slog"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxArticleBytes caps the extracted markdown: no news article comes near
// it, and a page built to expand must not fill memory downstream.
const maxArticleBytes = 4 << 20

var errEmptyArticle = errors.New("no article text found on the page (try saving the article's own page, or its text)")

// Extract loads one input as Load does; it is the entry point of
// `caveat extract`, which prints Article.Text or Article.PlainText().
func Extract(ctx context.Context, input string, opts Options) (*Article, error) {
	return Load(ctx, input, opts)
}

// fromHTML extracts the main article of a web page as markdown. name is
// the file name or URL the page came from; a URL resolves relative links.
func fromHTML(name string, data []byte, contentType string) (*Article, error) {
	text, warnings := decodeHTML(data, contentType)
	doc, err := parseHTML(text)
	if err != nil {
		return nil, err
	}
	pageURL := urlOf(name)
	meta := pageMeta(doc)
	unname(doc)

	parser := readability.NewParser()
	// No MaxElemsToParse: parseHTML already refused pages over
	// maxTreeNodes nodes, and readability's own check lists every element.
	parser.KeepClasses = true // prune reads them
	// Its default logger formats every Info record (the container it
	// chose, each retry) to io.Discard: a discarding handler is asked
	// first and formats nothing.
	parser.Logger = slog.New(slog.DiscardHandler)
	parsed, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil || parsed.Node == nil {
		return nil, errEmptyArticle
	}
	fixAtoms(parsed.Node)
	var log dropLog
	prune(parsed.Node, &log)
	trimEdges(parsed.Node, &log)
	md, err := toMarkdown(parsed.Node, pageURL)
	if err != nil {
		return nil, err
	}
	md = withoutInvisibleBreaks(md)
	if strings.TrimSpace(md) == "" {
		return nil, errEmptyArticle
	}
	if len(md) > maxArticleBytes {
		md = truncateUTF8(md, maxArticleBytes)
		warnings = append(warnings, "article cut at 4 MB of text")
	}
	a := &Article{
		Source:   name,
		Title:    firstNonEmpty(parsed.Title(), meta.title),
		Byline:   oneLine(parsed.Byline()),
		Site:     firstNonEmpty(parsed.SiteName(), meta.site),
		URL:      firstNonEmpty(meta.canonical, urlString(pageURL)),
		Format:   HTML,
		Text:     md,
		Markdown: true,
		Warnings: warnings,
		Dropped:  log.dropped,
	}
	host := ""
	if u, err := url.Parse(a.URL); err == nil {
		host = u.Hostname()
	}
	a.Title = withoutSiteName(a.Title, a.Site, host)
	guardNesting(a)
	if t, err := parsed.PublishedTime(); err == nil {
		a.Date = t.Format(time.DateOnly)
	}
	if a.Title == "" {
		a.Title = guessTitle(name, PlainTextOf(md))
	}
	return a, nil
}

// fixAtoms gives every element the atom of its tag name: readability
// renames elements (a <div> holding only text becomes a <p>) without
// setting the atom, and the pruning rules read the atom.
func fixAtoms(root *html.Node) {
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			n.DataAtom = atom.Lookup([]byte(n.Data))
		}
		return true
	})
}

// pageInfo holds what the page says of itself, read by pageMeta before
// the extractor mutates the tree.
type pageInfo struct {
	title, site, canonical string
}

func pageMeta(doc *html.Node) pageInfo {
	var p pageInfo
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.Data {
		case "title":
			if p.title == "" && n.FirstChild != nil {
				p.title = oneLine(n.FirstChild.Data)
			}
		case "meta":
			if attr(n, "property") == "og:site_name" && p.site == "" {
				p.site = oneLine(attr(n, "content"))
			}
		case "link":
			if strings.EqualFold(attr(n, "rel"), "canonical") && p.canonical == "" {
				if u, err := url.Parse(attr(n, "href")); err == nil && u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
					p.canonical = u.String()
				}
			}
		case "body":
			return false
		}
		return true
	})
	return p
}

func urlString(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.String()
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// oneLine collapses runs of white space, newlines included, to one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// truncateUTF8 cuts s to at most n bytes without splitting a character.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
