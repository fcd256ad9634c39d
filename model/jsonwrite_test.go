package model_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
)

// marshalled is what `caveat analyze --format json` printed before
// WriteJSON: encoding/json, then articles.JSONSafe over the bytes.
func marshalled(t testing.TB, a *model.Analysis, meta model.Meta, withText bool) []byte {
	b, err := json.Marshal(a.Document(meta, withText))
	if err != nil {
		t.Fatal(err)
	}
	return articles.JSONSafe(b)
}

func written(t testing.TB, a *model.Analysis, meta model.Meta, withText bool) []byte {
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 64) // small: every write path flushes
	if err := a.WriteJSON(w, meta, withText); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func checkSameJSON(t *testing.T, name, text string, meta model.Meta) {
	t.Helper()
	a := model.Analyze(text)
	for _, withText := range []bool{false, true} {
		want, got := marshalled(t, a, meta, withText), written(t, a, meta, withText)
		if !bytes.Equal(want, got) {
			i := 0
			for i < len(want) && i < len(got) && want[i] == got[i] {
				i++
			}
			lo := max(0, i-40)
			t.Fatalf("%s (text %v): WriteJSON differs from encoding/json at byte %d:\nwant …%q\n got …%q", name, withText, i,
				want[lo:min(len(want), i+40)], got[lo:min(len(got), i+40)])
		}
	}
}

// Every article of the corpus, with and without its text, encodes to the
// same bytes both ways.
func TestWriteJSONMatchesEncodingJSONOnCorpus(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/corpus/*/*.txt")
	if len(paths) == 0 {
		t.Skip("corpus not found beside the repository (../shared/corpus)")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkSameJSON(t, p, string(b), model.Meta{Source: p, Title: "T", Format: "text"})
	}
}

// Text written for every escaping path: quotes, backslashes, C0 with and
// without short escapes, HTML-sensitive bytes, DEL, C1 (raw and as
// invalid bytes), bidi controls, line separators, invalid UTF-8, a real
// U+FFFD, and plain non-ASCII.
func TestWriteJSONEscapesLikeEncodingJSON(t *testing.T) {
	hostile := "A senior official said \"no\" \\ <b>&amp;</b>\x00\x01\b\f\n\r\t\x1b[31m\x7f" +
		"\u0085\u009b\xc2\x9d \u202e\u2066\u200f\u061c\u2028\u2029 \xff\xfe \ufffd café 日本 🙂. " +
		"Officials denied the report, which they called baseless.\n\nIt may have happened."
	checkSameJSON(t, "hostile", hostile, model.Meta{Source: "a\x1b]0;x\x07", Title: "t\u009d", Format: "html", URL: "http://x/<y>", Byline: "b\u202e", Site: "s", Date: "d"})
	checkSameJSON(t, "empty", "", model.Meta{})
}

func FuzzWriteJSON(f *testing.F) {
	f.Add("Officials, speaking on condition of anonymity, said it may be true.", "src")
	f.Add("\u202e\x7f\u0090\xff\"\\<", "\x1b")
	f.Fuzz(func(t *testing.T, text, source string) {
		checkSameJSON(t, "fuzz", text, model.Meta{Source: source, Title: source, Format: "text", URL: source})
	})
}
