package feeds

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/caveat-reader/caveat/store"
)

// feedServer serves feeds on loopback and records what it was asked: the
// validators each request carried and how many bodies it sent.
type feedServer struct {
	*httptest.Server
	mu        sync.Mutex
	validated []string // If-None-Match|If-Modified-Since of each request
	bodies    int
	notMod    int
}

// routes map a path to its content type and body.
type route struct {
	ctype, body string
	// etag, when set, makes the route answer conditional requests.
	etag, lastModified string
	status             int
}

func serve(t *testing.T, routes map[string]route) *feedServer {
	t.Helper()
	fs := &feedServer{}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rt, ok := routes[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		fs.mu.Lock()
		defer fs.mu.Unlock()
		fs.validated = append(fs.validated, r.Header.Get("If-None-Match")+"|"+r.Header.Get("If-Modified-Since"))
		if rt.etag != "" {
			w.Header().Set("ETag", rt.etag)
			w.Header().Set("Last-Modified", rt.lastModified)
			if r.Header.Get("If-None-Match") == rt.etag {
				fs.notMod++
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		if rt.status != 0 {
			w.WriteHeader(rt.status)
		}
		w.Header().Set("Content-Type", rt.ctype)
		fs.bodies++
		w.Write([]byte(rt.body))
	}))
	t.Cleanup(fs.Close)
	return fs
}

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// openStore is a fresh caveat database, the feed cache of these tests.
func openStore(t *testing.T, dir string) *store.Store {
	t.Helper()
	s, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustGet(t *testing.T, f *Fetcher, url string, force bool) (*Feed, Status) {
	t.Helper()
	feed, st, err := f.Get(context.Background(), url, force)
	if err != nil {
		t.Fatalf("Get %s: %v", url, err)
	}
	return feed, st
}
