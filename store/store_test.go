package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model"
)

func storyAnalysis(t *testing.T, text string) *model.Analysis {
	return fixture(t, text,
		flagAt{model.AnonymousSource, 0, "officials said"},
		flagAt{model.AnonymousSource, 1, "A senior diplomat, speaking on condition of anonymity"},
		flagAt{model.Denial, 2, "denied the report"},
		flagAt{model.Uncertainty, 3, "could be signed"},
	)
}

func TestMarksAndPositionSurviveRestart(t *testing.T) {
	dir := t.TempDir()
	a := storyAnalysis(t, story)
	rec := NewRecord("/news/story.txt", "Talks", story)

	s := openAt(t, dir)
	got, err := s.Restore(rec, a)
	must(t, err)
	if got.HasPosition || len(got.Marks) != 0 || got.Changed != nil {
		t.Fatalf("first visit: want nothing saved, got %+v", got)
	}
	must(t, s.SetMark(rec.Hash, mark(a, 1, Checked, "confirmed with\ntwo others")))
	must(t, s.SetMark(rec.Hash, mark(a, 2, Disputed, "")))
	must(t, s.SetMark(rec.Hash, mark(a, 3, Unmarked, "ask the ministry")))
	must(t, s.SavePosition(rec.Hash, a.Sentences[2].Start))
	must(t, s.Close())

	s = openAt(t, dir)
	defer s.Close()
	got, err = s.Restore(rec, a)
	must(t, err)
	if !got.HasPosition || got.Position != a.Sentences[2].Start {
		t.Errorf("position: got %d (saved %v), want %d", got.Position, got.HasPosition, a.Sentences[2].Start)
	}
	want := map[int]struct {
		st   State
		note string
	}{1: {Checked, "confirmed with two others"}, 2: {Disputed, ""}, 3: {Unmarked, "ask the ministry"}}
	if len(got.Marks) != len(want) {
		t.Fatalf("marks: got %d, want %d: %+v", len(got.Marks), len(want), got.Marks)
	}
	for f, w := range want {
		m, ok := got.Marks[f]
		if !ok || m.State != w.st || m.Note != w.note || m.Span != a.Flags[f].Span {
			t.Errorf("flag %d: got %+v (found %v), want state %q note %q", f, m, ok, w.st, w.note)
		}
	}
}

func TestClearingAMarkForgetsIt(t *testing.T) {
	s := openAt(t, t.TempDir())
	defer s.Close()
	a, rec := visitStory(t, s)
	must(t, s.SetMark(rec.Hash, mark(a, 0, Checked, "")))
	must(t, s.SetMark(rec.Hash, mark(a, 1, Checked, "")))
	must(t, s.SetMark(rec.Hash, mark(a, 0, Unmarked, ""))) // cycled back: nothing left to keep
	must(t, s.ClearMark(rec.Hash, MarkOf(a, 1)))
	ms, err := s.Marks(rec.Hash)
	must(t, err)
	if len(ms) != 0 {
		t.Errorf("want no marks left, got %+v", ms)
	}
}

func TestWritesForUnvisitedArticleAreRefused(t *testing.T) {
	s := openAt(t, t.TempDir())
	defer s.Close()
	a := storyAnalysis(t, story)
	if err := s.SavePosition(Hash(story), 10); !errors.Is(err, ErrUnknownArticle) {
		t.Errorf("SavePosition: got %v, want ErrUnknownArticle", err)
	}
	if err := s.SetMark(Hash(story), mark(a, 0, Checked, "")); !errors.Is(err, ErrUnknownArticle) {
		t.Errorf("SetMark: got %v, want ErrUnknownArticle", err)
	}
	if err := s.SetMark(Hash(story), mark(a, 0, "maybe", "")); err == nil {
		t.Error("SetMark accepted an unknown state")
	}
}

func TestChangedArticleKeepsMarksWhoseSentenceStillExists(t *testing.T) {
	s := openAt(t, t.TempDir())
	defer s.Close()
	old := storyAnalysis(t, story)
	oldRec := NewRecord("https://example.org/talks", "Talks", story)
	_, err := s.Restore(oldRec, old)
	must(t, err)
	must(t, s.SetMark(oldRec.Hash, mark(old, 1, Checked, "two sources")))     // sentence kept, moved down
	must(t, s.SetMark(oldRec.Hash, mark(old, 2, Disputed, "")))               // sentence edited
	must(t, s.SetMark(oldRec.Hash, mark(old, 3, Checked, "date is a guess"))) // sentence kept, rewrapped
	must(t, s.SavePosition(oldRec.Hash, old.Sentences[1].Start+5))

	// The update adds a lead line, edits the denial's wording, and
	// rewraps the last sentence: the diplomat's sentence moved by a whole
	// line.
	updated := "UPDATE: talks resumed on Saturday.\n" +
		"Talks stalled on Friday, officials said.\n" +
		"A senior diplomat, speaking on condition of anonymity, said the deal was close.\n" +
		"The ministry rejected the report entirely.\n" +
		"The agreement   could be signed\tnext week.\n"
	a := fixture(t, updated,
		flagAt{model.AnonymousSource, 1, "officials said"},
		flagAt{model.AnonymousSource, 2, "A senior diplomat, speaking on condition of anonymity"},
		flagAt{model.Denial, 3, "rejected the report"},
		flagAt{model.Uncertainty, 4, "could be signed"},
	)
	rec := NewRecord("https://example.org/talks", "Talks (updated)", updated)
	got, err := s.Restore(rec, a)
	must(t, err)
	if got.Changed == nil {
		t.Fatal("want the change reported")
	}
	if got.Changed.Kept != 3 || got.Changed.Total() != 3 || len(got.Changed.Lost) != 0 {
		t.Errorf("change: got kept %d of %d, lost %+v", got.Changed.Kept, got.Changed.Total(), got.Changed.Lost)
	}
	if !strings.Contains(got.Changed.String(), "3 of 3 marks kept") {
		t.Errorf("message %q", got.Changed.String())
	}
	if m := got.Marks[1]; m.State != Checked || m.Note != "two sources" || m.Span != a.Flags[1].Span {
		t.Errorf("diplomat mark not re-attached to its new span: %+v", m)
	}
	if m := got.Marks[3]; m.State != Checked || m.Span != a.Flags[3].Span {
		t.Errorf("rewrapped sentence's mark not re-attached: %+v", m)
	}
	if m := got.Marks[2]; m.State != Disputed || !m.Edited || m.Span != a.Flags[2].Span {
		t.Errorf("the edited denial's mark should follow it, badged edited: %+v", m)
	}
	if got.Marks[1].Edited || got.Marks[3].Edited {
		t.Error("marks on unchanged sentences are badged edited")
	}
	if !got.HasPosition || got.Position != a.Sentences[1].Start {
		t.Errorf("position carried over: got %d (%v), want the line start %d", got.Position, got.HasPosition, a.Sentences[1].Start)
	}

	// The carried marks are now saved on the new text, and the old
	// version keeps its own.
	must(t, s.Close())
	s = openAt(t, filepath.Dir(s.Path()))
	again, err := s.Restore(rec, a)
	must(t, err)
	if again.Changed != nil || len(again.Marks) != 3 {
		t.Errorf("second visit of the new version: got changed %v, %d marks", again.Changed, len(again.Marks))
	}
	oldMarks, err := s.Marks(oldRec.Hash)
	must(t, err)
	if len(oldMarks) != 3 {
		t.Errorf("old version lost its marks: %d left", len(oldMarks))
	}
}

