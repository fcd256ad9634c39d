package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestNextAndPreviousWalkClaimsInTextOrderAndWrap(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	d := m.current()
	if d.sel != -1 {
		t.Fatalf("selection at start = %d, want none", d.sel)
	}
	for want := 0; want < 5; want++ {
		m = press(t, m, "n")
		if d.sel != want {
			t.Fatalf("after %d× n: selected %d, want %d", want+1, d.sel, want)
		}
	}
	m = press(t, m, "n")
	if d.sel != 0 {
		t.Errorf("n on the last claim went to %d, want to wrap to 0", d.sel)
	}
	m = press(t, m, "N")
	if d.sel != 4 {
		t.Errorf("N on the first claim went to %d, want 4", d.sel)
	}
	press(t, m, "N", "N")
	if d.sel != 2 {
		t.Errorf("N N from 4 went to %d, want 2", d.sel)
	}
}

func TestFilterHidesKindFromNavigationMarginAndCounts(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	d := m.current()
	m = press(t, m, "1") // hide Anonymous
	var got []int
	for i := 0; i < 4; i++ {
		m = press(t, m, "n")
		got = append(got, d.sel)
	}
	// Claims 0 and 3 are anonymous; n walks 1 2 4 and wraps to 1.
	if want := []int{1, 2, 4, 1}; !slices.Equal(got, want) {
		t.Errorf("with Anonymous hidden, n visited %v, want %v", got, want)
	}
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "◌ Anonymous 2 off") {
		t.Errorf("footer does not mark Anonymous as off:\n%s", screen)
	}
	if strings.Contains(screen, "◌ Anonymous  familiar") {
		t.Errorf("margin still shows a hidden Anonymous note:\n%s", screen)
	}
	// Hiding the selected claim's kind drops the selection.
	m = press(t, m, "2", "3")
	if d.sel != -1 {
		t.Errorf("selection %d survived hiding its kind", d.sel)
	}
	if m.keys.Next.Enabled() {
		t.Error("n stays enabled with every kind hidden")
	}
	m = press(t, m, "n")
	if d.sel != -1 {
		t.Errorf("n selected %d with every kind hidden", d.sel)
	}
	press(t, m, "3", "n")
	if d.sel != 2 {
		t.Errorf("after showing Uncertain again, n selected %d, want 2", d.sel)
	}
}

func TestSelectedClaimScrollsToAThirdAndOpensItsNote(t *testing.T) {
	m := openModel(t, 120, 30, longStory(t, 6, false))
	d := m.current()
	for i := 0; i < 17; i++ { // claim 16: well down the article
		m = press(t, m, "n")
	}
	line := d.claimLine(d.sel)
	want := line - m.lay.body/3
	if got := d.vp.YOffset(); got != want {
		t.Fatalf("top line = %d, want %d (sentence on line %d, pane %d rows)", got, want, line, m.lay.body)
	}
	screen := screenLines(m)
	row := screen[m.lay.header+line-d.vp.YOffset()]
	f := d.analysis().Flags[d.selFlag()]
	if !strings.Contains(row, "┃ "+kindLabel(f.Kind)) {
		t.Errorf("open note not level with its sentence: row %q", row)
	}
	joined := strings.Join(screen, "\n")
	if !strings.Contains(joined, f.Explanation) {
		t.Errorf("open note lacks the explanation %q", f.Explanation)
	}
	cue, _ := noteText(d.analysis(), f)
	if !strings.Contains(joined, "“"+cue+"”") {
		t.Errorf("open note lacks the cue %q", cue)
	}
}

func TestFocusOnNotesMakesJKMoveTheSelection(t *testing.T) {
	m := openModel(t, 120, 40, longStory(t, 4, false))
	d := m.current()
	m = press(t, m, "tab")
	if m.focus != focusNotes || d.sel != 0 {
		t.Fatalf("tab: focus %v sel %d, want notes and the first claim", m.focus, d.sel)
	}
	m = press(t, m, "j", "j")
	if d.sel != 2 {
		t.Errorf("j j in the margin selected %d, want 2", d.sel)
	}
	m = press(t, m, "k")
	if d.sel != 1 {
		t.Errorf("k selected %d, want 1", d.sel)
	}
	top := d.vp.YOffset()
	m = press(t, m, "tab", "j")
	if m.focus != focusText || d.sel != 1 || d.vp.YOffset() != top+1 {
		t.Errorf("after tab back, j: focus %v sel %d top %d; want text, 1, %d", m.focus, d.sel, d.vp.YOffset(), top+1)
	}
	m = press(t, m, "enter")
	if want := d.claimLine(1) - m.lay.body/3; d.vp.YOffset() != max(0, want) {
		t.Errorf("enter put the top at %d, want %d", d.vp.YOffset(), max(0, want))
	}
}

func TestScrollKeys(t *testing.T) {
	m := openModel(t, 120, 30, longStory(t, 6, false))
	d := m.current()
	body := m.lay.body
	last := len(d.r.lines) - body
	steps := []struct {
		key  string
		want int
	}{
		{"j", 1}, {"down", 2}, {"k", 1}, {"space", 1 + body}, {"pgup", 1},
		{"pgdown", 1 + body}, {"ctrl+u", 1 + body - body/2}, {"ctrl+d", 1 + body},
		{"G", last}, {"j", last}, {"g", 0}, {"k", 0},
	}
	for _, s := range steps {
		m = press(t, m, s.key)
		if got := d.vp.YOffset(); got != s.want {
			t.Fatalf("after %q top = %d, want %d", s.key, got, s.want)
		}
	}
}

func TestWheelScrollsAndClickOnNoteSelectsIt(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	d := m.current()
	// Click the third note: find its row in the margin.
	x := padW + m.lay.textW + gutterW + 2
	row := -1
	for y, l := range screenLines(m) {
		if strings.Contains(l, "≈ Uncertain may") {
			row = y
		}
	}
	if row < 0 {
		t.Fatal("no Uncertain note on screen")
	}
	update(t, m, tea.MouseClickMsg{X: x, Y: row, Button: tea.MouseLeft})
	if d.sel != 2 {
		t.Errorf("click on the Uncertain note selected %d, want 2", d.sel)
	}
	long := openModel(t, 120, 30, longStory(t, 4, false))
	long = update(t, long, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if got := long.current().vp.YOffset(); got != wheelStep {
		t.Errorf("wheel down: top %d, want %d", got, wheelStep)
	}
}

func TestNoMouseLeavesTheMouseToTheTerminal(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	if m.View().MouseMode != tea.MouseModeCellMotion {
		t.Error("mouse not captured by default")
	}
	m.opts.NoMouse = true
	if m.View().MouseMode != tea.MouseModeNone {
		t.Error("NoMouse still captures the mouse")
	}
}

func TestHelpShowsEveryEnabledKey(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	m = press(t, m, "?")
	screen := strings.Join(screenLines(m), "\n")
	for _, want := range []string{"next claim", "prev claim", "page down", "half up", "top", "bottom", "notes/text", "quit"} {
		if !strings.Contains(screen, want) {
			t.Errorf("full help lacks %q", want)
		}
	}
	if strings.Contains(screen, "next article") {
		t.Error("help lists article switching with one article open")
	}
	if len(screenLines(m)) != 40 {
		t.Errorf("full help view has %d rows, want 40", len(screenLines(m)))
	}
}

func TestQuitKeys(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := m.Update(keyMsg(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s does not quit", k)
		}
	}
}
