package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/reading"
)

// typeText sends each rune of s as a key press, as a user typing.
func typeText(t testing.TB, m *Model, s string) *Model {
	t.Helper()
	for _, r := range s {
		k := string(r)
		if r == ' ' {
			k = "space"
		}
		m = press(t, m, k)
	}
	return m
}

func TestMCyclesTheSelectedClaimAndSavesEachChange(t *testing.T) {
	st := &fakeStore{}
	m := openWithStore(t, st, 120, 40, titled(storyDoc(t), "story"))
	if m.keys.Mark.Enabled() {
		t.Error("m is enabled with no claim selected")
	}
	m = press(t, m, "n", "n")
	d := m.current()
	f := d.selFlag()
	var states []reading.State
	for i := 0; i < 3; i++ {
		m = press(t, m, "m")
		states = append(states, d.markOfFlag(f).State)
	}
	if want := []reading.State{reading.Checked, reading.Disputed, reading.Unmarked}; !slices.Equal(states, want) {
		t.Errorf("m m m went %v, want %v", states, want)
	}
	if len(st.marks) != 3 {
		t.Fatalf("saved %d marks, want one per press", len(st.marks))
	}
	a := d.analysis()
	for i, mk := range st.marks {
		if mk.Kind != a.Flags[f].Kind || mk.Span != a.Flags[f].Span || mk.Sentence != a.SentenceText(a.Flags[f].Sentence) {
			t.Errorf("saved mark %d names %v %v %q, not the selected claim", i, mk.Kind, mk.Span, mk.Sentence)
		}
		if mk.State != states[i] {
			t.Errorf("saved mark %d state %q, want %q", i, mk.State, states[i])
		}
	}
}

func TestMarksShowInTheMargin(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	m = press(t, m, "n", "m", "n", "m", "m", "n")
	screen := strings.Join(screenLines(m), "\n")
	for _, want := range []string{"✓ ◌ Anonymous familiar", "⚑ ✕ Denial denied", "✓ 1 ⚑ 1"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
}

func TestEEditsTheNoteEnterSavesEscCancels(t *testing.T) {
	st := &fakeStore{}
	m := openWithStore(t, st, 120, 40, titled(storyDoc(t), "story"))
	m = press(t, m, "n", "e")
	if m.mode != modeNote {
		t.Fatalf("e: mode %v, want note", m.mode)
	}
	// q and n are text while typing, not quit and next.
	m = typeText(t, m, "quoted in two papers")
	if !strings.Contains(screenLines(m)[38], "note: quoted in two papers") {
		t.Errorf("footer does not show the note being typed: %q", screenLines(m)[38])
	}
	m = press(t, m, "enter")
	d := m.current()
	if m.mode != modeRead || d.markOfFlag(d.selFlag()).Note != "quoted in two papers" {
		t.Fatalf("enter: mode %v note %q", m.mode, d.markOfFlag(d.selFlag()).Note)
	}
	if len(st.marks) != 1 || st.marks[0].Note != "quoted in two papers" || st.marks[0].State != reading.Unmarked {
		t.Errorf("saved %+v, want the note alone", st.marks)
	}
	// The note shows under the claim's note once another is selected.
	m = press(t, m, "n")
	if screen := strings.Join(screenLines(m), "\n"); !strings.Contains(screen, "✎ quoted in two papers") {
		t.Errorf("margin lacks the note:\n%s", screen)
	}
	// e again edits it: prefilled; esc leaves it as it was.
	m = press(t, m, "N", "e")
	if m.input.Value() != "quoted in two papers" {
		t.Errorf("e on a noted claim starts with %q", m.input.Value())
	}
	m = typeText(t, m, " again")
	press(t, m, "esc")
	if got := d.markOfFlag(d.selFlag()).Note; got != "quoted in two papers" || len(st.marks) != 1 {
		t.Errorf("esc changed the note to %q (%d saves)", got, len(st.marks))
	}
}

// A mark that followed its claim into an edited sentence says so in the
// open note; an unedited one does not.
func TestOpenNoteSaysAMarkFollowedAnEdit(t *testing.T) {
	st := NewStyles(true, true)
	a := storyDoc(t).Analysis
	f := a.Flags[0]
	mk := reading.MarkOf(a, 0)
	mk.State = reading.Disputed
	plain := strings.Join(openNote(&st, a, f, mk, 40), "\n")
	mk.Edited = true
	edited := strings.Join(openNote(&st, a, f, mk, 40), "\n")
	if strings.Contains(plain, "changed") || !strings.Contains(edited, "△ changed") {
		t.Fatalf("note without edit:\n%s\nnote after edit:\n%s", plain, edited)
	}
}
