package compare

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model"
)

// The bridge story in four versions of our own: 1 -> 2 names the
// source, 2 -> 3 inserts a paragraph and adds a denial, 3 -> 4 removes a
// hedge.
func bridge(t *testing.T, n int) *model.Analysis {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("testdata/bridge-%d.txt", n))
	if err != nil {
		t.Fatal(err)
	}
	return model.Analyze(string(b))
}

// summary writes a diff as lines a test can compare whole: each pair as
// "old>new change", then each flag change, then each source change.
func summary(v *Versions) []string {
	var out []string
	for _, p := range v.Pairs {
		line := fmt.Sprintf("%d>%d %s", p.Old, p.New, p.Change)
		for _, e := range p.Edits {
			line += fmt.Sprintf(" %q>%q", v.Old.Text[e.Old.Start:e.Old.End], v.New.Text[e.New.Start:e.New.End])
		}
		out = append(out, line)
	}
	for _, f := range v.Flags {
		sign := "-"
		if f.Added {
			sign = "+"
		}
		out = append(out, fmt.Sprintf("%s%s @%d", sign, f.Kind, f.Pair))
	}
	for _, s := range v.Sources {
		out = append(out, fmt.Sprintf("%s %s/%s -> %s/%s", s.Change, s.Old, s.OldType, lastWord(s.New), s.NewType))
	}
	return out
}

// lastWord keeps a new source's description to its head, so the test
// does not depend on how much of "The mayor's office" the ledger keeps.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func TestDiffVersionsOfOneStory(t *testing.T) {
	cases := []struct {
		from, to int
		want     []string
	}{
		{1, 2, []string{
			"0>0 same",
			`1>1 edited "a senior city official">"Deputy Mayor Ana Ruiz"`,
			"2>2 same",
			"3>3 same",
			"-anonymous_source @1",
			"named a senior city official/unnamed_person -> Ruiz/named_person",
		}},
		{2, 3, []string{
			"0>0 same",
			"1>1 same",
			"-1>2 added", // the inserted paragraph shifts nothing after it
			"2>3 same",
			"3>4 same",
			"-1>5 added",
			"+denial @5",
			"appeared / -> office/named_institution",
		}},
		{3, 4, []string{
			"0>0 same",
			"1>1 same",
			"2>2 same",
			`3>3 edited "may">"will"`,
			"4>4 same",
			"5>5 same",
			"-uncertainty @3",
		}},
	}
	for _, c := range cases {
		got := summary(Diff(bridge(t, c.from), bridge(t, c.to)))
		if !slices.Equal(got, c.want) {
			t.Errorf("bridge %d -> %d:\n got %s\nwant %s", c.from, c.to, strings.Join(got, "\n     "), strings.Join(c.want, "\n     "))
		}
	}
}

func TestDiffOfATextWithItselfIsAllSame(t *testing.T) {
	a := bridge(t, 4)
	v := Diff(a, a)
	if len(v.Flags) != 0 || len(v.Sources) != 0 {
		t.Fatalf("a text against itself: flags %v, sources %v", v.Flags, v.Sources)
	}
	for _, p := range v.Pairs {
		if p.Change != Same || p.Old != p.New {
			t.Fatalf("pair %+v in a text against itself", p)
		}
	}
	if len(v.Pairs) != len(a.Sentences) {
		t.Fatalf("%d pairs for %d sentences", len(v.Pairs), len(a.Sentences))
	}
}

// Every sentence of both versions appears in exactly one pair, in order:
// nothing is lost or counted twice, whatever the edit.
func TestDiffPairsCoverBothVersionsInOrder(t *testing.T) {
	for _, c := range [][2]int{{1, 4}, {4, 1}, {2, 3}, {3, 1}} {
		v := Diff(bridge(t, c[0]), bridge(t, c[1]))
		nextOld, nextNew := 0, 0
		for _, p := range v.Pairs {
			if p.Old >= 0 {
				if p.Old != nextOld {
					t.Fatalf("%v: old sentence %d out of order (want %d)", c, p.Old, nextOld)
				}
				nextOld++
			}
			if p.New >= 0 {
				if p.New != nextNew {
					t.Fatalf("%v: new sentence %d out of order (want %d)", c, p.New, nextNew)
				}
				nextNew++
			}
		}
		if nextOld != len(v.Old.Sentences) || nextNew != len(v.New.Sentences) {
			t.Fatalf("%v: pairs cover %d/%d old and %d/%d new sentences", c, nextOld, len(v.Old.Sentences), nextNew, len(v.New.Sentences))
		}
	}
}

func FuzzDiff(f *testing.F) {
	f.Add("A senior official said it may rain.\n\nThe mayor denied it.", "The mayor said it may rain.\n\nNew line.\n\nThe mayor denied it.")
	f.Fuzz(func(t *testing.T, a, b string) {
		v := Diff(model.Analyze(a), model.Analyze(b))
		old, new := 0, 0
		for _, p := range v.Pairs {
			if p.Old >= 0 {
				old++
			}
			if p.New >= 0 {
				new++
			}
			for _, e := range p.Edits {
				os, ns := v.Old.Sentences[p.Old].Span, v.New.Sentences[p.New].Span
				if e.Old.Start < os.Start || e.Old.End > os.End || e.Old.Start > e.Old.End ||
					e.New.Start < ns.Start || e.New.End > ns.End || e.New.Start > e.New.End {
					t.Fatalf("edit %+v outside its sentences %v, %v", e, os, ns)
				}
				if e.Old.Len() == 0 && e.New.Len() == 0 {
					t.Fatalf("empty edit %+v", e)
				}
			}
		}
		if old != len(v.Old.Sentences) || new != len(v.New.Sentences) {
			t.Fatalf("pairs cover %d/%d old, %d/%d new", old, len(v.Old.Sentences), new, len(v.New.Sentences))
		}
	})
}

func TestDiffSummary(t *testing.T) {
	for _, c := range []struct {
		from, to int
		want     string
	}{
		{1, 4, "-1 Anonymous, +1 Denial, -1 Uncertain; 1 source named, 1 source appeared"},
		{2, 2, "no change in its sourcing"},
		{3, 4, "-1 Uncertain"},
	} {
		if got := Diff(bridge(t, c.from), bridge(t, c.to)).Summary(); got != c.want {
			t.Errorf("bridge %d -> %d: %q, want %q", c.from, c.to, got, c.want)
		}
	}
}
