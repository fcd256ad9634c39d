package ui

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/cells"
)

func TestLedgerSortsSourcesAndWalksTheChosenOnesSentences(t *testing.T) {
	m := openModel(t, 120, 40, sourcedStory(t))
	d := m.current()
	m = press(t, m, "s")
	if m.panel != panelLedger || m.focus != focusNotes {
		t.Fatalf("s: panel %v focus %v", m.panel, m.focus)
	}
	var order []string
	for _, e := range d.ledger() {
		order = append(order, d.analysis().Sources[e.src].ID)
	}
	// The mayor's office carries two sentences; ties go in text order.
	if got := strings.Join(order, " "); got != "s2 s1 s3 s4" {
		t.Errorf("ledger order %s, want s2 s1 s3 s4", got)
	}
	screen := strings.Join(screenLines(m), "\n")
	for _, want := range []string{"Sources · 5 attributed sentences", "▸ ● The mayor's office",
		"████░░░░░░  40% · 2 sentences", "named institution", "◌ Two officials familiar", "unnamed group"} {
		if !strings.Contains(screen, want) {
			t.Errorf("ledger lacks %q:\n%s", want, screen)
		}
	}
	if got := m.chosenSentences(d); !slices.Equal(got, []int{2, 3}) {
		t.Errorf("chosen sentences %v, want 2 3", got)
	}
	// The chosen sentences are marked beside the text.
	bars := 0
	for _, l := range screenLines(m) {
		if strings.HasPrefix(l, "▎") {
			bars++
		}
	}
	if bars != 2 {
		t.Errorf("%d lines marked for the chosen source's sentences, want 2 (sentences 2 and 3 share a paragraph of 2 lines)", bars)
	}
	if m.keys.Next.Help().Desc != "next sentence" {
		t.Errorf("n help = %q", m.keys.Next.Help().Desc)
	}
	m = press(t, m, "n")
	if d.hiAt != 1 {
		t.Errorf("n reached sentence %d of the source, want 1", d.hiAt)
	}
	m = press(t, m, "n")
	if d.hiAt != 0 {
		t.Errorf("n went round to %d, want 0", d.hiAt)
	}
	m = press(t, m, "j")
	if d.ledgerSel != 1 || !slices.Equal(m.chosenSentences(d), []int{1}) {
		t.Errorf("j: selected %d chosen %v, want the officials and sentence 1", d.ledgerSel, m.chosenSentences(d))
	}
	// tab gives the text the keys back: j scrolls, the panel stays.
	m = press(t, m, "tab")
	if m.focus != focusText || m.panel != panelLedger {
		t.Errorf("tab: focus %v panel %v", m.focus, m.panel)
	}
	m = press(t, m, "esc")
	if m.panel != panelNone {
		t.Error("esc did not close the ledger")
	}
	if screen := strings.Join(screenLines(m), "\n"); !strings.Contains(screen, "◌ Anonymous familiar") {
		t.Errorf("the margin of notes did not come back:\n%s", screen)
	}
}

func TestScorecardAsksQuestionsAndEnterJumpsToTheSentence(t *testing.T) {
	m := openModel(t, 120, 30, sourcedStory(t))
	d := m.current()
	m = press(t, m, "c")
	if m.panel != panelChecks {
		t.Fatalf("c: panel %v", m.panel)
	}
	screen := strings.Join(screenLines(m), "\n")
	for _, want := range []string{"Questions an editor would ask", "? Is a reason given", "· Does the lead rest",
		"→ 2 of 2 unnamed sources", "“Two officials familiar with the", "n/N 1 of 2"} {
		if !strings.Contains(screen, want) {
			t.Errorf("scorecard lacks %q:\n%s", want, screen)
		}
	}
	for _, verdict := range []string{"FAIL", "PASS", "fails", "passes"} {
		if strings.Contains(screen, verdict) {
			t.Errorf("scorecard gives a verdict %q", verdict)
		}
	}
	m = press(t, m, "n")
	if !strings.Contains(strings.Join(screenLines(m), "\n"), "“According to people briefed on the") {
		t.Error("n did not show the second prompting sentence")
	}
	m = press(t, m, "j", "j", "G", "enter")
	if d.checkSel != 2 {
		t.Fatalf("j j: selected check %d, want 2", d.checkSel)
	}
	if want := d.r.sentenceLine(2) - d.vp.Height()/3; d.vp.YOffset() != max(0, want) {
		t.Errorf("enter put the top at %d, want %d (sentence 2 at a third)", d.vp.YOffset(), max(0, want))
	}
	m = press(t, m, "c")
	if m.panel != panelNone {
		t.Error("c does not close the scorecard")
	}
}

