package ui

import "github.com/caveat-reader/caveat/reading"

// Store is what the reader remembers across runs, behind an interface so
// that ui knows nothing of the database: cmd/caveat adapts store.Store to
// it, tests use a fake, and a nil Store (--no-save) remembers nothing.
// Calls are made from the UI loop (Load from a command, off it); an error
// is shown in the footer and never stops the reader.
type Store interface {
	// Load records that d was opened and returns what was saved of it:
	// the reading position and the marks, each mark already moved onto
	// the span its flag has in d's analysis.
	Load(d reading.Doc) (reading.Saved, error)
	// SavePosition saves the byte offset (into d's analysed text) of the
	// text at the top of the pane.
	SavePosition(d reading.Doc, offset int) error
	// SaveMark saves m on d, replacing the mark on the same claim; a mark
	// with no state and no note clears it.
	SaveMark(d reading.Doc, m reading.Mark) error
}

// nextState is the state `m` cycles a mark to.
func nextState(s reading.State) reading.State {
	switch s {
	case reading.Unmarked:
		return reading.Checked
	case reading.Checked:
		return reading.Disputed
	}
	return reading.Unmarked
}
