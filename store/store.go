// Package store keeps what a reader does across runs: the articles opened,
// where each was left, and the marks and notes on its claims. It is an
// embedded SQLite database (modernc.org/sqlite, pure Go) in WAL mode, so
// two caveat windows can share it; every write is one transaction, so a
// crash mid-write leaves the previous state. A database that is corrupt or
// written by a newer caveat is refused and never written to.
//
// store knows model (to attach marks to flags) but nothing of articles or
// ui: it is handed hashes, records and analyses.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// FileName is the database's name inside the data directory.
const FileName = "caveat.db"

// busyTimeout is how long a write waits for another caveat window's write
// to finish before giving up. Writes here are a row or two, so a wait this
// long means something is stuck.
const busyTimeout = 5 * time.Second

// Store is an open caveat database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	// now is the clock, replaceable in tests.
	now func() time.Time
}

// DefaultDir is where caveat keeps its data: $XDG_DATA_HOME/caveat, or
// ~/.local/share/caveat. A relative XDG_DATA_HOME is ignored, as the XDG
// base directory specification says.
func DefaultDir() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "caveat"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("no data directory: %w (set XDG_DATA_HOME or pass --data-dir)", err)
	}
	return filepath.Join(home, ".local", "share", "caveat"), nil
}

// Open opens (creating if need be) the database in dir, or in DefaultDir
// when dir is empty, and brings its schema up to date. A database it must
// not touch is refused with a *RefusedError before anything is written.
func Open(dir string) (*Store, error) {
	if dir == "" {
		d, err := DefaultDir()
		if err != nil {
			return nil, err
		}
		dir = d
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	path := filepath.Join(dir, FileName)
	// Inspect read-only first: switching to WAL or migrating would write
	// to a file that might be someone else's or a newer caveat's.
	if err := inspect(path); err != nil {
		return nil, readOnly(path, err)
	}
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	s := &Store{db: db, path: path, now: time.Now}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, readOnly(path, err)
	}
	return s, nil
}

// Path is the database file's path.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// dsn is the modernc.org/sqlite data source name for path. Every pooled
// connection runs the pragmas: busy_timeout so concurrent writers wait
// instead of failing, WAL so readers never block a writer, foreign keys so
// marks cannot outlive their article. synchronous stays at SQLite's FULL:
// a commit is on disk before SetMark returns, even across a power cut. _txlock=immediate takes the write
// lock at BEGIN: two deferred transactions that both read then write would
// otherwise deadlock and one would fail with SQLITE_BUSY at once.
func dsn(path string, readOnly bool) string {
	q := fmt.Sprintf("_pragma=busy_timeout(%d)", busyTimeout.Milliseconds())
	if readOnly {
		return "file:" + uriPath(path) + "?mode=ro&" + q
	}
	return "file:" + uriPath(path) + "?" + q +
		"&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_txlock=immediate"
}

// uriPath escapes the characters that would end or garble the path part
// of an SQLite URI filename.
func uriPath(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23").Replace(filepath.ToSlash(p))
}

// RefusedError says the database exists but caveat will not use it. The
// message is one line a user can act on.
type RefusedError struct {
	Path   string
	Reason string
	// Err is ErrNewerSchema or ErrCorrupt, for errors.Is.
	Err error
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("%s: %s; not touching it", e.Path, e.Reason)
}

func (e *RefusedError) Unwrap() error { return e.Err }

var (
	// ErrNewerSchema: the database was written by a newer caveat.
	ErrNewerSchema = errors.New("schema newer than this caveat")
	// ErrCorrupt: the file is damaged or not a caveat database.
	ErrCorrupt = errors.New("not a usable caveat database")
	// ErrUnknownArticle: a position or mark was saved for an article that
	// was never visited.
	ErrUnknownArticle = errors.New("article not visited")
)
