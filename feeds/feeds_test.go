package feeds

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/caveat-reader/caveat/articles"
)

// TestEachFormatOverLoopback reads RSS 2.0, Atom and JSON Feed from a
// loopback server: titles, outlets, keys, dates, links made absolute, and
// which items carry their full text.
func TestEachFormatOverLoopback(t *testing.T) {
	srv := serve(t, map[string]route{
		"/rss.xml":   {ctype: "application/rss+xml", body: readTestdata(t, "rss-full.xml")},
		"/atom.xml":  {ctype: "application/atom+xml", body: readTestdata(t, "atom.xml")},
		"/feed.json": {ctype: "application/feed+json", body: readTestdata(t, "feed.json")},
	})
	f := &Fetcher{}
	cases := []struct {
		path, outlet, title, key, link string
		date                           string
		n                              int
		full                           []bool
	}{
		{"/rss.xml", "Loopback Politics", "Ministry weighs a new budget rule", "guid:budget-1", "https://loopback.example/politics/budget", "2026-11-30", 2, []bool{true, true}},
		{"/atom.xml", "Loopback Wire", "Talks resume, sources say", "guid:urn:loopback:wire:talks", srv.URL + "/wire/talks", "2026-12-01", 1, []bool{true}},
		{"/feed.json", "Loopback JSON", "Port strike ends", "guid:j1", "https://json.example/a", "2026-11-29", 2, []bool{true, false}},
	}
	for _, c := range cases {
		feed, _ := mustGet(t, f, srv.URL+c.path, false)
		if len(feed.Items) != c.n {
			t.Fatalf("%s: %d items, want %d", c.path, len(feed.Items), c.n)
		}
		it := feed.Items[0]
		if it.Outlet != c.outlet || it.Title != c.title || it.Key() != c.key || it.Link != c.link || it.Date.Format(time.DateOnly) != c.date {
			t.Errorf("%s: first item %+v (key %s)", c.path, it, it.Key())
		}
		for i, want := range c.full {
			if feed.Items[i].FullText() != want {
				t.Errorf("%s item %d: FullText %v, want %v", c.path, i, !want, want)
			}
		}
	}
}

// TestFullTextIsAnalysedFromTheFeed: an item carrying content:encoded
// becomes its article without any fetch (its link points nowhere real).
func TestFullTextIsAnalysedFromTheFeed(t *testing.T) {
	feed, err := Parse("rss-full.xml", []byte(readTestdata(t, "rss-full.xml")))
	if err != nil {
		t.Fatal(err)
	}
	a, err := feed.Items[0].Article(context.Background(), articles.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "spoke on condition of anonymity") || a.Title != "Ministry weighs a new budget rule" || a.Site != "Loopback Politics" {
		t.Errorf("article from content:encoded: title %q site %q text %q", a.Title, a.Site, a.Text)
	}
}

// TestSummariesOnlyFetchLinks: items with only a description are read
// by fetching their link and extracting the page; a broken item (a 404,
// a file: link, no link at all) fails alone with one line.
func TestSummariesOnlyFetchLinks(t *testing.T) {
	page := `<!doctype html><html><head><title>Harbour plan</title></head><body><nav>Home News</nav><article><h1>Harbour plan</h1>` +
		strings.Repeat(`<p>The harbour plan was delayed again, two people familiar with the talks said on Friday, and the port authority denied any delay.</p>`, 4) +
		`</article></body></html>`
	var srv *feedServer
	srv = serve(t, map[string]route{
		"/story": {ctype: "text/html; charset=utf-8", body: page},
	})
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>Summaries</title>` +
		`<item><title>Harbour plan delayed</title><link>` + srv.URL + `/story</link><description>Short.</description></item>` +
		`<item><title>Gone</title><link>` + srv.URL + `/missing</link><description>Short.</description></item>` +
		`<item><title>Local file</title><link>file:///etc/passwd</link><description>Short.</description></item>` +
		`<item><title>Gopher</title><link>gopher://old.example/1</link></item>` +
		`<item><title>Nothing</title></item>` +
		`</channel></rss>`
	feed, err := Parse(srv.URL+"/rss.xml", []byte(rss))
	if err != nil {
		t.Fatal(err)
	}
	opts := articles.Options{Timeout: 5 * time.Second}
	a, err := feed.Items[0].Article(context.Background(), opts)
	if err != nil {
		t.Fatalf("summary-only item: %v", err)
	}
	if !strings.Contains(a.Text, "two people familiar with the talks") || strings.Contains(a.Text, "Home News") {
		t.Errorf("extracted article: %q", a.Text)
	}
	wantErr := []string{"HTTP 404", "links to a file: address; only http and https are read",
		"links to a gopher: address", "neither its text nor a link"}
	for i, want := range wantErr {
		_, err := feed.Items[i+1].Article(context.Background(), opts)
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("item %q: error %v, want one line with %q", feed.Items[i+1].Title, err, want)
		}
	}
}

