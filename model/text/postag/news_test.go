package postag

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// newsDir holds real articles (shared with the team, never copied here).
const newsDir = "../../../../shared/corpus/dev"

// newsSentences reads the dev articles and cuts them into sentences of
// treebank-style words with a rough splitter that is enough for timing:
// punctuation peeled off both ends, clitics split, a sentence ended by
// . ? or !. It returns the sentences and the bytes of text they came from.
func newsSentences(tb testing.TB) ([][]string, int) {
	files, _ := filepath.Glob(filepath.Join(newsDir, "*.txt"))
	if len(files) == 0 {
		tb.Skip("no articles in " + newsDir)
	}
	var sents [][]string
	var cur []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		size += len(data)
		for _, field := range strings.Fields(string(data)) {
			for _, w := range splitField(field) {
				cur = append(cur, w)
				if w == "." || w == "?" || w == "!" {
					sents = append(sents, cur)
					cur = nil
				}
			}
		}
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	return sents, size
}

const leading, trailing = "\"'([“‘", "\"'.,;:!?)]”’"

var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}

func splitField(f string) []string {
	var head, tail []string
	for f != "" {
		r, n := utf8.DecodeRuneInString(f)
		if !strings.ContainsRune(leading, r) || n == len(f) {
			break
		}
		head = append(head, f[:n])
		f = f[n:]
	}
	for f != "" {
		r, n := utf8.DecodeLastRuneInString(f)
		if !strings.ContainsRune(trailing, r) || n == len(f) {
			break
		}
		tail = append([]string{f[len(f)-n:]}, tail...)
		f = f[:len(f)-n]
	}
	for _, c := range clitics {
		if strings.HasSuffix(f, c) && len(f) > len(c) {
			tail = append([]string{f[len(f)-len(c):]}, tail...)
			f = f[:len(f)-len(c)]
			break
		}
	}
	return append(append(head, f), tail...)
}

// BenchmarkTagNews reports tokens/s and text MB/s of tagging every
// sentence of the dev articles.
func BenchmarkTagNews(b *testing.B) {
	sents, size := newsSentences(b)
	words := 0
	for _, s := range sents {
		words += len(s)
	}
	tg := Default()
	var out []Tag
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			out = tg.Tag(s, out)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
