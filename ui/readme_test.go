package ui

// The README is held to the reader: its keys table and its capture.

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The README's keys table lists every binding by its [keys] name, and the
// row naming a binding shows each of its default keys; it names no
// binding that does not exist. A key added, renamed or rebound by default
// without the README fails here.
func TestReadmeKeysTableListsEveryKey(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	start := strings.Index(text, "### Keys\n")
	if start < 0 {
		t.Fatal("README has no ### Keys section")
	}
	var rows []string
	for _, l := range strings.Split(text[start:], "\n")[1:] {
		if strings.HasPrefix(l, "#") {
			break
		}
		if strings.HasPrefix(l, "| `") {
			rows = append(rows, l)
		}
	}
	// How the README spells the keys bubbles names otherwise.
	spelled := map[string]string{"pgdown": "pgdn", "up": "↑", "down": "↓", "home": "Home", "end": "End"}
	ticked := regexp.MustCompile("`([^`]+)`")
	k := DefaultKeyMap()
	named := k.named()
	listed := map[string]bool{}
	for _, row := range rows {
		cols := strings.Split(row, " | ")
		for _, m := range ticked.FindAllStringSubmatch(cols[len(cols)-1], -1) {
			if named[m[1]] == nil {
				t.Errorf("README names a binding %q the reader does not have: %s", m[1], row)
			}
			listed[m[1]] = true
		}
	}
	for name, b := range named {
		if !listed[name] {
			t.Errorf("README's keys table lacks the binding %q", name)
			continue
		}
		var row string
		for _, r := range rows {
			cols := strings.Split(r, " | ")
			if strings.Contains(cols[len(cols)-1], "`"+name+"`") {
				row = r
			}
		}
		for _, key := range b.Keys() {
			if s, ok := spelled[key]; ok {
				key = s
			}
			if !strings.Contains(row, "`"+key+"`") {
				t.Errorf("README's row for %q does not show its key %q: %s", name, key, row)
			}
		}
	}
}

// The README's first screen capture is the reader as it is: the bundled
// sample at 120x28 after n n, as its caption says. It changes when the
// detector or the layout does; then paste the frame this test prints.
func TestReadmeCaptureIsCurrent(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)
	start := strings.Index(text, "\n```\n")
	end := strings.Index(text[start+5:], "\n```\n")
	if start < 0 || end < 0 || !strings.Contains(text[start:], "The bundled sample at 120x28 after `n` `n`") {
		t.Fatal("README has no capture of the sample at 120x28")
	}
	capture := trimRight(strings.Split(text[start+5:start+5+end], "\n"))
	m := press(t, openModel(t, 120, 28, sampleDoc()), "n", "n")
	frame := trimRight(screenLines(m))
	if strings.Join(capture, "\n") != strings.Join(frame, "\n") {
		t.Errorf("the README's capture is not the reader's frame; now it is:\n%s", strings.Join(frame, "\n"))
	}
}

// trimRight drops trailing spaces from every line, as a capture pasted
// into the README has none.
func trimRight(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimRight(l, " ")
	}
	return out
}
