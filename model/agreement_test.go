package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestBenchGold4Agreement holds bench-gold-4's two annotators' label sets
// to the same sentences and logs how far they agree (the first set taken
// as gold): the ceiling a blind score on these pages can be read against.
// It reads only labels, so it needs nothing beside the repository.
func TestBenchGold4Agreement(t *testing.T) {
	paths, _ := filepath.Glob("testdata/bench-gold-4/*.json")
	if len(paths) == 0 {
		t.Fatal("no bench-gold-4 files")
	}
	counts := map[Kind]prf{}
	for _, p := range paths {
		first, second := readBenchGold(t, p), readBenchGold(t, filepath.Join(filepath.Dir(p), "second", filepath.Base(p)))
		if first.Bench != second.Bench || len(first.Sentences) != len(second.Sentences) {
			t.Fatalf("%s: the second annotator's file is for another page or segmentation", p)
		}
		for i, a := range first.Sentences {
			b := second.Sentences[i]
			if a.Start != b.Start || a.End != b.End {
				t.Fatalf("%s sentence %d: spans differ (%d-%d, %d-%d)", p, i, a.Start, a.End, b.Start, b.End)
			}
			for _, k := range scoredKinds {
				gold, pred := slices.Contains(a.Labels, string(k)), slices.Contains(b.Labels, string(k))
				c := counts[k]
				switch {
				case gold && pred:
					c.tp++
				case pred:
					c.fp++
				case gold:
					c.fn++
				}
				counts[k] = c
			}
		}
	}
	macro := 0.0
	for _, k := range scoredKinds {
		c := counts[k]
		p, r, f := c.scores()
		t.Logf("%-16s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", k, p, r, f, c.tp, c.fp, c.fn)
		macro += f / float64(len(scoredKinds))
	}
	t.Logf("annotators' macro-F1 %.3f", macro)
	if macro < 0.85 {
		t.Errorf("the two annotators agree at macro-F1 %.3f, under 0.85: one set was changed without the other", macro)
	}
}

func readBenchGold(t *testing.T, path string) benchGoldFile {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g benchGoldFile
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}
