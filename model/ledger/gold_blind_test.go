package ledger_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/caveat-reader/caveat/model"
)

// ledgerBlindGold is one testdata/gold-blind file: ledger gold for a page
// of the extraction benchmark, named by its hash. It holds no article
// text: the bodies stay in ../../../shared/bench.
type ledgerBlindGold struct {
	Bench   string             `json:"bench"`
	URL     string             `json:"url"`
	Sources []ledgerGoldSource `json:"sources"`
}

// ledgerBlindTruth is the benchmark's ground truth, whose articleBody
// fields are the texts the blind gold was labelled on.
const ledgerBlindTruth = "../../../shared/bench/article-extraction/ground-truth.json"

// ledgerBlindFloorP and ledgerBlindFloorR are far under any figure worth
// having: the blind set is a measure, not a tuning target, so the test
// fails only on a collapse.
const ledgerBlindFloorP, ledgerBlindFloorR = 0.5, 0.4

// TestLedgerGoldBlind scores the ledger, with TestLedgerGold's metric, on
// articles nobody tuned on (testdata/gold-blind, labelled without seeing
// caveat's output). It is scored once per round by the lead; -v prints
// the totals only, so that it does not turn into a tuning loop.
func TestLedgerGoldBlind(t *testing.T) {
	raw, err := os.ReadFile(ledgerBlindTruth)
	if err != nil {
		t.Skip("the extraction benchmark is not beside the repository (../shared/bench)")
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "gold-blind", "*.json"))
	if len(files) < 10 {
		t.Fatalf("want blind gold for at least ten articles, have %d", len(files))
	}
	var all ledgerScore
	for _, gf := range files {
		var g ledgerBlindGold
		readGoldFile(t, gf, &g)
		body, ok := truth[g.Bench]
		if !ok {
			t.Fatalf("%s: no page %s in the benchmark", gf, g.Bench)
		}
		a := model.Analyze(body.ArticleBody)
		checkBlindRanges(t, gf, a, g.Sources)
		all.add(scoreLedgerArticle(a, g.Sources))
	}
	t.Logf("blind: %s", &all)
	if p, r := all.precision(), all.recall(); p < ledgerBlindFloorP || r < ledgerBlindFloorR {
		t.Errorf("ledger on the blind set below floor: precision %.2f (floor %.2f), recall %.2f (floor %.2f)",
			p, ledgerBlindFloorP, r, ledgerBlindFloorR)
	}
}

// checkBlindRanges fails when a gold sentence is not the segmenter's
// sentence of that index and byte range: the gold would then score
// against the wrong sentences.
func checkBlindRanges(t *testing.T, file string, a *model.Analysis, sources []ledgerGoldSource) {
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
