package bodyview

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/cells"
	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
)

func damView(t *testing.T, w, h int) *Model {
	t.Helper()
	var as []*model.Analysis
	for _, n := range []string{"a", "b", "c"} {
		b, err := os.ReadFile("../../compare/testdata/dam-outlet-" + n + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, model.Analyze(string(b)))
	}
	m := NewStories(compare.Compare(as), []string{"Outlet A", "Outlet B", "Outlet C"}, Styles{Symbols: [3]string{"◌", "✕", "≈"}})
	m.SetSize(w, h)
	return m
}

// The view shows one column per outlet and says, per claim, which rests
// it on unnamed sources only and which names its source; every line fits
// the width.
func TestCompareViewColumnsAndCells(t *testing.T) {
	m := damView(t, 120, 200)
	view := m.View()
	for _, want := range []string{"[A] Outlet A", "[B] Outlet B", "[C] Outlet C", "5 claims in more than one article",
		"◌ unnamed only two officials familiar", "on the record: Maria Lindqvist", "Sources"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	for i, l := range strings.Split(view, "\n") {
		if w := cells.StringWidth(l); w > 120 {
			t.Errorf("line %d is %d cells wide: %q", i, w, l)
		}
	}
	// Claim 2 (the March report) is not in C: its cell there is a dash.
	lines := strings.Split(view, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "2." {
			if !strings.Contains(lines[i+1], "—") {
				t.Errorf("claim 2's first row has no dash for outlet C: %q", lines[i+1])
			}
		}
	}
}

func TestCompareViewScrollsWithinItsRows(t *testing.T) {
	m := damView(t, 90, 10)
	first := m.View()
	for range 500 {
		m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	}
	last := m.View()
	if first == last || !strings.Contains(last, "Sources") {
		t.Fatalf("j did not scroll to the end:\n%s", last)
	}
	if n := strings.Count(last, "\n") + 1; n != 10 {
		t.Fatalf("view is %d rows, want 10", n)
	}
	m.Update(tea.KeyPressMsg{Code: 'g', Text: "g"})
	if m.View() != first {
		t.Fatal("g did not go back to the top")
	}
}