// TestConditionalRefresh: the second fetch sends the cached validators,
// the server answers 304 with no body, and the items come from the cache;
// with the server gone the cache is read and the status says offline.
func TestConditionalRefresh(t *testing.T) {
	srv := serve(t, map[string]route{
		"/rss.xml": {ctype: "application/rss+xml", body: readTestdata(t, "rss-full.xml"), etag: `"v1"`, lastModified: "Tue, 01 Dec 2026 10:00:00 GMT"},
	})
	st := openStore(t, t.TempDir())
	f := &Fetcher{Cache: st}
	url := srv.URL + "/rss.xml"
	first, status := mustGet(t, f, url, false)
	if status.NotModified || status.Offline {
		t.Fatalf("first fetch status %+v", status)
	}
	second, status := mustGet(t, f, url, true)
	if !status.NotModified || !strings.Contains(status.Note, "304") {
		t.Errorf("refresh status %+v, want a 304", status)
	}
	if len(second.Items) != len(first.Items) || second.Items[1].Title != first.Items[1].Title {
		t.Errorf("items from the cache differ: %+v", second.Items)
	}
	srv.mu.Lock()
	seen, bodies, notMod := srv.validated, srv.bodies, srv.notMod
	srv.mu.Unlock()
	if len(seen) != 2 || seen[0] != "|" || seen[1] != `"v1"|Tue, 01 Dec 2026 10:00:00 GMT` {
		t.Errorf("validators seen by the server: %q", seen)
	}
	if bodies != 1 || notMod != 1 {
		t.Errorf("server sent %d bodies and %d 304s, want 1 and 1", bodies, notMod)
	}

	srv.Close()
	offline, status := mustGet(t, f, url, true)
	if !status.Offline || !strings.Contains(status.Note, "offline") || len(offline.Items) != 2 {
		t.Errorf("offline: status %+v, %d items", status, len(offline.Items))
	}
}

// TestFreshCopyIsNotRefetched: a cached copy younger than MaxAge is used
// as it is; an older one is revalidated.
func TestFreshCopyIsNotRefetched(t *testing.T) {
	srv := serve(t, map[string]route{
		"/rss.xml": {ctype: "application/rss+xml", body: readTestdata(t, "rss-full.xml"), etag: `"v1"`},
	})
	st := openStore(t, t.TempDir())
	now := time.Now()
	f := &Fetcher{Cache: st, MaxAge: 10 * time.Minute, Now: func() time.Time { return now }}
	mustGet(t, f, srv.URL+"/rss.xml", false)
	_, status := mustGet(t, f, srv.URL+"/rss.xml", false)
	if !strings.Contains(status.Note, "fetched") {
		t.Errorf("fresh copy status %+v", status)
	}
	now = now.Add(time.Hour)
	_, status = mustGet(t, f, srv.URL+"/rss.xml", false)
	srv.mu.Lock()
	n := len(srv.validated)
	srv.mu.Unlock()
	if n != 2 || !status.NotModified {
		t.Errorf("server asked %d times (want 2), status %+v", n, status)
	}
}

// TestOPMLImportOfThreeFeeds: folders flattened, a duplicate once, a
// file: address skipped and named.
func TestOPMLImportOfThreeFeeds(t *testing.T) {
	subs, skipped, err := ParseOPML([]byte(readTestdata(t, "subscriptions.opml")))
	if err != nil {
		t.Fatal(err)
	}
	want := []Subscription{{"https://loopback.example/rss.xml", "Loopback Politics"}, {"https://wire.example/atom.xml", "Wire"}, {"https://json.example/feed.json", "Loopback JSON"}}
	if len(subs) != 3 {
		t.Fatalf("subs = %+v", subs)
	}
	for i := range want {
		if subs[i] != want[i] {
			t.Errorf("sub %d = %+v, want %+v", i, subs[i], want[i])
		}
	}
	if len(skipped) != 1 || skipped[0] != "file:///etc/passwd" {
		t.Errorf("skipped = %q", skipped)
	}
	if _, _, err := ParseOPML([]byte("<html><body>no</body></html>")); err == nil {
		t.Error("an HTML page parsed as OPML")
	}
}

// TestDiscoveryOfAPagesFeed: a URL answering with a page is not a feed;
// the error carries the feeds the page links, absolute, http(s) only.
func TestDiscoveryOfAPagesFeed(t *testing.T) {
	page := `<!doctype html><html><head><title>Site</title>
<link rel="alternate" type="application/rss+xml" title="Politics" href="/politics/rss.xml">
<link rel="alternate" type="application/atom+xml" href="https://other.example/atom">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
<link rel="stylesheet" href="/s.css">
</head><body><link rel="alternate" type="application/rss+xml" href="/late.xml"><p>Hello</p></body></html>`
	srv := serve(t, map[string]route{"/": {ctype: "text/html", body: page}})
	_, _, err := (&Fetcher{}).Get(context.Background(), srv.URL+"/", false)
	nf, ok := err.(*NotFeedError)
	if !ok {
		t.Fatalf("err = %v, want a NotFeedError", err)
	}
	if len(nf.Links) != 2 || nf.Links[0] != (Link{URL: srv.URL + "/politics/rss.xml", Title: "Politics"}) || nf.Links[1].URL != "https://other.example/atom" {
		t.Errorf("links = %+v", nf.Links)
	}
	if !strings.Contains(string(nf.Raw.Body), "Hello") {
		t.Error("the page's bytes are not kept for reading it as an article")
	}
}
