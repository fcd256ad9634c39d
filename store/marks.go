package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// State and Mark are the reading session's (package reading): the store
// keeps the reader's marks as they are, so nothing is copied field by
// field between the reader and the database.
type (
	State = reading.State
	Mark  = reading.Mark
)

const (
	Unmarked = reading.Unmarked
	Checked  = reading.Checked
	Disputed = reading.Disputed
)

// MarkOf is the unmarked Mark of flag i of a (reading.MarkOf).
func MarkOf(a *model.Analysis, i int) Mark { return reading.MarkOf(a, i) }

// sentenceHash identifies a mark's sentence by its words: whitespace is
// folded first, so rewrapping the article does not lose the mark.
func sentenceHash(s string) string {
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(s), " ")))
	return hex.EncodeToString(sum[:16])
}

// Marks are the marks saved on article hash, in text order.
func (s *Store) Marks(hash string) ([]Mark, error) {
	ms, err := marks(context.Background(), s.db, hash)
	return ms, s.wrap(err)
}

func marks(ctx context.Context, q querier, hash string) ([]Mark, error) {
	rows, err := q.QueryContext(ctx, `SELECT kind, start, "end", sentence_start, sentence, state, note, updated
		FROM marks WHERE article = ? ORDER BY start, "end", kind`, hash)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Mark
	for rows.Next() {
		var m Mark
		var updated int64
		if err := rows.Scan(&m.Kind, &m.Span.Start, &m.Span.End, &m.SentenceStart, &m.Sentence, &m.State, &m.Note, &updated); err != nil {
			return nil, err
		}
		m.Updated = time.UnixMilli(updated)
		out = append(out, m)
	}
	return out, rows.Err()
}

// SetMark saves m on article hash, replacing the mark on the same claim
// (same kind and span). A mark with no state and no note is cleared.
func (s *Store) SetMark(hash string, m Mark) error {
	if !m.State.Valid() {
		return fmt.Errorf("invalid mark state %q", m.State)
	}
	m.Note = oneLine(m.Note)
	m.Updated = s.now()
	ctx := context.Background()
	return s.tx(ctx, func(tx *sql.Tx) error {
		if m.Empty() {
			return deleteMark(ctx, tx, hash, m)
		}
		return upsertMark(ctx, tx, hash, m, true)
	})
}

// ClearMark removes the mark on the claim m identifies.
func (s *Store) ClearMark(hash string, m Mark) error {
	ctx := context.Background()
	return s.tx(ctx, func(tx *sql.Tx) error { return deleteMark(ctx, tx, hash, m) })
}

// upsertMark writes m. replace says whether an existing mark on the same
// claim is overwritten (the reader's own edit) or kept (carrying marks
// over from an older version must not undo what another window just did).
func upsertMark(ctx context.Context, tx *sql.Tx, hash string, m Mark, replace bool) error {
	var exists int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE hash = ?", hash).Scan(&exists); err != nil {
		return err
	}
	if exists == 0 {
		return ErrUnknownArticle
	}
	conflict := "DO NOTHING"
	if replace {
		conflict = `DO UPDATE SET sentence_start = excluded.sentence_start, sentence_hash = excluded.sentence_hash,
			sentence = excluded.sentence, state = excluded.state, note = excluded.note, updated = excluded.updated`
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO marks (article, kind, start, "end", sentence_start, sentence_hash, sentence, state, note, updated)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article, kind, start, "end") `+conflict,
		hash, string(m.Kind), m.Span.Start, m.Span.End, m.SentenceStart, sentenceHash(m.Sentence), m.Sentence,
		string(m.State), m.Note, m.Updated.UnixMilli())
	return err
}

func deleteMark(ctx context.Context, tx *sql.Tx, hash string, m Mark) error {
	_, err := tx.ExecContext(ctx, `DELETE FROM marks WHERE article = ? AND kind = ? AND start = ? AND "end" = ?`,
		hash, string(m.Kind), m.Span.Start, m.Span.End)
	return err
}

// oneLine folds a note to one line: the margin shows it on one.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
