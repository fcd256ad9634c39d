package ui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

func TestSavedPositionAndMarksAreRestored(t *testing.T) {
	long := titled(longStory(t, 6, false), "long")
	a := long.Analysis
	// Claim 7 (a denial, in part 4) was marked disputed with a note; the
	// reader had got to sentence 30, a few bytes in.
	f := 0
	for i := range a.Flags {
		if a.Flags[i].Kind == model.Denial {
			f = i
			if i > 6 {
				break
			}
		}
	}
	mk := reading.MarkOf(a, f)
	mk.State, mk.Note = reading.Disputed, "the office later confirmed it"
	pos := a.Sentences[30].Start + 5
	st := &fakeStore{saved: map[string]reading.Saved{"long": {Position: pos, HasPosition: true, Marks: []reading.Mark{mk}}}}
	m := openWithStore(t, st, 120, 30, long)
	d := m.current()
	if len(st.loads) != 1 || st.loads[0] != "long" {
		t.Fatalf("store loads = %v, want one of long", st.loads)
	}
	// Five bytes into sentence 30 is on its first line: that line is at
	// the top.
	if got, want := d.vp.YOffset(), d.r.pos[30].l0; got != want {
		t.Errorf("restored top line %d, want %d (sentence 30's first line)", got, want)
	}
	if got := d.marks[f]; got.State != reading.Disputed || got.Note != mk.Note {
		t.Errorf("mark on flag %d = %+v, want disputed with its note", f, got)
	}
	// Select that claim: its open note shows the mark and the note.
	for d.selFlag() != f {
		m = press(t, m, "n")
	}
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "⚑ disputed") || !strings.Contains(screen, "✎ the office later confirmed it") {
		t.Errorf("open note lacks the restored mark:\n%s", screen)
	}
}

func TestPositionRoundTripsAtTheSameWidth(t *testing.T) {
	st := &fakeStore{}
	m := openWithStore(t, st, 120, 30, titled(longStory(t, 6, false), "long"))
	m = press(t, m, "j", "j", "j", "j", "j", "j", "j")
	d := m.current()
	top, off := d.vp.YOffset(), d.topOffset()
	d.vp.SetYOffset(0)
	d.scrollToOffset(off)
	if d.vp.YOffset() != top {
		t.Errorf("offset %d of top line %d came back as line %d", off, top, d.vp.YOffset())
	}
}

func TestPositionSavedOnSwitchAndQuitNotOnKeys(t *testing.T) {
	st := &fakeStore{}
	m := openWithStore(t, st, 120, 30, titled(longStory(t, 6, false), "first"), titled(storyDoc(t), "second"))
	m = press(t, m, "space", "j", "n", "N")
	if len(st.positions) != 0 {
		t.Fatalf("position saved on reading keys: %v", st.positions)
	}
	want := m.current().topOffset()
	m = press(t, m, "]")
	if len(st.positions) != 1 || st.positions[0] != (savedPosition{"first", want}) {
		t.Fatalf("after ]: saved %v, want first at %d", st.positions, want)
	}
	_, cmd := m.Update(keyMsg("q"))
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("q does not quit")
	}
	if len(st.positions) != 2 || st.positions[1].title != "second" {
		t.Errorf("quit saved %v, want the second article's place", st.positions)
	}
}

func TestChangedArticleSaysSoInTheFooter(t *testing.T) {
	st := &fakeStore{saved: map[string]reading.Saved{"story": {Changed: true, Kept: 3, Dropped: 1}}}
	m := openWithStore(t, st, 120, 40, titled(storyDoc(t), "story"))
	screen := strings.Join(screenLines(m), "\n")
	want := "this article changed since you last read it; 3 marks kept, 1 dropped"
	if !strings.Contains(screen, want) {
		t.Fatalf("footer lacks %q:\n%s", want, screen)
	}
	m = press(t, m, "j")
	if strings.Contains(strings.Join(screenLines(m), "\n"), want) {
		t.Error("the notice stays after a key")
	}
}

func TestStoreErrorsShowInTheFooterAndNeverStopTheReader(t *testing.T) {
	st := &fakeStore{loadErr: errors.New("database is locked"), saveErr: errors.New("disk full")}
	m := openWithStore(t, st, 120, 40, titled(storyDoc(t), "story"))
	if screen := strings.Join(screenLines(m), "\n"); !strings.Contains(screen, "could not restore saved marks: database is locked") {
		t.Errorf("load error not shown:\n%s", screen)
	}
	m = press(t, m, "n", "m")
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "could not save the mark: disk full") {
		t.Errorf("save error not shown:\n%s", screen)
	}
	if m.current().marks[m.current().selFlag()].State != reading.Checked {
		t.Error("the mark was lost from the screen when saving failed")
	}
}

// panicStore panics on every call, as a broken adapter might.
type panicStore struct{}

func (panicStore) Load(reading.Doc) (reading.Saved, error)  { panic("load exploded") }
func (panicStore) SavePosition(reading.Doc, int) error      { panic("position exploded") }
func (panicStore) SaveMark(reading.Doc, reading.Mark) error { panic("mark exploded") }

func TestPanickingStoreIsAnError(t *testing.T) {
	m := openWithStore(t, panicStore{}, 120, 40, titled(storyDoc(t), "story"))
	m = press(t, m, "n", "m")
	if !strings.Contains(m.flash, "mark exploded") {
		t.Errorf("flash = %q, want the save panic as an error", m.flash)
	}
	_, cmd := m.Update(keyMsg("q"))
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q does not quit when saving the position panics")
	}
}

func TestNoStoreSavesNothingAndStillMarks(t *testing.T) {
	m := press(t, openModel(t, 120, 40, storyDoc(t)), "n", "m", "m")
	if got := m.current().marks[m.current().selFlag()].State; got != reading.Disputed {
		t.Errorf("m m without a store = %q, want disputed", got)
	}
}
