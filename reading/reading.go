// Package reading holds the types of a reading session that the reader,
// the command and the store share: an article ready to read, the reader's
// marks on its claims, and what is remembered of it. It is data only, so
// that the command's non-interactive paths (analyze, export) and the store
// need neither ui nor each other's copies of these types.
package reading

import (
	"time"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
)

// Doc is one article ready to read: what articles loaded and model
// analysed.
type Doc struct {
	Article  *articles.Article
	Analysis *model.Analysis
}

// State is what the reader decided about a claim. The values are the
// strings of the JSON report and of the database.
type State string

const (
	Unmarked State = ""
	Checked  State = "checked"
	Disputed State = "disputed"
)

// Valid reports whether s is one of the three states.
func (s State) Valid() bool { return s == Unmarked || s == Checked || s == Disputed }

// Mark is the reader's mark and note on one claim (one flag). A claim is
// named by its flag's kind and span and by the sentence it sits in (its
// start and text), so a mark can find its claim again when the article or
// the detector changes.
type Mark struct {
	Kind model.Kind
	// Span is the flag's span: byte offsets into the article text.
	Span model.Span
	// SentenceStart is the byte offset of the flag's sentence, and
	// Sentence its text.
	SentenceStart int
	Sentence      string
	State         State
	// Note is one line; the store folds newlines to spaces.
	Note string
	// Updated is when the store last saved the mark (zero before).
	Updated time.Time
	// Edited is set, when marks are restored, on a mark that followed its
	// claim into a lightly edited sentence (the note says so); it is not
	// stored.
	Edited bool
}

// MarkOf is the unmarked Mark of flag i of a: its identity, from the
// analysis offsets, ready for a State or a Note.
func MarkOf(a *model.Analysis, i int) Mark {
	f := a.Flags[i]
	s := a.Sentences[f.Sentence]
	return Mark{Kind: f.Kind, Span: f.Span, SentenceStart: s.Start, Sentence: a.Text[s.Start:s.End]}
}

// Empty reports whether the mark carries nothing worth keeping.
func (m Mark) Empty() bool { return m.State == Unmarked && m.Note == "" }

// Saved is what the reader gets back of an article it opens: the reading
// position and the marks, each on its flag's current kind and span.
type Saved struct {
	// Position is the saved reading position, a byte offset into the
	// text; HasPosition is false when none was saved.
	Position    int
	HasPosition bool
	// Marks are the saved marks in text order; a mark naming no flag of
	// the analysis is ignored.
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
