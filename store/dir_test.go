package store

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDefaultDirFollowsXDG(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/xdg/data")
	if d, err := DefaultDir(); err != nil || d != "/xdg/data/caveat" {
		t.Errorf("got %q, %v", d, err)
	}
	// A relative XDG_DATA_HOME is invalid by the spec and ignored.
	t.Setenv("XDG_DATA_HOME", "relative/data")
	t.Setenv("HOME", "/home/reader")
	if d, err := DefaultDir(); err != nil || d != "/home/reader/.local/share/caveat" {
		t.Errorf("got %q, %v", d, err)
	}
}

func TestOpenWithEmptyDirUsesXDG(t *testing.T) {
	xdg := t.TempDir()
	t.Setenv("XDG_DATA_HOME", xdg)
	s, err := Open("")
	must(t, err)
	defer s.Close()
	if want := filepath.Join(xdg, "caveat", FileName); s.Path() != want {
		t.Errorf("path %q, want %q", s.Path(), want)
	}
	if _, err := os.Stat(s.Path()); err != nil {
		t.Error(err)
	}
}

func TestDataDirWithURIPunctuation(t *testing.T) {
	// ? # and % would end or garble an SQLite URI filename if not escaped:
	// the database must land in exactly this directory.
	dir := filepath.Join(t.TempDir(), "a?b#c%41d")
	s := openAt(t, dir)
	a, rec := visitStory(t, s)
	must(t, s.SetMark(rec.Hash, mark(a, 0, Checked, "")))
	must(t, s.Close())
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Fatalf("database not where asked: %v", err)
	}
	s = openAt(t, dir)
	defer s.Close()
	ms, err := s.Marks(rec.Hash)
	must(t, err)
	if len(ms) != 1 {
		t.Errorf("marks after reopening: %d", len(ms))
	}
}
