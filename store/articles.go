package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"strings"
	"time"
)

// ArticleRecord is one article caveat has opened.
type ArticleRecord struct {
	// Hash identifies the article: the SHA-256 of its text, in hex.
	Hash string
	// Source is where it was opened from (an absolute path, a URL). A
	// later article with the same Source and another Hash is a new
	// version of this one.
	Source string
	Title  string
	Words  int
	// FirstSeen and LastRead are filled by the store.
	FirstSeen, LastRead time.Time
	// Marked counts the claims marked checked or disputed; Notes the
	// claims with a note. Filled by History.
	Marked, Notes int
}

// Hash is an article's identity: the SHA-256 of its text, in hex.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// NewRecord describes an article for Visit.
func NewRecord(source, title, text string) ArticleRecord {
	return ArticleRecord{Hash: Hash(text), Source: source, Title: title, Words: len(strings.Fields(text))}
}

// Versioned reports whether a source names one place whose article can
// change. Standard input ("-") and an unnamed source are a new article
// every time: two different pipes are not versions of each other.
func Versioned(source string) bool {
	return source != "" && source != "-"
}

// Visit records that the article was opened now.
func (s *Store) Visit(rec ArticleRecord) error {
	ctx := context.Background()
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := visit(ctx, tx, rec, s.now())
		return err
	})
}

// visit upserts the article's row and reports whether it is new.
func visit(ctx context.Context, tx *sql.Tx, rec ArticleRecord, now time.Time) (isNew bool, err error) {
	var one int
	err = tx.QueryRowContext(ctx, "SELECT 1 FROM articles WHERE hash = ?", rec.Hash).Scan(&one)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return false, err
	}
	isNew = errors.Is(err, sql.ErrNoRows)
	ms := now.UnixMilli()
	_, err = tx.ExecContext(ctx, `INSERT INTO articles (hash, source, title, words, first_seen, last_read)
		VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (hash) DO UPDATE SET source = excluded.source, title = excluded.title,
			words = excluded.words, last_read = excluded.last_read`,
		rec.Hash, rec.Source, rec.Title, rec.Words, ms, ms)
	return isNew, err
}

// Position is the saved reading position of an article: the byte offset
// of the text at the top of the pane, which means the same place at any
// terminal width. ok is false if none was saved.
func (s *Store) Position(hash string) (offset int, ok bool, err error) {
	return position(context.Background(), s.db, hash)
}

func position(ctx context.Context, q querier, hash string) (int, bool, error) {
	var pos sql.NullInt64
	err := q.QueryRowContext(ctx, "SELECT position FROM articles WHERE hash = ?", hash).Scan(&pos)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return int(pos.Int64), pos.Valid, err
}

// SavePosition saves the reading position of a visited article.
func (s *Store) SavePosition(hash string, offset int) error {
	ctx := context.Background()
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE articles SET position = ? WHERE hash = ?", max(offset, 0), hash)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrUnknownArticle
		}
		return nil
	})
}

// History is every article opened, most recently read first.
func (s *Store) History() ([]ArticleRecord, error) {
	ctx := context.Background()
	rows, err := s.db.QueryContext(ctx, `SELECT a.hash, a.source, a.title, a.words, a.first_seen, a.last_read,
			(SELECT count(*) FROM marks m WHERE m.article = a.hash AND m.state != ''),
			(SELECT count(*) FROM marks m WHERE m.article = a.hash AND m.note != '')
		FROM articles a ORDER BY a.last_read DESC, a.rowid DESC`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []ArticleRecord
	for rows.Next() {
		var r ArticleRecord
		var first, last int64
		if err := rows.Scan(&r.Hash, &r.Source, &r.Title, &r.Words, &first, &last, &r.Marked, &r.Notes); err != nil {
			return nil, s.wrap(err)
		}
		r.FirstSeen, r.LastRead = time.UnixMilli(first), time.UnixMilli(last)
		out = append(out, r)
	}
	return out, s.wrap(rows.Err())
}

// Previous is the most recently read other version of source: the same
// place with different text. ok is false if there is none, or if source
// is not Versioned.
func (s *Store) Previous(source, hash string) (rec ArticleRecord, ok bool, err error) {
	rec, ok, err = previous(context.Background(), s.db, source, hash)
	return rec, ok, s.wrap(err)
}

func previous(ctx context.Context, q querier, source, hash string) (ArticleRecord, bool, error) {
	var r ArticleRecord
	if !Versioned(source) {
		return r, false, nil
	}
	var first, last int64
	err := q.QueryRowContext(ctx, `SELECT hash, source, title, words, first_seen, last_read FROM articles
		WHERE source = ? AND hash != ? ORDER BY last_read DESC, rowid DESC LIMIT 1`, source, hash).
		Scan(&r.Hash, &r.Source, &r.Title, &r.Words, &first, &last)
	if errors.Is(err, sql.ErrNoRows) {
		return r, false, nil
	}
	if err != nil {
		return r, false, err
	}
	r.FirstSeen, r.LastRead = time.UnixMilli(first), time.UnixMilli(last)
	return r, true, nil
}
