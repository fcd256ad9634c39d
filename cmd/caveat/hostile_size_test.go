package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

const fiftyMB = 50 << 20

// countingReader yields n bytes of article-like text and counts what was
// read of it.
type countingReader struct {
	n, read int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	if c.read >= c.n {
		return 0, io.EOF
	}
	k := min(int64(len(p)), c.n-c.read)
	for i := range p[:k] {
		p[i] = "Text. "[(c.read+int64(i))%6]
	}
	c.read += k
	return int(k), nil
}

func TestFiftyMegabyteFileIsRefusedBeforeBeingRead(t *testing.T) {
	// A sparse file: 50 MB long, never written, so never worth reading.
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(fiftyMB); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, m := range modes {
		status, out, errOut := runHostile(t, "", append(append([]string{}, m.args...), p)...)
		checkOneLineError(t, status, out, errOut, p, "too large: 50.0 MB, over the limit of 20.0 MB (raise it with --max-size)")
	}
}

func TestFiftyMegabytesOnStandardInputAreNotReadWhole(t *testing.T) {
	in := &countingReader{n: fiftyMB}
	var out, errb bytes.Buffer
	status := run([]string{"analyze", "--format", "json", "-"}, in, &out, &errb)
	checkOneLineError(t, status, out.String(), errb.String(), "-", "too large: over the limit of 20.0 MB")
	if in.read > 20<<20+1 {
		t.Errorf("read %d bytes of standard input; the limit is 20 MB", in.read)
	}
}

func TestFiftyMegabytePageIsRefused(t *testing.T) {
	var sent atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		if r.URL.Path == "/declared" {
			w.Header().Set("Content-Length", fmt.Sprint(fiftyMB))
		}
		chunk := bytes.Repeat([]byte("Words. "), 1<<14)
		for total := 0; total < fiftyMB; total += len(chunk) {
			n, err := w.Write(chunk)
			sent.Add(int64(n))
			if err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	for _, tc := range []struct{ path, why string }{
		{"/declared", "too large: 50.0 MB, over the limit of 20.0 MB"},
		{"/streamed", "too large: over the limit of 20.0 MB"},
	} {
		sent.Store(0)
		url := srv.URL + tc.path
		status, out, errOut := runHostile(t, "", "analyze", "--format", "json", url)
		checkOneLineError(t, status, out, errOut, url, tc.why)
		// The server may get ahead of the reader by its buffers, never by
		// the rest of the body.
		if n := sent.Load(); n > 30<<20 {
			t.Errorf("%s: the server sent %d bytes before caveat hung up", tc.path, n)
		}
	}
}

// TestMaxSizeMovesTheLimit: the same input is refused under a lower limit
// and read under a higher one. The 50 MB accept path takes minutes and
// gigabytes on a 2-core machine, so it runs only when asked for
// (CAVEAT_HOSTILE_HEAVY=1); the default run reads 6 MB.
func TestMaxSizeMovesTheLimit(t *testing.T) {
	size := 6 << 20
	if os.Getenv("CAVEAT_HOSTILE_HEAVY") != "" {
		size = fiftyMB
	}
	sentence := "Officials said the talks may resume. A source said the report was denied.\n\n"
	p := writeFile(t, t.TempDir(), "big.txt", strings.Repeat(sentence, size/len(sentence)+1)[:size])
	status, out, errOut := runHostile(t, "", "analyze", "--format", "json", "--max-size", "5MB", p)
	checkOneLineError(t, status, out, errOut, p, "over the limit of 5.0 MB")
	status, out, errOut = runHostile(t, "", "analyze", "--format", "json", "--max-size", "60MB", p)
	if status != 0 || errOut != "" {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	docs := checkJSONLines(t, out, 1)
	if docs[0]["bytes"] != float64(size) {
		t.Errorf("analysed %v bytes, want %d", docs[0]["bytes"], size)
	}
}
