package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/caveat-reader/caveat/model"
)

// Saved is what the store remembers of an article as it is now.
type Saved struct {
	// Position is the saved reading position (a byte offset into the
	// text); HasPosition is false if there is none.
	Position    int
	HasPosition bool
	// Marks are the saved marks found on the analysis's flags, by flag
	// index, each with the flag's current span.
	Marks map[int]Mark
	// Unattached are marks saved on this very text that no flag carries
	// any more (the detector changed). They stay in the database.
	Unattached []Mark
	// Changed is set when this text is new but its source was read
	// before with other text.
	Changed *Change
}

// Change says an article changed since it was last read.
type Change struct {
	Previous ArticleRecord
	// Kept counts the previous version's marks carried over; Lost are
	// those whose sentence is gone or no longer flagged.
	Kept int
	Lost []Mark
}

// Total is how many marks the previous version had.
func (c Change) Total() int { return c.Kept + len(c.Lost) }

// String is the line the reader shows.
func (c Change) String() string {
	when := c.Previous.LastRead.Format("2 Jan 2006")
	if c.Total() == 0 {
		return fmt.Sprintf("this article changed since you last read it (%s)", when)
	}
	return fmt.Sprintf("this article changed since you last read it (%s); %d of %d marks kept", when, c.Kept, c.Total())
}

// Restore records a visit to the article rec (whose analysis is a) and
// returns what was saved of it, all in one transaction. When the text is
// new but the source was read before, the previous version's marks whose
// claims still exist are carried over and saved on the new text, and its
// reading position is kept as a near guess. Marks whose flag moved (the
// detector changed) are re-saved on the flag's current span.
func (s *Store) Restore(rec ArticleRecord, a *model.Analysis) (Saved, error) {
	ctx := context.Background()
	var out Saved
	err := s.tx(ctx, func(tx *sql.Tx) error {
		isNew, err := visit(ctx, tx, rec, s.now())
		if err != nil {
			return err
		}
		r, err := recall(ctx, tx, rec, a, isNew)
		if err != nil {
			return err
		}
		out = r.saved
		for _, at := range r.moved {
			if err := deleteMark(ctx, tx, rec.Hash, at.Saved); err != nil {
				return err
			}
			if err := upsertMark(ctx, tx, rec.Hash, at.Current(a), true); err != nil {
				return err
			}
		}
		for _, at := range r.carried {
			if err := upsertMark(ctx, tx, rec.Hash, at.Current(a), false); err != nil {
				return err
			}
		}
		if r.carriedPosition {
			_, err = tx.ExecContext(ctx, "UPDATE articles SET position = ? WHERE hash = ? AND position IS NULL", out.Position, rec.Hash)
		}
		return err
	})
	return out, err
}

// Recall is Restore without writing anything: for reports, and for a
// private (--no-save) session that still shows what was saved.
func (s *Store) Recall(rec ArticleRecord, a *model.Analysis) (Saved, error) {
	ctx := context.Background()
	var one int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE hash = ?", rec.Hash).Scan(&one)
	if err != nil {
		return Saved{}, s.wrap(err)
	}
	r, err := recall(ctx, s.db, rec, a, one == 0)
	return r.saved, s.wrap(err)
}

// recalled is what recall found, and what Restore must write back.
type recalled struct {
	saved Saved
	// moved are marks of this text whose flag's span changed; carried
	// are marks of the previous version found in this one.
	moved, carried  []Attached
	carriedPosition bool
}

func recall(ctx context.Context, q querier, rec ArticleRecord, a *model.Analysis, isNew bool) (recalled, error) {
	var r recalled
	r.saved.Marks = map[int]Mark{}
	pos, ok, err := position(ctx, q, rec.Hash)
	if err != nil {
		return r, err
	}
	r.saved.Position, r.saved.HasPosition = pos, ok
	own, err := marks(ctx, q, rec.Hash)
	if err != nil {
		return r, err
	}
	kept, lost := Attach(a, own)
	r.saved.Unattached = lost
	for _, at := range kept {
		cur := at.Current(a)
		r.saved.Marks[at.Flag] = cur
		if cur.Span != at.Saved.Span || cur.SentenceStart != at.Saved.SentenceStart {
			r.moved = append(r.moved, at)
		}
	}
	if !isNew {
		return r, nil
	}
	prev, ok, err := previous(ctx, q, rec.Source, rec.Hash)
	if err != nil || !ok {
		return r, err
	}
	old, err := marks(ctx, q, prev.Hash)
	if err != nil {
		return r, err
	}
	carried, gone := Attach(a, old)
	for _, at := range carried {
		if _, mine := r.saved.Marks[at.Flag]; !mine {
			r.saved.Marks[at.Flag] = at.Current(a)
			r.carried = append(r.carried, at)
		}
	}
	r.saved.Changed = &Change{Previous: prev, Kept: len(carried), Lost: gone}
	if oldPos, ok, err := position(ctx, q, prev.Hash); err != nil {
		return r, err
	} else if ok && !r.saved.HasPosition {
		// A byte offset into other text: near the right place when the
		// article was edited lightly. It is moved back to a line start so
		// it never splits a character.
		r.saved.Position, r.saved.HasPosition = lineStart(a.Text, oldPos), true
		r.carriedPosition = true
	}
	return r, nil
}

// lineStart is the start of the line holding byte offset off (clamped to
// the text).
func lineStart(text string, off int) int {
	off = min(max(off, 0), len(text))
	for off > 0 && text[off-1] != '\n' {
		off--
	}
	return off
}
