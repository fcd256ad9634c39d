package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Migrations are numbered SQL files, applied in order, each once, each in
// the transaction that records it. A released migration is never edited:
// a schema change is a new file.
//
//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrationsTable records which migrations a database has had.
const migrationsTable = "schema_migrations"

type migration struct {
	version int
	name    string
	sql     string
}

// migrations are the embedded files sorted by version. The names are
// fixed at build time, so a malformed one is a programming error that the
// tests catch; it panics rather than let a binary ship that cannot migrate.
func migrations() []migration {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		panic(err)
	}
	out := make([]migration, 0, len(entries))
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			panic(fmt.Sprintf("store: migration %q is not named NNNN_what.sql", e.Name()))
		}
		body, err := migrationFiles.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			panic(err)
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out
}

// latestVersion is the schema version this binary knows.
func latestVersion() int {
	ms := migrations()
	if len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

// schemaVersion is the highest migration applied to db.
func schemaVersion(ctx context.Context, q querier) (int, error) {
	var v sql.NullInt64
	err := q.QueryRowContext(ctx, "SELECT max(version) FROM "+migrationsTable).Scan(&v)
	return int(v.Int64), err
}

// migrate brings the schema up to date in one transaction, so two caveat
// windows starting at once cannot both apply a migration, and a crash
// halfway leaves the old schema. The version is checked again inside the
// transaction: a newer caveat may have migrated since inspect looked.
func (s *Store) migrate(ctx context.Context) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS "+migrationsTable+
			" (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"); err != nil {
			return err
		}
		cur, err := schemaVersion(ctx, tx)
		if err != nil {
			return err
		}
		if known := latestVersion(); cur > known {
			return newerError(s.path, cur, known)
		}
		for _, m := range migrations() {
			if m.version <= cur {
				continue
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO "+migrationsTable+" (version, name, applied_at) VALUES (?, ?, ?)",
				m.version, m.name, s.now().UnixMilli()); err != nil {
				return err
			}
		}
		return nil
	})
}
