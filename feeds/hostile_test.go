package feeds

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/caveat-reader/caveat/articles"
)

// TestHugeFeedIsRefusedByTheCap: a 50 MB feed with no Content-Length
// is cut off at the size cap, not read to its end.
func TestHugeFeedIsRefusedByTheCap(t *testing.T) {
	sent := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>`)
		chunk := strings.Repeat("<item><title>x</title><description>"+strings.Repeat("y", 900)+"</description></item>", 10)
		for sent < 50<<20 {
			n, err := io.WriteString(w, chunk)
			sent += n
			if err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	_, _, err := (&Fetcher{}).Get(context.Background(), srv.URL, false)
	if err == nil || !strings.Contains(err.Error(), "too large") || !strings.Contains(err.Error(), "--max-size") {
		t.Fatalf("err = %v, want the size cap", err)
	}
}

// TestTenThousandItemsAreCapped: the list keeps MaxItems and says how many
// it left out.
func TestTenThousandItemsAreCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>`)
	for i := range 10000 {
		fmt.Fprintf(&b, "<item><title>Item %d</title><guid>g%d</guid><link>https://many.example/%d</link></item>", i, i, i)
	}
	b.WriteString("</channel></rss>")
	feed, err := Parse("many.xml", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Items) != MaxItems || feed.Dropped != 10000-MaxItems || feed.Items[0].Title != "Item 0" {
		t.Errorf("%d items, %d dropped", len(feed.Items), feed.Dropped)
	}
}

// TestRedirectLoopAndBadAddresses: a feed URL that redirects to itself,
// a file: feed address, and a document that is no feed each fail in one
// line.
func TestRedirectLoopAndBadAddresses(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/a":
			http.Redirect(w, r, "/b", http.StatusFound)
		case "/b":
			http.Redirect(w, r, "/a", http.StatusFound)
		case "/file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		}
	}))
	defer srv.Close()
	f := &Fetcher{Opts: articles.Options{Timeout: 5 * time.Second}}
	for input, want := range map[string]string{
		srv.URL + "/a":       "redirect loop",
		srv.URL + "/file":    "redirected to a file: address",
		"file:///etc/passwd": "only http and https",
	} {
		_, _, err := f.Get(context.Background(), input, false)
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want one line with %q", input, err, want)
		}
	}
	if _, err := Parse("x", []byte("just some text")); err == nil || !strings.Contains(err.Error(), "not a feed") {
		t.Errorf("plain text: err = %v", err)
	}
}
