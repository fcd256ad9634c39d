package store

import (
	"context"
	"database/sql"
	"fmt"
	"testing"

	"github.com/caveat-reader/caveat/model"
)

// benchStore is a database with a year of heavy reading: 1,000 articles
// with 20 marks each.
func benchStore(b *testing.B) (dir string, a *model.Analysis, rec ArticleRecord) {
	b.Helper()
	dir = b.TempDir()
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	text := ""
	var flags []model.Flag
	var sentences []model.Sentence
	for i := range 40 {
		line := fmt.Sprintf("Claim %d rests on what officials said.\n", i)
		sentences = append(sentences, model.Sentence{Span: model.Span{Start: len(text), End: len(text) + len(line) - 1}})
		at := len(text) + len(line) - len("officials said.\n")
		flags = append(flags, model.Flag{Kind: model.AnonymousSource, Span: model.Span{Start: at, End: at + 14}, Sentence: i, Source: -1})
		text += line
	}
	// One transaction for the whole setup: a commit per mark would spend
	// the benchmark's time in fsync before it starts.
	ctx := context.Background()
	err = s.tx(ctx, func(tx *sql.Tx) error {
		for n := range 1000 {
			t := fmt.Sprintf("Article %d.\n%s", n, text)
			an := &model.Analysis{Text: t, Flags: make([]model.Flag, len(flags)), Sentences: make([]model.Sentence, len(sentences))}
			off := len(t) - len(text)
			for i, f := range flags {
				f.Span.Start += off
				f.Span.End += off
				an.Flags[i] = f
			}
			for i, s := range sentences {
				an.Sentences[i] = model.Sentence{Span: model.Span{Start: s.Start + off, End: s.End + off}}
			}
			r := NewRecord(fmt.Sprintf("/bench/%d.txt", n), "Bench", t)
			if _, err := visit(ctx, tx, r, s.now()); err != nil {
				return err
			}
			for i := 0; i < 40; i += 2 {
				m := mark(an, i, Checked, "note")
				m.Updated = s.now()
				if err := upsertMark(ctx, tx, r.Hash, m, true); err != nil {
					return err
				}
			}
			a, rec = an, r
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return dir, a, rec
}

// BenchmarkOpen is the start-up cost of the store: the read-only
// inspection (quick_check reads every page) and the migration check.
func BenchmarkOpen(b *testing.B) {
	dir, _, _ := benchStore(b)
	b.ResetTimer()
	for range b.N {
		s, err := Open(dir)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkRestore is opening an article: visit, position, 20 marks
// attached to 40 flags.
func BenchmarkRestore(b *testing.B) {
	dir, a, rec := benchStore(b)
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	for range b.N {
		if _, err := s.Restore(rec, a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSetMark is one keypress of `m`: a durable transaction.
func BenchmarkSetMark(b *testing.B) {
	dir, a, rec := benchStore(b)
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	states := []State{Checked, Disputed}
	b.ResetTimer()
	for i := range b.N {
		if err := s.SetMark(rec.Hash, mark(a, 1, states[i%2], "")); err != nil {
			b.Fatal(err)
		}
	}
}
