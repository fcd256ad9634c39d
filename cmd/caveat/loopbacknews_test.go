package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// loopbackNews serves, on loopback, article pages and feeds of them:
// /rss.xml (RSS 2.0, summaries only: items are read by fetching their
// page, one of them broken), /atom.xml (Atom, full content), /feed.json
// (JSON Feed), and /home, a page linking /rss.xml in its head. The RSS
// feed answers conditional requests; the server records the validators.
type loopbackNews struct {
	*httptest.Server
	mu        sync.Mutex
	validated []string
	// titles replaces the RSS items' titles when set (hostile titles).
	titles []string
	// hits counts the requests per path.
	hits map[string]int
}

// story is the body of article page n: sentences with an anonymous
// source, a denial and a hedge, so every count shows.
func story(n int) string {
	return fmt.Sprintf(`<!doctype html><html><head><title>Story %d</title></head><body><nav>Home World Politics</nav><article><h1>Story %d</h1>`+
		`<p>A senior official, speaking on condition of anonymity, said the plan number %d had stalled.</p>`+
		`<p>The ministry denied that the plan had stalled, and said talks may resume next week.</p>`+
		`<p>The council met on Monday and approved the budget by nine votes to two, the mayor said.</p>`+
		`</article></body></html>`, n, n, n)
}

func newLoopbackNews(t *testing.T, items int) *loopbackNews {
	t.Helper()
	ln := &loopbackNews{hits: map[string]int{}}
	ln.Server = httptest.NewServer(http.HandlerFunc(ln.serve(items)))
	t.Cleanup(ln.Close)
	return ln
}

func (ln *loopbackNews) serve(items int) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		var n int
		ln.mu.Lock()
		ln.hits[r.URL.Path]++
		ln.mu.Unlock()
		switch {
		case r.URL.Path == "/rss.xml":
			ln.mu.Lock()
			ln.validated = append(ln.validated, r.Header.Get("If-None-Match"))
			ln.mu.Unlock()
			w.Header().Set("ETag", `"rss-v1"`)
			if r.Header.Get("If-None-Match") == `"rss-v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(ln.rss(items)))
		case r.URL.Path == "/atom.xml":
			w.Header().Set("Content-Type", "application/atom+xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Loopback Wire</title><id>urn:wire</id><updated>2026-12-01T08:00:00Z</updated>`+
				`<entry><title>Wire talks</title><id>urn:wire:1</id><link href="%s/story/900"/><updated>2026-12-01T08:00:00Z</updated>`+
				`<content type="html">&lt;p&gt;Talks may resume this week, according to people familiar with the matter.&lt;/p&gt;</content></entry></feed>`, ln.URL)
		case r.URL.Path == "/feed.json":
			w.Header().Set("Content-Type", "application/feed+json")
			fmt.Fprintf(w, `{"version":"https://jsonfeed.org/version/1.1","title":"Loopback JSON","items":[{"id":"j1","url":"%s/story/901","title":"JSON strike","date_published":"2026-11-29T12:00:00Z","content_html":"<p>The strike ended on Sunday, the union said. Officials declined to comment.</p>"}]}`, ln.URL)
		case r.URL.Path == "/home":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, `<!doctype html><html><head><title>Loopback home</title><link rel="alternate" type="application/rss+xml" title="Loopback News" href="/rss.xml"></head><body><article><h1>Welcome</h1><p>The front page of a site that a senior official said was popular.</p></article></body></html>`)
		case strings.HasPrefix(r.URL.Path, "/story/") && func() bool { _, err := fmt.Sscanf(r.URL.Path, "/story/%d", &n); return err == nil }():
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(story(n)))
		default:
			http.NotFound(w, r)
		}
	}
}

// rss lists items stories; the last links to a missing page and, when
// there are at least three, the second to last to a file: address.
func (ln *loopbackNews) rss(items int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title><link>` + ln.URL + `</link>`)
	for i := range items {
		link := fmt.Sprintf("%s/story/%d", ln.URL, i)
		switch {
		case i == items-1:
			link = ln.URL + "/missing"
		case i == items-2 && items >= 3:
			link = "file:///etc/passwd"
		}
		title := fmt.Sprintf("Story %d", i)
		if i < len(ln.titles) {
			title = ln.titles[i]
		}
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid>story-%d</guid><pubDate>Mon, %02d Nov 2026 09:00:00 GMT</pubDate><description>Summary %d.</description></item>",
			xmlEscape(title), link, i, 1+i%28, i)
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
