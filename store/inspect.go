package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"modernc.org/sqlite"
)

// errDamaged is quick_check finding a problem.
var errDamaged = errors.New("quick_check failed")

// SQLite primary result codes that mean the file itself is bad.
const (
	sqliteCorrupt = 11 // SQLITE_CORRUPT
	sqliteNotADB  = 26 // SQLITE_NOTADB
)

// inspect looks at an existing database through a read-only connection
// and refuses it if it is damaged, not caveat's, or newer than this
// binary. A missing or empty file is fine: Open will create the schema.
func inspect(path string) error {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		return &RefusedError{Path: path, Reason: "not a regular file", Err: ErrCorrupt}
	}
	if fi.Size() == 0 {
		return nil
	}
	db, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer db.Close()
	ctx := context.Background()
	if err := quickCheck(ctx, db); err != nil {
		return refuseIfDamaged(path, err)
	}
	ours, others, err := tablesOf(ctx, db)
	if err != nil {
		return refuseIfDamaged(path, err)
	}
	if !ours {
		if others > 0 {
			return &RefusedError{Path: path, Reason: "holds tables caveat did not make", Err: ErrCorrupt}
		}
		return nil
	}
	v, err := schemaVersion(ctx, db)
	if err != nil {
		return refuseIfDamaged(path, err)
	}
	if known := latestVersion(); v > known {
		return newerError(path, v, known)
	}
	return nil
}

func newerError(path string, v, known int) error {
	return &RefusedError{Path: path, Err: ErrNewerSchema,
		Reason: fmt.Sprintf("schema version %d is newer than this caveat (%d)", v, known)}
}

// quickCheck runs SQLite's own consistency check: it reads every page, so
// damage is found before anything is written over it. caveat's database is
// small enough (kilobytes per article) for this to take milliseconds.
func quickCheck(ctx context.Context, db *sql.DB) error {
	var res string
	if err := db.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&res); err != nil {
		return err
	}
	if res != "ok" {
		return errDamaged
	}
	return nil
}

// tablesOf reports whether the schema_migrations table exists and how many
// other tables there are.
func tablesOf(ctx context.Context, db *sql.DB) (ours bool, others int, err error) {
	rows, err := db.QueryContext(ctx, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	if err != nil {
		return false, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return false, 0, err
		}
		if name == migrationsTable {
			ours = true
		} else {
			others++
		}
	}
	return ours, others, rows.Err()
}

// refuseIfDamaged turns SQLite's "this file is bad" errors into a refusal
// and passes any other error (permissions, a lock held too long) through.
func refuseIfDamaged(path string, err error) error {
	damaged := errors.Is(err, errDamaged)
	var se *sqlite.Error
	if errors.As(err, &se) {
		c := se.Code() & 0xff
		damaged = c == sqliteCorrupt || c == sqliteNotADB
	}
	if damaged {
		return &RefusedError{Path: path, Reason: "damaged or not a caveat database", Err: ErrCorrupt}
	}
	return fmt.Errorf("%s: %w", path, err)
}
