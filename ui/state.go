package ui

import (
	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
)

// Store is what the reader remembers across runs, behind an interface so
// that ui knows nothing of the database: cmd/caveat adapts store.Store to
// it, tests use a fake, and a nil Store (--no-save) remembers nothing.
// Calls are made from the UI loop (Load from a command, off it); an error
// is shown in the footer and never stops the reader.
type Store interface {
	// Load records that d was opened and returns what was saved of it:
	// the reading position and the marks, each mark already moved onto
	// the span its flag has in d's analysis.
	Load(d Doc) (Saved, error)
	// SavePosition saves the byte offset (into d's analysed text) of the
	// text at the top of the pane.
	SavePosition(d Doc, offset int) error
	// SaveMark saves m on d, replacing the mark on the same claim; a mark
	// with no state and no note clears it.
	SaveMark(d Doc, m Mark) error
}

// MarkState is what the reader decided about a claim. The values are the
// strings of the JSON report and of the store, so adapting is a cast.
type MarkState string

const (
	Unmarked MarkState = ""
	Checked  MarkState = "checked"
	Disputed MarkState = "disputed"
)

// next is the state `m` cycles to.
func (s MarkState) next() MarkState {
	switch s {
	case Unmarked:
		return Checked
	case Checked:
		return Disputed
	}
	return Unmarked
}

// Mark is the reader's mark and note on one claim. A claim is named by its
// flag's kind and span, and by the sentence it sits in (its start and
// text), so the store can find the claim again when the article or the
// detector changes.
type Mark struct {
	Kind          model.Kind
	Span          model.Span
	SentenceStart int
	Sentence      string
	State         MarkState
	// Note is one line.
	Note string
	// Edited: the claim's sentence was edited since the mark was made,
	// and the mark followed it (the note says so).
	Edited bool
}

// empty reports whether the mark carries nothing worth keeping.
func (m Mark) empty() bool { return m.State == Unmarked && m.Note == "" }

// markOf is the unmarked Mark of flag i: its identity, from the analysis
// offsets, ready for a state or a note.
func markOf(a *model.Analysis, i int) Mark {
	f := a.Flags[i]
	s := a.Sentences[f.Sentence]
	return Mark{Kind: f.Kind, Span: f.Span, SentenceStart: s.Start, Sentence: a.Text[s.Start:s.End]}
}

// Saved is what a Store remembers of an article as it is now.
type Saved struct {
	// Position is the saved reading position, a byte offset into the
	// text; HasPosition is false when none was saved.
	Position    int
	HasPosition bool
	// Marks are the saved marks, each on its flag's current kind and
	// span; a mark naming no flag of the analysis is ignored.
	Marks []Mark
	// Changed is set when the article's text changed since it was last
	// read; Kept marks of the previous version were carried over and
	// Dropped were not (their sentence is gone).
	Changed       bool
	Kept, Dropped int
	// Versions, when the article changed and its previous text was kept,
	// is what changed in its sourcing since then.
	Versions *compare.Versions
}
