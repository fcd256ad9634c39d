package store

import (
	"testing"

	"github.com/caveat-reader/caveat/model"
)

func TestAttachPrefersTheNearestCopyOfARepeatedSentence(t *testing.T) {
	text := "Officials said so.\nA pause.\nOfficials said so.\n"
	a := fixture(t, text,
		flagAt{model.AnonymousSource, 0, "Officials said"},
		flagAt{model.AnonymousSource, 2, "Officials said"})
	saved := mark(a, 1, Disputed, "the second one")
	// The text gains a line at the top: both copies move down by it.
	text2 := "New line.\n" + text
	b := fixture(t, text2,
		flagAt{model.AnonymousSource, 1, "Officials said"},
		flagAt{model.AnonymousSource, 3, "Officials said"})
	kept, lost := Attach(b, []Mark{saved})
	if len(lost) != 0 || len(kept) != 1 || kept[0].Flag != 1 {
		t.Fatalf("got kept %+v lost %+v, want the second copy (flag 1)", kept, lost)
	}
}

func TestAttachLosesAMarkWhoseKindIsNoLongerFlagged(t *testing.T) {
	a := storyAnalysis(t, story)
	saved := mark(a, 3, Checked, "")
	b := fixture(t, story, flagAt{model.Denial, 3, "could be signed"})
	if kept, lost := Attach(b, []Mark{saved}); len(kept) != 0 || len(lost) != 1 {
		t.Errorf("an uncertainty mark went to a denial flag: kept %+v", kept)
	}
}

func TestAttachGivesEachFlagOneMark(t *testing.T) {
	a := storyAnalysis(t, story)
	one, two := mark(a, 1, Checked, "one"), mark(a, 1, Disputed, "two")
	two.Span.Start++ // an older detector's narrower span on the same claim
	kept, lost := Attach(a, []Mark{two, one})
	if len(kept) != 1 || kept[0].Saved.Note != "one" || len(lost) != 1 {
		t.Errorf("exact match should win the flag: kept %+v lost %+v", kept, lost)
	}
}

func TestRestoreReSavesAMarkWhenTheDetectorMovesItsSpan(t *testing.T) {
	s := openAt(t, t.TempDir())
	defer s.Close()
	a, rec := visitStory(t, s)
	must(t, s.SetMark(rec.Hash, mark(a, 1, Checked, "kept")))
	// Same text, a detector that now flags only the cue.
	b := fixture(t, story, flagAt{model.AnonymousSource, 1, "speaking on condition of anonymity"})
	got, err := s.Restore(rec, b)
	must(t, err)
	if got.Marks[0].Note != "kept" || got.Marks[0].Span != b.Flags[0].Span {
		t.Fatalf("mark not moved to the new span: %+v", got.Marks)
	}
	ms, err := s.Marks(rec.Hash)
	must(t, err)
	if len(ms) != 1 || ms[0].Span != b.Flags[0].Span {
		t.Errorf("stored marks after the move: %+v", ms)
	}
	// Marking the claim again through its new identity replaces, not adds.
	must(t, s.SetMark(rec.Hash, mark(b, 0, Disputed, "kept")))
	ms, err = s.Marks(rec.Hash)
	must(t, err)
	if len(ms) != 1 || ms[0].State != Disputed {
		t.Errorf("after re-marking: %+v", ms)
	}
}

func TestUnattachedMarksStaySaved(t *testing.T) {
	s := openAt(t, t.TempDir())
	defer s.Close()
	a, rec := visitStory(t, s)
	must(t, s.SetMark(rec.Hash, mark(a, 2, Disputed, "")))
	got, err := s.Restore(rec, fixture(t, story)) // a detector that flags nothing
	must(t, err)
	if len(got.Unattached) != 1 {
		t.Errorf("want the orphaned mark reported, got %+v", got)
	}
	got, err = s.Restore(rec, a) // and the old detector finds it again
	must(t, err)
	if got.Marks[2].State != Disputed {
		t.Errorf("orphaned mark was dropped: %+v", got.Marks)
	}
}

// A mark follows its claim into a lightly edited sentence, marked Edited;
// a sentence rewritten beyond recognition loses it.
func TestAttachFollowsALightlyEditedSentence(t *testing.T) {
	text := "Bridge to close.\nThe bridge will close in spring, a senior official said.\nRepairs start in May.\n"
	a := fixture(t, text, flagAt{model.AnonymousSource, 1, "a senior official said"})
	saved := mark(a, 0, Disputed, "who?")

	edited := "Bridge to close.\nA new line.\nThe harbour bridge will close in spring, a senior city official said on Monday.\nRepairs start in May.\n"
	b := fixture(t, edited, flagAt{model.AnonymousSource, 2, "a senior city official said"})
	kept, lost := Attach(b, []Mark{saved})
	if len(lost) != 0 || len(kept) != 1 || kept[0].Flag != 0 || !kept[0].Edited {
		t.Fatalf("edited sentence: kept %+v lost %+v", kept, lost)
	}
	if m := kept[0].Current(b); !m.Edited || m.Note != "who?" || m.State != Disputed {
		t.Fatalf("current mark %+v", m)
	}

	rewritten := "Bridge to close.\nOfficials said nothing about dates, an aide said.\nRepairs start in May.\n"
	c := fixture(t, rewritten, flagAt{model.AnonymousSource, 1, "an aide said"})
	if kept, lost := Attach(c, []Mark{saved}); len(kept) != 0 || len(lost) != 1 {
		t.Fatalf("rewritten sentence: kept %+v lost %+v", kept, lost)
	}
}
