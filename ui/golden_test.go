package ui

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites the golden files: go test ./ui -run Golden -update-golden.
// Review every rewritten file by eye before keeping it.
var updateGolden = flag.Bool("update-golden", false, "rewrite ui/testdata golden files")

// checkGolden compares the ANSI-stripped screen with testdata/name.
func checkGolden(t *testing.T, name string, m *Model) {
	t.Helper()
	checkNotesOnScreen(t, m)
	got := strings.Join(screenLines(m), "\n") + "\n"
	path := filepath.Join("testdata", name)
	if *updateGolden {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -run Golden -update-golden, then review the file)", err)
	}
	if got != string(want) {
		t.Errorf("screen differs from %s:\n--- got\n%s--- want\n%s", path, got, want)
	}
}

// The sample as it opens, with the real analysis: these change when the
// detector does, and are then rewritten and reviewed.
func TestGoldenSample120x40(t *testing.T) {
	checkGolden(t, "sample-120x40.golden", openModel(t, 120, 40, sampleDoc()))
}

func TestGoldenSample80x24(t *testing.T) {
	checkGolden(t, "sample-80x24.golden", openModel(t, 80, 24, sampleDoc()))
}

// The hand-flagged story with a claim selected: margin, open note and
// stacking, independent of the detector.
func TestGoldenStorySelected120x40(t *testing.T) {
	m := press(t, openModel(t, 120, 40, longStory(t, 2, false)), "n", "n", "n", "n")
	checkGolden(t, "story-selected-120x40.golden", m)
}

// The full help at both sizes: every key, whole, in as many columns as fit.
func TestGoldenHelp(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		m := press(t, openModel(t, size[0], size[1], sampleDoc(), storyDoc(t)), "n", "?")
		checkGolden(t, fmt.Sprintf("help-%dx%d.golden", size[0], size[1]), m)
	}
}

func TestGoldenStoryMarkdown80x24(t *testing.T) {
	m := press(t, openModel(t, 80, 24, longStory(t, 2, true)), "n")
	checkGolden(t, "story-markdown-80x24.golden", m)
}
