package articles

import (
	"compress/gzip"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// loadURL loads a path of a loopback test server with short limits.
func loadURL(t *testing.T, srv *httptest.Server, path string, opts Options) (*Article, error) {
	t.Helper()
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	return Load(context.Background(), srv.URL+path, opts)
}

// wantErr checks an error is one line, names the input and says what.
func wantErr(t *testing.T, err error, input string, what ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one saying %q", what)
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") {
		t.Errorf("error is not one line: %q", msg)
	}
	if !strings.HasPrefix(msg, input+": ") {
		t.Errorf("error %q does not start with the input %q", msg, input)
	}
	for _, w := range what {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q lacks %q", msg, w)
		}
	}
}

func TestFetchNormalPage(t *testing.T) {
	var gotUA, gotEncoding string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		gotEncoding = r.Header.Get("Accept-Encoding")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		z := gzip.NewWriter(w)
		fmt.Fprint(z, newsPage(""))
		z.Close()
	}))
	defer srv.Close()
	a, err := loadURL(t, srv, "/news/bridge", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if gotUA != UserAgent {
		t.Errorf("User-Agent %q, want %q", gotUA, UserAgent)
	}
	if !strings.Contains(gotEncoding, "gzip") {
		t.Errorf("Accept-Encoding %q, want gzip offered", gotEncoding)
	}
	if a.Source != srv.URL+"/news/bridge" || a.URL != srv.URL+"/news/bridge" {
		t.Errorf("source %q url %q", a.Source, a.URL)
	}
	if a.Format != HTML || !strings.Contains(a.Text, storyPara2) || strings.Contains(a.Text, "Festival returns") {
		t.Errorf("format %q, text:\n%s", a.Format, a.Text)
	}
	if a.Title != "Eastbrook votes to rebuild river bridge" {
		t.Errorf("title %q", a.Title)
	}
	if !strings.Contains(a.Text, "("+srv.URL+"/documents/bridge-plan)") {
		t.Errorf("link not absolute:\n%s", a.Text)
	}
}

func TestFetchPlainTextAndMarkdownByContentType(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/story.md" {
			w.Header().Set("Content-Type", "text/markdown")
			fmt.Fprint(w, "# Bridge\n\n"+storyPara1+"\n")
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, storyPara1+"\n")
	}))
	defer srv.Close()
	a, err := loadURL(t, srv, "/story", Options{})
	if err != nil || a.Format != Text || a.Text != storyPara1+"\n" {
		t.Errorf("text: %v %+v", err, a)
	}
	a, err = loadURL(t, srv, "/story.md", Options{})
	if err != nil || a.Format != Markdown || !a.Markdown {
		t.Errorf("markdown: %v %+v", err, a)
	}
}

func TestFetchRedirectChain(t *testing.T) {
	mux := http.NewServeMux()
	for i := 1; i <= 3; i++ {
		next := fmt.Sprintf("/r%d", i+1)
		if i == 3 {
			next = "/final"
		}
		mux.Handle(fmt.Sprintf("/r%d", i), http.RedirectHandler(next, http.StatusFound))
	}
	mux.HandleFunc("/final", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, newsPage(""))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	a, err := loadURL(t, srv, "/r1", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != srv.URL+"/r1" {
		t.Errorf("source %q, want the address as given", a.Source)
	}
	if a.URL != srv.URL+"/final" {
		t.Errorf("url %q, want the final address", a.URL)
	}
}

func TestFetchRedirectLoopAndTooMany(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/loop", http.RedirectHandler("/loop", http.StatusFound))
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n+1), http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	_, err := loadURL(t, srv, "/loop", Options{})
	wantErr(t, err, srv.URL+"/loop", "redirect loop")
	_, err = loadURL(t, srv, "/hop/0", Options{})
	wantErr(t, err, srv.URL+"/hop/0", "more than 10 redirects")
}

func TestFetchTenRedirectsAreFollowed(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
		if n == 10 {
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, storyPara1)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n+1), http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	if _, err := loadURL(t, srv, "/hop/0", Options{}); err != nil {
		t.Errorf("10 redirects refused: %v", err)
	}
}

func TestFetchSlowServerTimesOut(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	defer close(release)
	start := time.Now()
	_, err := loadURL(t, srv, "/slow", Options{Timeout: 200 * time.Millisecond})
	wantErr(t, err, srv.URL+"/slow", "timed out after 200ms", "--timeout")
	if time.Since(start) > 3*time.Second {
		t.Errorf("timeout of 200ms took %v", time.Since(start))
	}
}

