//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestInputsThatBlockNeverStallTheOthers: a FIFO nobody writes to and a
// terminal device among good inputs: each costs one line at once, and the
// good inputs after them still print, in order, in every printing mode.
func TestInputsThatBlockNeverStallTheOthers(t *testing.T) {
	dir := t.TempDir()
	first := writeFile(t, dir, "first.txt", "A source said the first plan may fail.\n")
	last := writeFile(t, dir, "last.md", "# Last\n\nThe ministry denied the last report.\n")
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	bad := map[string]string{fifo: "no writer", "/dev/zero": "is a device"}
	for _, m := range append(modes, struct {
		name string
		args []string
		json bool
	}{"frame", []string{"--frame", "80x20"}, false}) {
		t.Run(m.name, func(t *testing.T) {
			status, out, errOut := runHostile(t, "", append(append([]string{}, m.args...), first, fifo, "/dev/zero", last)...)
			if status == 0 {
				t.Error("status 0 with bad inputs")
			}
			lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
			if len(lines) != 2 {
				t.Fatalf("want one line per bad input, got %q", errOut)
			}
			for i, in := range []string{fifo, "/dev/zero"} {
				if !strings.HasPrefix(lines[i], "caveat: "+in+": ") || !strings.Contains(lines[i], bad[in]) {
					t.Errorf("line %q, want %s's error saying %q", lines[i], in, bad[in])
				}
			}
			i, j := strings.Index(out, "first"), strings.Index(out, "last")
			if i < 0 || j < i {
				t.Errorf("the good inputs should both print, in order:\n%.400s", out)
			}
		})
	}
}
