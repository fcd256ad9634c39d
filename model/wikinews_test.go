package model

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdata/wikinews holds 24 Wikinews articles (CC BY 2.5, so shipped
// with the repository: these tests run on any clone) with gold labels
// made by the guide without looking at caveat's flags. halves.tsv splits
// them: A is tuned on; B is scored once by the lead at the end of a round.
const wikinewsDir = "testdata/wikinews"

// wikinewsFloor is below what the detector scores on either half (the
// first run on B, before any tuning on A, was 0.33): the tests guard
// against a collapse on real text any clone has, and -v prints the
// figures.
const wikinewsFloor = 0.25

func TestWikinewsA(t *testing.T) { scoreWikinews(t, "A") }

// TestWikinewsB is the blind half: run it once, at the end of a round,
// and report that first figure.
func TestWikinewsB(t *testing.T) { scoreWikinews(t, "B") }

func scoreWikinews(t *testing.T, half string) {
	in := wikinewsHalf(t, half)
	docs := loadGoldDir(t, wikinewsDir, "wikinews", func(file string) bool { return in[strings.TrimSuffix(file, ".txt")] })
	if len(docs) == 0 {
		t.Skipf("half %s of %s has no gold files yet", half, wikinewsDir)
	}
	for _, d := range docs {
		checkTiles(t, d)
	}
	if macro := logScores(t, docs); macro < wikinewsFloor {
		t.Errorf("macro-F1 %.3f on Wikinews half %s, want >= %.2f", macro, half, wikinewsFloor)
	}
}

// wikinewsHalf reads the articles of one half from halves.tsv.
func wikinewsHalf(t *testing.T, half string) map[string]bool {
	f, err := os.Open(filepath.Join(wikinewsDir, "halves.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	in := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		h, article, ok := strings.Cut(sc.Text(), "\t")
		if ok && h == half {
			in[article] = true
		}
	}
	if len(in) == 0 {
		t.Fatalf("halves.tsv lists no article in half %s", half)
	}
	return in
}

// checkTiles: the gold sentences cover the text in order with offsets
// that slice it to the sentence's own text, so a gold file edited by
// hand cannot drift from its article.
func checkTiles(t *testing.T, d goldDoc) {
	t.Helper()
	prev := 0
	for i, s := range d.gold.Sentences {
		if s.I != i || s.Start < prev || s.End < s.Start || s.End > len(d.text) {
			t.Fatalf("%s: sentence %d has offsets %d..%d out of order", d.name, i, s.Start, s.End)
		}
		if s.Text != "" && d.text[s.Start:s.End] != s.Text {
			t.Fatalf("%s: sentence %d's text is not the article's bytes %d..%d", d.name, i, s.Start, s.End)
		}
		prev = s.End
	}
}

// testdata/wikinews-2 holds 13 more Wikinews articles (2019-2020, CC BY
// 2.5), picked for their denials and labelled blind in session 8. The
// whole set is held out: the lead scores it once at the end of a round
// and reports that first figure; nobody reads its misses.
const wikinews2Dir = "testdata/wikinews-2"

// TestWikinews2 scores the held-out set. Its floor, like wikinewsFloor,
// only guards against a collapse: the first run (session 8, before any
// change) was 0.646.
func TestWikinews2(t *testing.T) { scoreShippedSet(t, wikinews2Dir) }

// scoreShippedSet scores a gold set shipped in dir, with -v its figures,
// against the collapse floor.
func scoreShippedSet(t *testing.T, dir string) {
	docs := loadGoldDir(t, dir, filepath.Base(dir), nil)
	if len(docs) == 0 {
		t.Fatalf("%s holds no gold files", dir)
	}
	for _, d := range docs {
		checkTiles(t, d)
	}
	if macro := logScores(t, docs); macro < wikinewsFloor {
		t.Errorf("macro-F1 %.3f on %s, want >= %.2f", macro, dir, wikinewsFloor)
	}
}

// testdata/wikinews-3 holds 24 more Wikinews articles (2019-2020, CC BY
// 2.5), half hard news and half science, sport, local and culture,
// labelled blind to caveat in session 9 to be TUNED on: unlike
// wikinews-2, its misses are read (CAVEAT_MISSES=1 -v).
const wikinews3Dir = "testdata/wikinews-3"

func TestWikinews3(t *testing.T) { scoreShippedSet(t, wikinews3Dir) }

// testdata/wikinews-4 holds 8 more Wikinews articles (2019-2020, CC BY
// 2.5), six hard news and two science and sport, labelled blind to caveat
// in session 12. It is held out like wikinews-2: the lead scores it once
// per round and reports that first figure; it is never tuned on and its
// misses are not read.
const wikinews4Dir = "testdata/wikinews-4"

func TestWikinews4(t *testing.T) { scoreShippedSet(t, wikinews4Dir) }
