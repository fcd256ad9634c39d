package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/store"
)

// readOnlyDir is a data directory nothing can be written to, holding a
// database made before when withDB: chmod 0555 for a user; for root,
// which permissions do not stop, the immutable attribute (skipped where
// the file system has none).
func readOnlyDir(t *testing.T, withDB bool) string {
	t.Helper()
	dir := t.TempDir()
	if withDB {
		st, err := store.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		st.Close()
	}
	if os.Geteuid() != 0 {
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		return dir
	}
	if out, err := exec.Command("chattr", "+i", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot make a read-only directory as root here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", dir).Run() })
	return dir
}

// TestReadOnlyDatabaseSaysWhatToDo: SQLite's "unable to open database
// file (14)" becomes one line naming the directory and the remedy.
func TestReadOnlyDatabaseSaysWhatToDo(t *testing.T) {
	// An empty directory needs the database created; one holding a
	// database needs its write-ahead files: test both.
	empty, full := readOnlyDir(t, false), readOnlyDir(t, true)
	article := writeFile(t, t.TempDir(), "a.txt", "A source said the plan may fail.\n")
	for _, args := range [][]string{
		{"export", "--data-dir", empty, article},
		{"history", "--data-dir", empty},
		{"export", "--data-dir", full, article},
		{"export", "--data-dir", full, "--format", "json", article},
		{"history", "--data-dir", full},
	} {
		status, out, errOut := runHostile(t, "", args...)
		if status == 0 {
			// Some systems let SQLite read without its write-ahead
			// files: then the command must simply have worked.
			if out == "" {
				t.Errorf("%v: status 0 and no output", args)
			}
			continue
		}
		if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "read-only") || !strings.Contains(errOut, "--data-dir") {
			t.Errorf("%v: want one line saying read-only and what to do, got %q", args, errOut)
		}
	}
}