func TestPanelsFitTheNarrowStrip(t *testing.T) {
	m := press(t, openModel(t, 80, 24, sourcedStory(t)), "s")
	lines := screenLines(m)
	if len(lines) != 24 {
		t.Fatalf("%d rows", len(lines))
	}
	screen := strings.Join(lines, "\n")
	if !strings.Contains(screen, "Sources · 5 attributed") || !strings.Contains(screen, "The mayor's office") {
		t.Errorf("ledger not in the strip:\n%s", screen)
	}
}

func TestPanelKeysOffWithoutData(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	if m.keys.Ledger.Enabled() || m.keys.Scorecard.Enabled() {
		t.Error("s or c enabled for an article with no sources or checks")
	}
	m = press(t, m, "s", "c")
	if m.panel != panelNone {
		t.Error("a panel opened with nothing to show")
	}
}

func TestGoldenLedger120x40(t *testing.T) {
	m := press(t, openModel(t, 120, 40, sourcedStory(t)), "s", "j")
	checkGolden(t, "ledger-120x40.golden", m)
}

func TestGoldenScorecard120x40(t *testing.T) {
	m := press(t, openModel(t, 120, 40, sourcedStory(t)), "c")
	checkGolden(t, "scorecard-120x40.golden", m)
}

func TestGoldenMarksAndSearch120x40(t *testing.T) {
	m := openModel(t, 120, 40, longStory(t, 2, false))
	m = press(t, m, "n", "m", "e")
	m = typeText(t, m, "second paper has the same quote")
	m = press(t, m, "enter", "n", "m", "m", "/")
	m = typeText(t, m, "harbour")
	m = press(t, m, "enter", "n")
	checkGolden(t, "marks-search-120x40.golden", m)
}

func TestHelpListsTheSourceCheckingKeys(t *testing.T) {
	m := press(t, openModel(t, 120, 40, sourcedStory(t)), "n", "?")
	screen := strings.Join(screenLines(m), "\n")
	for _, want := range [][2]string{{"/", "search"}, {"m", "mark claim"}, {"e", "edit note"}, {"s", "sources"}, {"c", "questions"}, {"L", "articles"}} {
		if !regexp.MustCompile(`(^|\s)` + regexp.QuoteMeta(want[0]) + ` +` + want[1]).MatchString(screen) {
			t.Errorf("full help lacks %q:\n%s", want, screen)
		}
	}
}

func TestClickBehindAPanelSelectsNothing(t *testing.T) {
	m := press(t, openModel(t, 120, 40, sourcedStory(t)), "s")
	for y := 1; y < 20; y++ {
		m = update(t, m, tea.MouseClickMsg{X: padW + m.lay.textW + gutterW + 2, Y: y, Button: tea.MouseLeft})
	}
	if m.current().sel != -1 {
		t.Errorf("a click on the ledger selected claim %d behind it", m.current().sel)
	}
}

func TestNewViewsKeepTheirShapeAtEverySize(t *testing.T) {
	for _, keys := range [][]string{{"s"}, {"c"}, {"L"}, {"/"}, {"n", "e"}} {
		m := press(t, openModel(t, 120, 40, sourcedStory(t)), keys...)
		for _, sz := range [][2]int{{40, 12}, {80, 24}, {89, 20}, {200, 60}, {1, 1}, {0, 0}} {
			m = update(t, m, resize(sz[0], sz[1]))
			lines := screenLines(m)
			if sz[1] > 0 && len(lines) != sz[1] {
				t.Errorf("%v at %dx%d: %d rows", keys, sz[0], sz[1], len(lines))
			}
			if sz[0] < minWidth || sz[1] < minHeight {
				continue
			}
			for i, l := range strings.Split(m.View().Content, "\n") {
				if got := cells.StringWidth(l); got != sz[0] {
					t.Errorf("%v at %dx%d: row %d is %d cells", keys, sz[0], sz[1], i, got)
				}
			}
		}
	}
}

// The status line says "notes" while j/k move the margin's selection, and
// not while a panel, whose own title says what they move, has the focus.
func TestStatusNamesTheNotesFocusOnlyWithoutAPanel(t *testing.T) {
	for _, c := range []struct {
		keys  []string
		notes bool
	}{
		{[]string{"tab"}, true},
		{[]string{"s"}, false},
		{[]string{"c"}, false},
		{[]string{"tab", "s"}, false},
		{[]string{"s", "esc"}, false},
	} {
		m := press(t, openModel(t, 120, 40, sourcedStory(t)), c.keys...)
		status := screenLines(m)[38]
		if got := strings.Contains(status, "notes"); got != c.notes {
			t.Errorf("%v: status %q says notes: %v, want %v", c.keys, status, got, c.notes)
		}
	}
}
