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
