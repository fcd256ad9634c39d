package report

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// BenchmarkWriteReport times the text report (`caveat analyze --format
// text`) alone, over the analysis of 10 MB of the dev corpus repeated, in
// MB/s of article text: the encoder issue 11 asks to run at memory speed.
func BenchmarkWriteReport(b *testing.B) {
	files, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	if len(files) == 0 {
		b.Skip("no dev corpus at ../shared/corpus/dev")
	}
	var sb strings.Builder
	for sb.Len() < 10<<20 {
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(raw)
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	d := reading.Doc{Article: &articles.Article{Title: "bench", Source: "bench.txt", Text: text}, Analysis: model.Analyze(text)}
	w := bufio.NewWriterSize(io.Discard, 64<<10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		WriteReport(w, d)
		w.Flush()
	}
}
