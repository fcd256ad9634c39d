package postag

import (
	"os"
	"strings"
	"testing"
)

// benchSentences are the sentences of testdata/tags.txt, tags stripped.
func benchSentences(b testing.TB) ([][]string, int) {
	data, err := os.ReadFile("testdata/tags.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]string
	words := 0
	for line := range strings.SplitSeq(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		var s []string
		for _, f := range strings.Fields(line) {
			if j := strings.LastIndex(f, "/"); j > 0 {
				f = f[:j]
			}
			s = append(s, f)
		}
		sents = append(sents, s)
		words += len(s)
	}
	return sents, words
}

// BenchmarkTag reports tokens/s of tagging whole sentences.
func BenchmarkTag(b *testing.B) {
	sents, words := benchSentences(b)
	tg := Default()
	var out []Tag
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			out = tg.Tag(s, out)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad measures opening the embedded model (what Default does
// once): checking the header and every offset, no decoding.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := New(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLemma reports lemmas/s over the words of the sentences.
func BenchmarkLemma(b *testing.B) {
	sents, _ := benchSentences(b)
	tg := Default()
	var tags [][]Tag
	for _, s := range sents {
		tags = append(tags, tg.Tag(s, nil))
	}
	Lemma("warm", VB)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, s := range sents {
			for k, w := range s {
				Lemma(w, tags[j][k])
			}
		}
	}
}
