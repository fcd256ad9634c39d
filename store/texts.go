package store

import (
	"bytes"
	"compress/flate"
	"context"
	"database/sql"
	"errors"
	"io"
)

// KeepText keeps the text of article hash (compressed), so that when its
// source later changes the reader can show what changed. Texts of sources
// that are not Versioned are not worth keeping: nothing can be a later
// version of them.
func (s *Store) KeepText(source, hash, text string) error {
	if !Versioned(source) {
		return nil
	}
	// Reopening the same text is the common case: compress only a text
	// not kept yet.
	var one int
	err := s.db.QueryRowContext(context.Background(), "SELECT 1 FROM texts WHERE hash = ?", hash).Scan(&one)
	if err == nil {
		return nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return s.wrap(err)
	}
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, flate.BestSpeed)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, text); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	ctx := context.Background()
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO texts (hash, text) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING", hash, buf.Bytes())
		return err
	})
}

// Text is the kept text of article hash; ok is false when none was kept.
func (s *Store) Text(hash string) (text string, ok bool, err error) {
	var blob []byte
	err = s.db.QueryRowContext(context.Background(), "SELECT text FROM texts WHERE hash = ?", hash).Scan(&blob)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, s.wrap(err)
	}
	b, err := io.ReadAll(flate.NewReader(bytes.NewReader(blob)))
	if err != nil {
		return "", false, s.wrap(err)
	}
	return string(b), true, nil
}
