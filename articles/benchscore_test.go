package articles

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"unicode"
)

// The article-extraction benchmark lives beside the repo (../shared), never
// inside it: its pages belong to their publishers.
const benchDir = "../../shared/bench/article-extraction"

type benchPage struct {
	key, gold string
	html      []byte
}

// loadBench reads the benchmark's pages: every step-th in key order (1 for
// all). Tests skip when the benchmark is not there.
func loadBench(tb testing.TB, step int) []benchPage {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(benchDir, "ground-truth.json"))
	if err != nil {
		tb.Skipf("benchmark not available: %v", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatal(err)
	}
	keys := make([]string, 0, len(truth))
	for k := range truth {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var pages []benchPage
	for i := 0; i < len(keys); i += step {
		k := keys[i]
		f, err := os.Open(filepath.Join(benchDir, "html", k+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		data, err := io.ReadAll(z)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, benchPage{key: k, gold: truth[k].ArticleBody, html: data})
	}
	return pages
}

// shingleCounts is the benchmark's metric for one page, as
// ../shared/tools/extraction-score computes it: the multisets of 4-word
// shingles of the gold and predicted texts, and the shares of true
// positives, false positives and false negatives in their sum.
func shingleCounts(gold, pred string) (tp, fp, fn float64) {
	g, p := shingles(gold), shingles(pred)
	var t, f, n int
	for s, c := range p {
		m := min(c, g[s])
		t += m
		f += c - m
	}
	for s, c := range g {
		n += max(0, c-p[s])
	}
	sum := float64(t + f + n)
	if sum == 0 {
		return 0, 0, 0
	}
	return float64(t) / sum, float64(f) / sum, float64(n) / sum
}

// shingles splits text into \w+ tokens (letters, digits, underscore, as
// Python's re does) and counts the runs of four.
func shingles(text string) map[[4]string]int {
	var toks []string
	start := -1
	for i, r := range text + " " {
		word := unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			toks = append(toks, text[start:i])
			start = -1
		}
	}
	out := map[[4]string]int{}
	if len(toks) < 4 {
		if len(toks) > 0 {
			var k [4]string
			copy(k[:], toks)
			out[k]++
		}
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[[4]string{toks[i], toks[i+1], toks[i+2], toks[i+3]}]++
	}
	return out
}

type pageScore struct {
	key        string
	tp, fp, fn float64
}

// benchF1 averages precision and recall over the pages where each is
// defined and combines the two averages, as the scorer does.
func benchF1(scores []pageScore) (p, r, f1 float64) {
	var ps, rs []float64
	for _, s := range scores {
		prec, rec := 0.0, 0.0
		if s.fp == 0 && s.fn == 0 {
			prec, rec = 1, 1
		} else {
			if s.tp+s.fp > 0 {
				prec = s.tp / (s.tp + s.fp)
			}
			if s.tp+s.fn > 0 {
				rec = s.tp / (s.tp + s.fn)
			}
		}
		if s.tp+s.fp > 0 {
			ps = append(ps, prec)
		}
		if s.tp+s.fn > 0 {
			rs = append(rs, rec)
		}
	}
	p, r = mean(ps), mean(rs)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func mean(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}

func scoreBench(tb testing.TB, pages []benchPage) []pageScore {
	var scores []pageScore
	for _, pg := range pages {
		pred := ""
		if a, err := FromBytes(pg.key+".html", pg.html, ""); err == nil {
			pred = a.PlainText()
		}
		tp, fp, fn := shingleCounts(pg.gold, pred)
		scores = append(scores, pageScore{pg.key, tp, fp, fn})
	}
	return scores
}

// TestExtractionQuality runs extraction over a fixed sample of the
// benchmark (every sixth page, 31 pages: F1 0.987 on 2026-12-01) and fails
// below F1 0.97, so an extraction regression cannot land unseen.
// CAVEAT_BENCH_ALL=1 runs all 181 pages (0.980), lists the worst and fails
// below issue 15's bar of 0.975; the full-run command is
// ../shared/tools/extraction-score.
func TestExtractionQuality(t *testing.T) {
	step, floor := 6, 0.97
	if os.Getenv("CAVEAT_BENCH_ALL") != "" {
		step, floor = 1, 0.975
	}
	scores := scoreBench(t, loadBench(t, step))
	p, r, f1 := benchF1(scores)
	t.Logf("%d pages: precision %.3f recall %.3f F1 %.3f", len(scores), p, r, f1)
	if step == 1 {
		sort.Slice(scores, func(i, j int) bool { return scores[i].tp < scores[j].tp })
		for _, s := range scores[:min(25, len(scores))] {
			t.Logf("%.3f fp %.3f fn %.3f %s", s.tp, s.fp, s.fn, s.key)
		}
	}
	if f1 < floor {
		t.Errorf("extraction F1 %.3f on %d benchmark pages, want >= %.3f", f1, len(scores), floor)
	}
}

// BenchmarkExtract measures extraction time per benchmark page (decode,
// parse, extract, markdown), cycling through a sample of pages.
func BenchmarkExtract(b *testing.B) {
	pages := loadBench(b, 6)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		pg := pages[i%len(pages)]
		if _, err := FromBytes(pg.key+".html", pg.html, ""); err != nil {
			b.Logf("%s: %v", pg.key, err)
		}
	}
}
