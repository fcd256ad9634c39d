package report

import (
	"strings"
	"testing"
	"time"

	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/store"
)

// The fixture's text is not ASCII before, inside and after its claims, so
// byte offsets and code point offsets differ everywhere: curly quotes,
// dashes, an accented name and a character outside the BMP.
const text = "“Talks are over,” a senior official said – off the record.\n" +
	"Zoë Müller denied the report 🙅 outright.\n" +
	"The deal could be signed – perhaps – next week.\n"

// phrase is the span of the first occurrence of p in text (tests may
// search their own fixture; the product never does).
func phrase(t *testing.T, p string) model.Span {
	t.Helper()
	i := strings.Index(text, p)
	if i < 0 {
		t.Fatalf("%q not in fixture", p)
	}
	return model.Span{Start: i, End: i + len(p)}
}

func analysis(t *testing.T) *model.Analysis {
	a := &model.Analysis{Text: text}
	start := 0
	for _, line := range strings.SplitAfter(strings.TrimSuffix(text, "\n"), "\n") {
		end := start + len(strings.TrimSuffix(line, "\n"))
		a.Sentences = append(a.Sentences, model.Sentence{Span: model.Span{Start: start, End: end}})
		start += len(line)
	}
	add := func(k model.Kind, sentence int, span, cue string) {
		a.Flags = append(a.Flags, model.Flag{Kind: k, Span: phrase(t, span), Cue: phrase(t, cue),
			Sentence: sentence, Rule: "test." + string(k), Explanation: "Explained.", Source: -1})
	}
	add(model.AnonymousSource, 0, "a senior official said", "senior official")
	add(model.Denial, 1, "denied the report 🙅", "denied")
	add(model.Uncertainty, 2, "could be signed – perhaps", "could")
	add(model.Boilerplate, 2, "next week", "next week")
	a.Sources = []model.Source{{ID: "s1", Description: "a senior official", Type: model.UnnamedPerson}}
	a.Flags[0].Source = 0
	return a
}

// input is the fixture with the official's claim checked and noted, and
// the hedge disputed.
func input(t *testing.T) Input {
	a := analysis(t)
	checked := store.MarkOf(a, 0)
	checked.State, checked.Note = store.Checked, "called | the ministry"
	disputed := store.MarkOf(a, 2)
	disputed.State = store.Disputed
	return Input{
		Meta:     model.Meta{Source: "/news/talks.txt", Title: "Talks", Format: "text"},
		Analysis: a,
		Saved:    store.Saved{Marks: map[int]store.Mark{0: checked, 2: disputed}},
	}
}

var generated = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

func TestBuildListsClaimsWithMarksAndCounts(t *testing.T) {
	in := input(t)
	r := Build([]Input{in}, generated)
	art := r.Articles[0]
	if len(art.Claims) != 3 {
		t.Fatalf("want 3 claims (boilerplate left out), got %+v", art.Claims)
	}
	want := []struct {
		label string
		mark  store.State
	}{{"A1", store.Checked}, {"D1", store.Unmarked}, {"U1", store.Disputed}}
	for i, w := range want {
		if c := art.Claims[i]; c.Label != w.label || c.Mark != w.mark {
			t.Errorf("claim %d: got %s %q, want %s %q", i, c.Label, c.Mark, w.label, w.mark)
		}
	}
	if c := art.Claims[0]; c.Cue != "senior official" || c.Source != "a senior official" || c.Note != "called | the ministry" {
		t.Errorf("claim A1: %+v", c)
	}
	if art.Marks != (MarkCounts{Checked: 1, Disputed: 1, Notes: 1}) {
		t.Errorf("mark counts %+v", art.Marks)
	}
	if art.Summary[model.AnonymousSource] != 1 || art.Sources[model.UnnamedPerson] != 1 || art.SHA256 != store.Hash(text) {
		t.Errorf("counts: summary %v sources %v", art.Summary, art.Sources)
	}
}

func TestBuildKeepsLostMarks(t *testing.T) {
	in := input(t)
	in.Saved.Unattached = []store.Mark{{Kind: model.Denial, Sentence: "Old words.", State: store.Checked}}
	in.Saved.Changed = &store.Change{Previous: store.ArticleRecord{Hash: "abc", LastRead: generated.Add(-24 * time.Hour)},
		Kept: 1, Lost: []store.Mark{{Kind: model.Uncertainty, Sentence: "Gone.", Note: "n"}}}
	art := Build([]Input{in}, generated).Articles[0]
	if len(art.LostMarks) != 2 || art.LostMarks[0].Why != "no longer flagged" || art.LostMarks[1].Why != "article changed" {
		t.Errorf("lost marks %+v", art.LostMarks)
	}
	if art.Changed == nil || art.Changed.Kept != 1 || art.Changed.Total != 2 {
		t.Errorf("changed %+v", art.Changed)
	}
}

func TestCodePointsMatchRuneCounting(t *testing.T) {
	var offs []int
	for i := len(text); i >= 0; i-- { // out of order on purpose
		offs = append(offs, i)
	}
	cp := codePoints(text, offs)
	for i := 0; i <= len(text); i++ {
		j := i // the start of the character holding byte i
		for j < len(text) && !startsRune(text, j) {
			j--
		}
		want := len([]rune(text[:j]))
		if j < i {
			want++ // inside a character: it counts as begun
		}
		if cp[i] != want {
			t.Fatalf("byte %d: got code point %d, want %d", i, cp[i], want)
		}
	}
}

func startsRune(s string, i int) bool { return s[i]&0xC0 != 0x80 }