func TestStandardInputIsNeverAVersionOfAnotherPipe(t *testing.T) {
	s := openAt(t, t.TempDir())
	defer s.Close()
	a := storyAnalysis(t, story)
	first := NewRecord("-", "Talks", story)
	_, err := s.Restore(first, a)
	must(t, err)
	must(t, s.SetMark(first.Hash, mark(a, 0, Checked, "")))
	other := "Another story entirely.\n"
	got, err := s.Restore(NewRecord("-", "Other", other), fixture(t, other))
	must(t, err)
	if got.Changed != nil {
		t.Errorf("two pipes taken for versions of one article: %v", got.Changed)
	}
}

func TestMovedFileKeepsItsMarks(t *testing.T) {
	s := openAt(t, t.TempDir())
	defer s.Close()
	a := storyAnalysis(t, story)
	_, err := s.Restore(NewRecord("/old/place.txt", "Talks", story), a)
	must(t, err)
	must(t, s.SetMark(Hash(story), mark(a, 2, Disputed, "")))
	got, err := s.Restore(NewRecord("/new/place.txt", "Talks", story), a)
	must(t, err)
	if got.Marks[2].State != Disputed {
		t.Errorf("moved file lost its mark: %+v", got.Marks)
	}
	h, err := s.History()
	must(t, err)
	if len(h) != 1 || h[0].Source != "/new/place.txt" {
		t.Errorf("history: want one entry at the new place, got %+v", h)
	}
}

func TestHistoryNewestFirstWithCounts(t *testing.T) {
	s := openAt(t, t.TempDir())
	defer s.Close()
	texts := []string{"First story.\n", "Second story.\n", story}
	for i, text := range texts {
		_, err := s.Restore(NewRecord("/s/"+string(rune('a'+i)), "T", text), fixture(t, text))
		must(t, err)
	}
	a := storyAnalysis(t, story)
	must(t, s.SetMark(Hash(story), mark(a, 0, Checked, "n")))
	must(t, s.SetMark(Hash(story), mark(a, 1, Unmarked, "note only")))
	// Reading the first again makes it the newest.
	_, err := s.Restore(NewRecord("/s/a", "T", texts[0]), fixture(t, texts[0]))
	must(t, err)
	h, err := s.History()
	must(t, err)
	var order []string
	for _, r := range h {
		order = append(order, r.Source)
	}
	if strings.Join(order, " ") != "/s/a /s/c /s/b" {
		t.Errorf("order %v, want /s/a /s/c /s/b", order)
	}
	if h[1].Marked != 1 || h[1].Notes != 2 || h[1].Words != len(strings.Fields(story)) {
		t.Errorf("counts: %+v", h[1])
	}
	if !h[0].LastRead.After(h[0].FirstSeen) {
		t.Errorf("re-read article: last read %v not after first seen %v", h[0].LastRead, h[0].FirstSeen)
	}
}

func TestRecallWritesNothing(t *testing.T) {
	dir := t.TempDir()
	s := openAt(t, dir)
	a := storyAnalysis(t, story)
	rec := NewRecord("/n/s.txt", "Talks", story)
	_, err := s.Restore(rec, a)
	must(t, err)
	must(t, s.SetMark(rec.Hash, mark(a, 0, Checked, "")))
	updated := "New lead.\n" + story
	b := fixture(t, updated, flagAt{model.AnonymousSource, 1, "officials said"})
	newRec := NewRecord("/n/s.txt", "Talks", updated)
	got, err := s.Recall(newRec, b)
	must(t, err)
	if got.Changed == nil || got.Marks[0].State != Checked {
		t.Errorf("recall of a new version: %+v", got)
	}
	h, err := s.History()
	must(t, err)
	if len(h) != 1 {
		t.Errorf("Recall recorded a visit: %d articles", len(h))
	}
	must(t, s.Close())
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Fatal(err)
	}
}
