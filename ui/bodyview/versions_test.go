package bodyview

import (
	"os"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/cells"
	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
)

func bridgeVersions(t *testing.T, from, to string) *compare.Versions {
	t.Helper()
	read := func(n string) *model.Analysis {
		b, err := os.ReadFile("../../compare/testdata/bridge-" + n + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		return model.Analyze(string(b))
	}
	return compare.Diff(read(from), read(to))
}

// Without colour, the versions view still reads: each flag gained or
// lost with its symbol, the sentence before and now side by side, the
// changed words bracketed, and the source that became named.
func TestVersionsViewWithoutColour(t *testing.T) {
	m := NewVersions(bridgeVersions(t, "1", "4"), Styles{Symbols: [3]string{"◌", "✕", "≈"}, Markers: true})
	m.SetSize(120, 60)
	view := m.View()
	for _, want := range []string{
		"Changed since you last read it: -1 Anonymous, +1 Denial, -1 Uncertain",
		"- ◌ Anonymous lost", "+ ✕ Denial gained", "- ≈ Uncertain lost",
		"[-a senior city official-]", "{+Deputy Mayor Ana Ruiz+}", "[-may-]", "{+will+}",
		"named: a senior city official is now Deputy Mayor Ana Ruiz",
	} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	for i, l := range strings.Split(view, "\n") {
		if w := cells.StringWidth(l); w > 120 {
			t.Errorf("line %d is %d cells wide", i, w)
		}
	}
	// The denial's sentence is new: nothing before it.
	lines := strings.Split(view, "\n")
	for i, l := range lines {
		if strings.Contains(l, "+ ✕ Denial gained") && !strings.HasPrefix(strings.TrimSpace(lines[i+1]), "—") {
			t.Errorf("a new sentence has something before it: %q", lines[i+1])
		}
	}
}

func TestOutletsViewListsAndMarksTheCurrent(t *testing.T) {
	m := NewOutlets([]Outlet{
		{Name: "north.example", Articles: 3, AnonShare: 0.4, DenialsPerArticle: 1.0 / 3, UncertainPerArticle: 2.0 / 3, Trend: []float64{0.5, 0.3, 0.4}},
		{Name: "south.example\x1b[31m", Articles: 1, Trend: []float64{0}},
	}, "north.example", Styles{})
	m.SetSize(100, 10)
	view := m.View()
	for _, want := range []string{"OUTLET", "north.example", "40%", "0.3", "0.7", "▅▃▄", "◂ this article", "south.example␛[31m"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "\x1b[31m") {
		t.Error("an outlet's name reached the screen with its escape")
	}
}
