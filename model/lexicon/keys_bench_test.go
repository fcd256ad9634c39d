package lexicon

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/caveat-reader/caveat/model/text"
)

// BenchmarkKeys reports tokens/s of keying the tokens of the dev
// articles (read at benchmark time, never stored here).
func BenchmarkKeys(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/corpus/dev/*.txt")
	if len(files) == 0 {
		b.Skip("no corpus")
	}
	var toks []text.Token
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		src := string(data)
		toks = text.Tokenize(src, text.Span{Start: 0, End: len(src)}, toks)
	}
	l := Default()
	b.ResetTimer()
	for b.Loop() {
		l.Keys(toks)
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkClass reports the time of finding a class by a constant name,
// as the rules do in their inner loops.
func BenchmarkClass(b *testing.B) {
	l := Default()
	for b.Loop() {
		l.Class("span_break")
		l.Class("span_stop")
		l.Class("speech_verb")
		l.Class("definite_determiner")
	}
}
