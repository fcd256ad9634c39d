package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A story read, then edited in place: the next visit says what changed
// in its sourcing, and v shows it before and now side by side.
func TestReaderShowsWhatChangedSinceLastRead(t *testing.T) {
	requireTmux(t)
	bin := buildBinary(t)
	data, state := t.TempDir(), t.TempDir()
	env := []string{"XDG_DATA_HOME=" + data, "XDG_STATE_HOME=" + state}
	story := filepath.Join(t.TempDir(), "bridge.txt")
	copyFile := func(from string) {
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(story, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile("../../compare/testdata/bridge-3.txt")
	s := startTmux(t, 120, 40, env, bin, story)
	s.waitFor("the first frame", func(screen string) bool { return strings.Contains(screen, "harbour bridge") })
	s.keys("q")
	s.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-0") })

	copyFile("../../compare/testdata/bridge-4.txt") // the hedge "may" is gone
	again := startTmux(t, 120, 40, env, bin, story)
	again.waitFor("the notice of the change", func(screen string) bool {
		return strings.Contains(screen, "-1 Uncertain") && strings.Contains(screen, "v shows it")
	})
	again.keys("v")
	screen := again.waitFor("the versions view", func(screen string) bool {
		return strings.Contains(screen, "Changed since you last read it") && strings.Contains(screen, "Uncertain lost")
	})
	if !strings.Contains(screen, "before") || !strings.Contains(screen, "now") {
		t.Errorf("no before and now columns:\n%s", screen)
	}
	again.keys("Escape")
	again.waitFor("the article again", func(screen string) bool { return !strings.Contains(screen, "Changed since you last read it") })
	again.keys("q")
	again.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-0") })
}
