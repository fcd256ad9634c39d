package store

import (
	"bytes"
	"database/sql"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rawExec runs SQL on the database file behind the store's back, as
// another program (or a newer caveat) would.
func rawExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	must(t, err)
	defer db.Close()
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// refusedUntouched asserts that Open refuses dir's database with want and
// leaves the file byte for byte as it was.
func refusedUntouched(t *testing.T, dir string, want error, msg string) {
	t.Helper()
	path := filepath.Join(dir, FileName)
	before, err := os.ReadFile(path)
	must(t, err)
	for range 2 { // a second try must not have been made possible by the first
		s, err := Open(dir)
		if err == nil {
			s.Close()
			t.Fatal("Open accepted the database")
		}
		var refused *RefusedError
		if !errors.Is(err, want) || !errors.As(err, &refused) {
			t.Fatalf("got %v, want a refusal wrapping %v", err, want)
		}
		if line := err.Error(); strings.Contains(line, "\n") || !strings.Contains(line, msg) || !strings.HasSuffix(line, "not touching it") {
			t.Errorf("message %q: want one line with %q ending 'not touching it'", line, msg)
		}
	}
	after, err := os.ReadFile(path)
	must(t, err)
	if !bytes.Equal(before, after) {
		t.Error("the refused database was modified")
	}
}

func TestNewerSchemaIsRefusedAndLeftAlone(t *testing.T) {
	// A newer caveat might keep the file in either journal mode; in
	// rollback mode even switching it to WAL would rewrite its header.
	for _, mode := range []string{"WAL", "DELETE"} {
		t.Run(mode, func(t *testing.T) {
			dir := t.TempDir()
			s := openAt(t, dir)
			visitStory(t, s)
			must(t, s.Close())
			rawExec(t, filepath.Join(dir, FileName),
				"INSERT INTO schema_migrations (version, name, applied_at) VALUES (7, '0007_future.sql', 0)",
				"PRAGMA wal_checkpoint(TRUNCATE)",
				"PRAGMA journal_mode="+mode)
			refusedUntouched(t, dir, ErrNewerSchema, fmt.Sprintf("schema version 7 is newer than this caveat (%d)", latestVersion()))
		})
	}
}

func TestRandomBytesAreRefusedAndLeftAlone(t *testing.T) {
	dir := t.TempDir()
	junk := make([]byte, 8192)
	rand.New(rand.NewSource(7)).Read(junk)
	must(t, os.WriteFile(filepath.Join(dir, FileName), junk, 0o600))
	refusedUntouched(t, dir, ErrCorrupt, "damaged or not a caveat database")
}

func TestDamagedPagesAreRefusedAndLeftAlone(t *testing.T) {
	dir := t.TempDir()
	s := openAt(t, dir)
	// Enough articles that the tables span several pages.
	for i := range 300 {
		text := strings.Repeat("Filler sentence number ", 5) + string(rune('A'+i%26)) + strings.Repeat("x", i) + "\n"
		_, err := s.Restore(NewRecord("/f/"+text[:3]+string(rune(i)), "T", text), fixture(t, text))
		must(t, err)
	}
	must(t, s.Close())
	path := filepath.Join(dir, FileName)
	b, err := os.ReadFile(path)
	must(t, err)
	if len(b) < 5*4096 {
		t.Fatalf("database too small to damage a middle page: %d bytes", len(b))
	}
	junk := make([]byte, 4096)
	rand.New(rand.NewSource(3)).Read(junk)
	copy(b[3*4096:], junk) // page 4, past the header and the schema
	must(t, os.WriteFile(path, b, 0o600))
	refusedUntouched(t, dir, ErrCorrupt, "damaged or not a caveat database")
}

func TestSomeoneElsesDatabaseIsRefused(t *testing.T) {
	dir := t.TempDir()
	rawExec(t, filepath.Join(dir, FileName), "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
	refusedUntouched(t, dir, ErrCorrupt, "holds tables caveat did not make")
}

func TestEmptyFileAndOldSchemaAreMigrated(t *testing.T) {
	for name, prep := range map[string]func(path string){
		"empty file": func(path string) { must(t, os.WriteFile(path, nil, 0o600)) },
		"version 0": func(path string) {
			rawExec(t, path, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)")
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			prep(filepath.Join(dir, FileName))
			s := openAt(t, dir)
			defer s.Close()
			a, rec := visitStory(t, s)
			must(t, s.SetMark(rec.Hash, mark(a, 0, Checked, "")))
		})
	}
}

func TestMigrationsAreNumberedFromOneWithoutGaps(t *testing.T) {
	for i, m := range migrations() {
		if m.version != i+1 {
			t.Errorf("migration %s has version %d, want %d", m.name, m.version, i+1)
		}
	}
	if latestVersion() < 1 {
		t.Error("no migrations embedded")
	}
}

func TestReopeningDoesNotReapplyMigrations(t *testing.T) {
	dir := t.TempDir()
	for range 3 {
		must(t, openAt(t, dir).Close())
	}
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, FileName))
	must(t, err)
	defer db.Close()
	var n, v int
	must(t, db.QueryRow("SELECT count(*), max(version) FROM schema_migrations").Scan(&n, &v))
	if n != latestVersion() || v != latestVersion() {
		t.Errorf("schema_migrations has %d rows up to %d, want %d", n, v, latestVersion())
	}
}
