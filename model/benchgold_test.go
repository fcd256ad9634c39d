package model

import (
	"errors"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model/internal/benchbody"
)

// The extraction benchmark's article bodies are real text from many
// sites that the detector was never tuned on. testdata/bench-gold,
// testdata/bench-gold-2 and testdata/bench-gold-3 hold sentence labels
// for some of them, made by the annotation guide without looking at
// caveat's flags, as offsets into the bodies (the texts stay beside the
// repository, in ../shared, never in it).

type benchGoldFile struct {
	Bench     string         `json:"bench"`
	Topic     string         `json:"topic"`
	Sentences []goldSentence `json:"sentences"`
}

// benchScoreFloor is far below what the detector scores on bench-gold:
// the tests guard against a collapse on unseen text, and -v prints the
// figures.
const benchScoreFloor = 0.60

// TestBenchGold scores the detector on the labelled benchmark articles as
// ../shared/tools/score scores the corpus (scoreCorpus), overall and by
// topic.
func TestBenchGold(t *testing.T) { scoreBenchGold(t, "testdata/bench-gold") }

// TestBenchGold2 scores a second, larger set made the same way from
// other pages of the benchmark, richer in denials and unnamed sources.
func TestBenchGold2(t *testing.T) { scoreBenchGold(t, "testdata/bench-gold-2") }

// TestBenchGold3 scores a third set, made the same way from yet other
// pages of the benchmark. It was held out for rounds 4 to 7 and is tuned
// on from round 8 (README), like the first two.
func TestBenchGold3(t *testing.T) { scoreBenchGold(t, "testdata/bench-gold-3") }

// TestBenchGold4 scores a fourth set, made the same way in session 4 from
// 20 more pages. It was held out for rounds 8 and 9 and is tuned on from
// round 10 (README).
func TestBenchGold4(t *testing.T) { scoreBenchGold(t, "testdata/bench-gold-4") }

// TestBenchGold5 scores a fifth set, made the same way in session 6 from
// 14 more pages (science, sport, culture and business, the kinds of story
// the others hold least of); scored by the lead only at the end of a
// round, never tuned on: its first figure after each round is the one
// reported.
func TestBenchGold5(t *testing.T) { scoreBenchGold(t, "testdata/bench-gold-5") }

// TestBenchGold6 scores a sixth set, made the same way in session 10 from
// 5 more pages (README). It is held out: the lead scores it once per
// round, at the round's end, and nobody tunes on it. It holds one
// anonymous sentence and no denial, so one sentence moves its macro by a
// half: its floor catches a collapse only.
func TestBenchGold6(t *testing.T) {
	scoreBenchGoldFloor(t, "testdata/bench-gold-6", benchSmallSetFloor)
}

// benchSmallSetFloor is the floor of a set too small for benchScoreFloor.
const benchSmallSetFloor = 0.30

// scoreBenchGold scores the gold files in dir against the benchmark
// bodies, logs the figures and fails under benchScoreFloor.
func scoreBenchGold(t *testing.T, dir string) { scoreBenchGoldFloor(t, dir, benchScoreFloor) }

// scoreBenchGoldFloor is scoreBenchGold with the floor given.
func scoreBenchGoldFloor(t *testing.T, dir string, floor float64) {
	bodies, err := benchbody.Read(benchTruthFile)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("the extraction benchmark is not beside the repository (../shared/bench)")
	}
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(paths) == 0 {
		t.Fatalf("no gold files in %s", dir)
	}
	var docs []goldDoc
	byTopic := map[string][]goldDoc{}
	for _, p := range paths {
		g := readBenchGold(t, p)
		body, ok := bodies[g.Bench]
		if !ok {
			t.Fatalf("%s: no page %s in the benchmark", p, g.Bench)
		}
		for i := range g.Sentences {
			s := &g.Sentences[i]
			s.I, s.Text = i, body[s.Start:s.End]
		}
		d := goldDoc{name: g.Bench[:6], text: body, gold: goldFile{File: g.Bench, Sentences: g.Sentences}}
		checkTiles(t, d)
		docs = append(docs, d)
		byTopic[g.Topic] = append(byTopic[g.Topic], d)
	}
	macro := logScores(t, docs)
	topics := make([]string, 0, len(byTopic))
	for tp := range byTopic {
		topics = append(topics, tp)
	}
	sort.Strings(topics)
	for _, tp := range topics {
		counts := scoreCorpus(byTopic[tp], nil)
		var parts []string
		m := 0.0
		for _, k := range scoredKinds {
			f := counts[k].f1()
			parts = append(parts, k.Label()+" "+strconvF(f))
			m += f / float64(len(scoredKinds))
		}
		t.Logf("  %-14s macro %s (%s)", tp, strconvF(m), strings.Join(parts, ", "))
	}
	if macro < floor {
		t.Errorf("macro-F1 %.3f on the benchmark gold is under %.2f", macro, floor)
	}
}
