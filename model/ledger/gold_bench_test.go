package ledger_test

import (
	"errors"
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/model/internal/benchbody"
)

// ledgerBenchGold is one testdata/gold-blind or testdata/gold-tune file:
// ledger gold for a page of the extraction benchmark, named by its hash.
// It holds no article text: the bodies stay in ../../../shared/bench.
type ledgerBenchGold struct {
	Bench   string             `json:"bench"`
	URL     string             `json:"url"`
	Sources []ledgerGoldSource `json:"sources"`
}

// ledgerBenchTruth is the benchmark's ground truth, whose articleBody
// fields are the texts the benchmark ledger gold was labelled on.
const ledgerBenchTruth = "../../../shared/bench/article-extraction/ground-truth.json"

// ledgerBenchArticle is one benchmark gold file with the analysis of the
// body it was labelled on.
type ledgerBenchArticle struct {
	file     string
	gold     ledgerBenchGold
	analysis *model.Analysis
}

// loadLedgerBenchGold reads every gold file of testdata/<dir>, analyses
// each page's articleBody and checks the gold ranges against the
// segmenter. It skips the test when the benchmark is not beside the
// repository and fails when the set holds fewer than min files.
func loadLedgerBenchGold(t *testing.T, dir string, min int) []ledgerBenchArticle {
	t.Helper()
	bodies, err := benchbody.Read(ledgerBenchTruth)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("the extraction benchmark is not beside the repository (../shared/bench)")
	}
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.json"))
	if len(files) < min {
		t.Fatalf("want %s gold for at least %d articles, have %d", dir, min, len(files))
	}
	out := make([]ledgerBenchArticle, 0, len(files))
	for _, gf := range files {
		var g ledgerBenchGold
		readGoldFile(t, gf, &g)
		body, ok := bodies[g.Bench]
		if !ok {
			t.Fatalf("%s: no page %s in the benchmark", gf, g.Bench)
		}
		a := model.Analyze(body)
		checkBenchRanges(t, gf, a, g.Sources)
		out = append(out, ledgerBenchArticle{file: gf, gold: g, analysis: a})
	}
	return out
}

// checkBenchRanges fails when a gold sentence is not the segmenter's
// sentence of that index and byte range: the gold would then score
// against the wrong sentences.
func checkBenchRanges(t *testing.T, file string, a *model.Analysis, sources []ledgerGoldSource) {
	t.Helper()
	for _, s := range sources {
		for _, r := range s.Sentences {
			if r[0] < 0 || r[0] >= len(a.Sentences) {
				t.Fatalf("%s: source %s: sentence %d out of range (%d sentences)", file, s.Key, r[0], len(a.Sentences))
			}
			if sp := a.Sentences[r[0]].Span; sp.Start != r[1] || sp.End != r[2] {
				t.Fatalf("%s: source %s: sentence %d is [%d, %d), gold says [%d, %d)", file, s.Key, r[0], sp.Start, sp.End, r[1], r[2])
			}
		}
	}
}
