package store

import (
	"strings"
	"testing"
	"time"

	"github.com/caveat-reader/caveat/model"
)

// flagAt asks for a flag of kind on the first occurrence of phrase in the
// line-th line (0-based) of a fixture text.
type flagAt struct {
	kind   model.Kind
	line   int
	phrase string
}

// fixture builds an Analysis by hand: one sentence per non-empty line, and
// the flags asked for. Tests build it themselves so that they do not move
// when the detector improves.
func fixture(t *testing.T, text string, flags ...flagAt) *model.Analysis {
	t.Helper()
	a := &model.Analysis{Text: text}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(line, "\n")
		if strings.TrimSpace(body) != "" {
			a.Sentences = append(a.Sentences, model.Sentence{Span: model.Span{Start: start, End: start + len(body)}})
		}
		start += len(line)
	}
	for _, f := range flags {
		if f.line >= len(a.Sentences) {
			t.Fatalf("fixture: no line %d", f.line)
		}
		s := a.Sentences[f.line]
		i := strings.Index(text[s.Start:s.End], f.phrase)
		if i < 0 {
			t.Fatalf("fixture: %q not in line %d", f.phrase, f.line)
		}
		sp := model.Span{Start: s.Start + i, End: s.Start + i + len(f.phrase)}
		a.Flags = append(a.Flags, model.Flag{Kind: f.kind, Span: sp, Cue: sp, Sentence: f.line, Rule: "test", Source: -1})
	}
	return a
}

// openAt opens a store in dir with a clock that ticks a second per call,
// so "newest first" is decided by the test, not by the machine's speed.
func openAt(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	clock := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { clock = clock.Add(time.Second); return clock }
	return s
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// mark is flag i of a with a state and note.
func mark(a *model.Analysis, i int, st State, note string) Mark {
	m := MarkOf(a, i)
	m.State, m.Note = st, note
	return m
}

const story = `Talks stalled on Friday, officials said.
A senior diplomat, speaking on condition of anonymity, said the deal was close.
The ministry denied the report as baseless.
The agreement could be signed next week.
`

// visitStory opens the story in s as the reader would.
func visitStory(t *testing.T, s *Store) (*model.Analysis, ArticleRecord) {
	t.Helper()
	a := storyAnalysis(t, story)
	rec := NewRecord("/s.txt", "Talks", story)
	_, err := s.Restore(rec, a)
	must(t, err)
	return a, rec
}
