package store

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestReadOnlyDirectoryIsNamed: opening a database where nothing can be
// written is a ReadOnlyError naming the file, not SQLite's code 14.
func TestReadOnlyDirectoryIsNamed(t *testing.T) {
	dir := t.TempDir()
	if os.Geteuid() == 0 {
		if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
			t.Skipf("cannot make a read-only directory as root here: %v %s", err, out)
		}
		t.Cleanup(func() { exec.Command("chattr", "-i", dir).Run() })
	} else {
		must(t, os.Chmod(dir, 0o555))
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
	}
	_, err := Open(dir)
	var ro *ReadOnlyError
	if !errors.As(err, &ro) || ro.Path != filepath.Join(dir, FileName) {
		t.Fatalf("got %v, want a ReadOnlyError for %s", err, filepath.Join(dir, FileName))
	}
}
