package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/articles"
)

// TestAnalyzeFeedIsOneDocumentPerItem: JSON Lines, one per item in feed
// order, read by fetching each summary-only item's page; the broken items
// (a 404, a file: link) are one line each on stderr, the others printed.
func TestAnalyzeFeedIsOneDocumentPerItem(t *testing.T) {
	ln := newLoopbackNews(t, 5)
	status, out, errOut := runCaveat(t, "", "analyze", "--format", "json", ln.URL+"/rss.xml")
	if status != 1 {
		t.Errorf("status %d, want 1 (two items failed)", status)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 JSON lines, got %d:\n%s\nstderr: %s", len(lines), out, errOut)
	}
	for i, l := range lines {
		var doc struct {
			Source, Title string
			Summary       map[string]int
		}
		if err := json.Unmarshal([]byte(l), &doc); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(doc.Source, "/story/"+string(rune('0'+i))) || doc.Summary["anonymous_source"] < 1 || doc.Summary["denial"] < 1 {
			t.Errorf("line %d: %+v", i, doc)
		}
	}
	errLines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(errLines) != 2 || !strings.Contains(errLines[0], "file: address") || !strings.Contains(errLines[1], "HTTP 404") {
		t.Errorf("stderr: %q", errOut)
	}
}

// TestFeedFormatsOnAPipe: a feed URL of each format, piped, prints one
// line per item with its counts; a saved feed file reads the same.
func TestFeedFormatsOnAPipe(t *testing.T) {
	ln := newLoopbackNews(t, 2)
	data := t.TempDir()
	for path, want := range map[string]string{
		"/atom.xml":  "Wire talks",
		"/feed.json": "JSON strike",
	} {
		status, out, errOut := runCaveat(t, "", "--data-dir", data, ln.URL+path)
		if status != 0 || !strings.Contains(out, want) || !strings.Contains(out, "% unnamed") {
			t.Errorf("%s: status %d, out %q, stderr %q", path, status, out, errOut)
		}
	}
	feedFile := writeFile(t, t.TempDir(), "saved.xml", ln.rss(2))
	status, out, _ := runCaveat(t, "", "--no-save", feedFile)
	if status != 1 || !strings.Contains(out, "◌ 1  ✕ 1  ≈ 1") || !strings.Contains(out, "Story 0") {
		t.Errorf("saved feed: status %d, out %q", status, out)
	}
}

// TestPageThatLinksAFeed: without --feed the page is read as an article
// and the feed is named on stderr; with --feed its feed is read.
func TestPageThatLinksAFeed(t *testing.T) {
	ln := newLoopbackNews(t, 2)
	status, out, errOut := runCaveat(t, "", "--no-save", ln.URL+"/home")
	if status != 0 || !strings.Contains(out, "Welcome") || !strings.Contains(errOut, "offers a feed") || !strings.Contains(errOut, "--feed") {
		t.Errorf("page: status %d, out %q, stderr %q", status, out, errOut)
	}
	ln.mu.Lock()
	hits := ln.hits["/home"]
	ln.mu.Unlock()
	if hits != 1 {
		t.Errorf("the page was fetched %d times, want once (the feed check's copy is read)", hits)
	}
	status, out, errOut = runCaveat(t, "", "--no-save", "--feed", ln.URL+"/home")
	if !strings.Contains(out, "Story 0") || strings.Contains(out, "Welcome") {
		t.Errorf("--feed: status %d, out %q, stderr %q", status, out, errOut)
	}
}

// TestSubscriptions: OPML import of three feeds, add of a page (its feed
// is found), and `caveat feeds` listing every subscribed feed's items.
func TestSubscriptions(t *testing.T) {
	ln := newLoopbackNews(t, 2)
	data := t.TempDir()
	opml := writeFile(t, t.TempDir(), "subs.opml", `<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>`+
		`<outline text="News"><outline type="rss" text="Loopback News" xmlUrl="`+ln.URL+`/rss.xml"/></outline>`+
		`<outline type="rss" text="Wire" xmlUrl="`+ln.URL+`/atom.xml"/><outline type="rss" text="JSON" xmlUrl="`+ln.URL+`/feed.json"/></body></opml>`)
	status, out, errOut := runCaveat(t, "", "feeds", "import", "--data-dir", data, opml)
	if status != 0 || !strings.Contains(out, "imported 3 feeds") || !strings.Contains(out, "(3 new)") {
		t.Fatalf("import: status %d, out %q, stderr %q", status, out, errOut)
	}
	status, out, errOut = runCaveat(t, "", "feeds", "add", "--data-dir", data, ln.URL+"/home", "file:///etc/passwd")
	if status != 1 || !strings.Contains(out, "subscribed: "+ln.URL+"/rss.xml") || !strings.Contains(errOut, "only http and https") {
		t.Errorf("add: status %d, out %q, stderr %q", status, out, errOut)
	}
	_, out, errOut = runCaveat(t, "", "feeds", "--data-dir", data)
	for _, want := range []string{"Story 0", "Wire talks", "JSON strike"} {
		if !strings.Contains(out, want) {
			t.Errorf("caveat feeds lacks %q: out %q, stderr %q", want, out, errOut)
		}
	}
	if status, _, errOut := runCaveat(t, "", "feeds", "--data-dir", t.TempDir()); status == 0 || !strings.Contains(errOut, "no subscriptions yet") {
		t.Errorf("no subscriptions: status %d, stderr %q", status, errOut)
	}
}

// TestPageFeedIsOfferedOnATerminal: on a terminal a page that links a
// feed asks; yes reads the feed, anything else the page.
func TestPageFeedIsOfferedOnATerminal(t *testing.T) {
	ln := newLoopbackNews(t, 2)
	for answer, want := range map[string]int{"y\n": 1, "yes\n": 1, "\n": 0, "n\n": 0} {
		var errb bytes.Buffer
		env := &ioEnv{stdin: strings.NewReader(answer), stdout: io.Discard, stderr: &errb}
		fs := newFeedSession(env, SaveFlags{NoSave: true}, FeedFlags{}, articles.Options{})
		got, err := fs.classify(context.Background(), env, []string{ln.URL + "/home"}, FeedFlags{}, true)
		if err != nil || len(got) != want || (want == 1 && got[0] != ln.URL+"/rss.xml") {
			t.Errorf("answer %q: feeds %q, err %v", answer, got, err)
		}
		if !strings.Contains(errb.String(), "offers a feed, “Loopback News”") || !strings.Contains(errb.String(), "[y/N]") {
			t.Errorf("the question: %q", errb.String())
		}
	}
}

// TestOversizedFeedIsOneLine: a feed over --max-size is refused in one
// line naming it, with a non-zero status.
func TestOversizedFeedIsOneLine(t *testing.T) {
	ln := newLoopbackNews(t, 40)
	big := writeFile(t, t.TempDir(), "big.xml", ln.rss(40))
	status, out, errOut := runCaveat(t, "", "--no-save", "--max-size", "2KB", big)
	if status != 1 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, big+": too large") {
		t.Errorf("status %d, out %q, stderr %q", status, out, errOut)
	}
	status, _, errOut = runCaveat(t, "", "analyze", "--format", "json", "--max-size", "2KB", ln.URL+"/rss.xml")
	if status != 1 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "too large") {
		t.Errorf("URL: status %d, stderr %q", status, errOut)
	}
}