func TestFetchSlowBodyTimesOut(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>")
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	}))
	defer srv.Close()
	_, err := loadURL(t, srv, "/trickle", Options{Timeout: 200 * time.Millisecond})
	wantErr(t, err, srv.URL+"/trickle", "timed out")
}

func TestFetchEndlessBodyHitsSizeCap(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>more and more text</p>\n", 1000))
		for {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	_, err := loadURL(t, srv, "/endless", Options{MaxSize: 256 << 10})
	wantErr(t, err, srv.URL+"/endless", "too large", "256.0 KB", "--max-size")
}

func TestFetchDeclaredLengthOverCapRefusedBeforeReading(t *testing.T) {
	wrote := make(chan int64, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", fmt.Sprint(100<<20))
		var n int64
		chunk := make([]byte, 32<<10)
		for n < 100<<20 {
			m, err := w.Write(chunk)
			n += int64(m)
			if err != nil {
				break
			}
		}
		wrote <- n
	}))
	defer srv.Close()
	_, err := loadURL(t, srv, "/big", Options{MaxSize: 1 << 20})
	wantErr(t, err, srv.URL+"/big", "too large: 100.0 MB", "1.0 MB")
	srv.CloseClientConnections()
	if n := <-wrote; n >= 100<<20 {
		t.Errorf("the whole body (%d bytes) was sent: not refused before reading", n)
	}
}

func TestFetchGzipBombCountsDecompressedBytes(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		z := gzip.NewWriter(w)
		zeros := make([]byte, 1<<20)
		for range 8 {
			if _, err := z.Write(zeros); err != nil {
				return
			}
		}
		z.Close()
	}))
	defer srv.Close()
	_, err := loadURL(t, srv, "/bomb", Options{MaxSize: 1 << 20})
	wantErr(t, err, srv.URL+"/bomb", "too large")
}

func TestFetchHTTPErrorStatus(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	_, err := loadURL(t, srv, "/missing", Options{})
	wantErr(t, err, srv.URL+"/missing", "HTTP 404 Not Found")
}

func TestFetchWindows1252Page(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		fmt.Fprint(w, "<html><head><title>Caf\xe9</title></head><body><article><p>The caf\xe9 owner said \x93we will reopen\x94 on Monday. "+
			storyPara1+" "+storyPara2+" "+storyPara3+"</p></article></body></html>")
	}))
	defer srv.Close()
	a, err := loadURL(t, srv, "/cafe", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "The café owner said “we will reopen” on Monday.") {
		t.Errorf("not converted to UTF-8:\n%s", a.Text)
	}
	if len(a.Warnings) == 0 || !strings.Contains(a.Warnings[0], "windows-1252") {
		t.Errorf("warnings %q, want the conversion named", a.Warnings)
	}
}

func TestFetchPDFIsRefused(t *testing.T) {
	pdf := "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/sniffed" {
			w.Header().Set("Content-Type", "application/octet-stream")
		} else {
			w.Header().Set("Content-Type", "application/pdf")
		}
		fmt.Fprint(w, pdf)
	}))
	defer srv.Close()
	_, err := loadURL(t, srv, "/report.pdf", Options{})
	wantErr(t, err, srv.URL+"/report.pdf", "unsupported content type application/pdf")
	_, err = loadURL(t, srv, "/sniffed", Options{})
	wantErr(t, err, srv.URL+"/sniffed", "unsupported content type application/pdf")
}

func TestFetchEmptyAfterExtraction(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><body><nav><a href="/">Home</a></nav><script>app()</script></body></html>`)
	}))
	defer srv.Close()
	_, err := loadURL(t, srv, "/app", Options{})
	wantErr(t, err, srv.URL+"/app", "no article text")
}

func TestFetchUnreachableHost(t *testing.T) {
	// A port that was listening a moment ago and is now closed.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	input := "http://" + addr + "/story"
	_, err = Load(context.Background(), input, Options{Timeout: 2 * time.Second})
	wantErr(t, err, input, "cannot connect", "check the address")
}

func TestFetchCancelledContext(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	_, err := Load(ctx, srv.URL+"/wait", Options{})
	wantErr(t, err, srv.URL+"/wait", "cancelled")
}

func TestCheckRedirectRefusesOtherSchemes(t *testing.T) {
	req, _ := http.NewRequest(http.MethodGet, "file:///etc/passwd", nil)
	if err := checkRedirect(req, nil); err == nil || !strings.Contains(err.Error(), "only http and https") {
		t.Errorf("err %v, want a refusal of file:", err)
	}
}
