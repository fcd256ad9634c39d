package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// ledgerGold is one testrules/ledger-gold file: for an article of the dev
// corpus, the sources a careful reader finds and the sentences (by index
// and byte range in the corpus gold) resting on each. It holds no article
// text: the texts stay in ../../shared/corpus.
type ledgerGold struct {
	File    string `json:"file"`
	Sources []struct {
		Key         string     `json:"key"`
		Description string     `json:"description"`
		Type        SourceType `json:"type"`
		Sentences   [][3]int   `json:"sentences"` // [index, start, end]
	} `json:"sources"`
}

// ledgerFloorP and ledgerFloorR are set under what the ledger measures
// with the detector of the day, so a regression fails the build.
const ledgerFloorP, ledgerFloorR = 0.80, 0.65

// TestLedgerGold measures sentence-to-source assignment against the gold
// files: each predicted source is matched one-to-one with the gold source
// sharing most of its sentences (greedily), and a (sentence, source) pair
// counts as right when its source is matched to a gold source holding the
// sentence. Splitting one source in two, or merging two, costs pairs.
func TestLedgerGold(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("dev corpus not found at ../../shared/corpus/dev")
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "ledger-gold", "*.json"))
	if len(files) < 5 {
		t.Fatalf("want gold for at least five articles, have %d", len(files))
	}
	var tp, predN, goldN, typeOK, matched int
	for _, gf := range files {
		var g ledgerGold
		b, err := os.ReadFile(gf)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", gf, err)
		}
		text, err := os.ReadFile(filepath.Join(dir, g.File))
		if err != nil {
			t.Fatal(err)
		}
		a := Analyze(string(text))
		// Gold sentence holding a byte offset (the scorer's midpoint rule).
		var ranges [][3]int
		gold := make([]map[int]bool, len(g.Sources))
		for i, s := range g.Sources {
			gold[i] = map[int]bool{}
			for _, r := range s.Sentences {
				gold[i][r[0]] = true
				ranges = append(ranges, r)
				goldN++
			}
		}
		locate := func(off int) int {
			for _, r := range ranges {
				if off >= r[1] && off < r[2] {
					return r[0]
				}
			}
			return -1 - off // a sentence outside every gold source
		}
		pred := make([]map[int]bool, len(a.Sources))
		for i, s := range a.Sources {
			pred[i] = map[int]bool{}
			for _, si := range s.Sentences {
				sp := a.Sentences[si].Span
				pred[i][locate((sp.Start+sp.End)/2)] = true
			}
			predN += len(pred[i])
		}
		type pair struct{ p, g, n int }
		var pairs []pair
		for p := range pred {
			for gi := range gold {
				n := 0
				for si := range pred[p] {
					if gold[gi][si] {
						n++
					}
				}
				if n > 0 {
					pairs = append(pairs, pair{p, gi, n})
				}
			}
		}
		sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].n > pairs[j].n })
		usedP, usedG := map[int]bool{}, map[int]bool{}
		ftp := 0
		for _, x := range pairs {
			if usedP[x.p] || usedG[x.g] {
				continue
			}
			usedP[x.p], usedG[x.g] = true, true
			ftp += x.n
			matched++
			if a.Sources[x.p].Type == g.Sources[x.g].Type {
				typeOK++
			}
		}
		tp += ftp
		t.Logf("%s: %d sources predicted, %d gold, %d sentence pairs right", g.File, len(a.Sources), len(g.Sources), ftp)
	}
	p := float64(tp) / float64(max(predN, 1))
	r := float64(tp) / float64(max(goldN, 1))
	t.Logf("ledger on %d articles: precision %.2f (%d/%d), recall %.2f (%d/%d), type agreement %d/%d matched sources",
		len(files), p, tp, predN, r, tp, goldN, typeOK, matched)
	if p < ledgerFloorP || r < ledgerFloorR {
		t.Errorf("ledger below floor: precision %.2f (floor %.2f), recall %.2f (floor %.2f)", p, ledgerFloorP, r, ledgerFloorR)
	}
}
