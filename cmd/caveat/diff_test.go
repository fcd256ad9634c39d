package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const (
	diffOld = "Bridge to close\n\nThe bridge will close in spring, a senior city official said.\n\nRepairs may cost $40 million.\n"
	diffNew = "Bridge to close\n\nThe bridge will close in spring, Deputy Mayor Ana Ruiz said.\n\nRepairs will cost $40 million.\n\nThe mayor's office denied claims that the closure helps a developer.\n"
)

func TestDiffTextListsFlagsAndSources(t *testing.T) {
	dir := t.TempDir()
	old, new := writeFile(t, dir, "old.txt", diffOld), writeFile(t, dir, "new.txt", diffNew)
	status, out, errOut := runCaveat(t, "", "diff", old, new)
	if status != 0 {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	for _, want := range []string{
		"1 flag added, 2 flags removed",
		"- Anonymous The bridge will close in spring, [-a senior city official-]{+Deputy Mayor Ana Ruiz+} said.",
		"- Uncertain Repairs [-may-]{+will+} cost $40 million.",
		"+ Denial    (new) The mayor's office denied claims",
		"named        a senior city official (unnamed person) is now Deputy Mayor Ana Ruiz (named person)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestDiffJSONIsOneDocument(t *testing.T) {
	dir := t.TempDir()
	old, new := writeFile(t, dir, "old.txt", diffOld), writeFile(t, dir, "new.txt", diffNew)
	status, out, errOut := runCaveat(t, "", "diff", "--format", "json", old, new)
	if status != 0 {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	var doc struct {
		Schema string
		Flags  []struct{ Kind, Change string }
		Counts map[string]int
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v: %q", err, out)
	}
	if doc.Schema != "caveat.diff/v1" || len(doc.Flags) != 3 || doc.Counts["flags_added"] != 1 || doc.Counts["sources_named"] != 1 {
		t.Fatalf("got %+v", doc)
	}
}

func TestDiffBadInputIsOneLine(t *testing.T) {
	dir := t.TempDir()
	new := writeFile(t, dir, "new.txt", diffNew)
	status, out, errOut := runCaveat(t, "", "diff", dir+"/missing.txt", new)
	if status == 0 || out != "" || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, "missing.txt") {
		t.Fatalf("status %d, stdout %q, stderr %q", status, out, errOut)
	}
	status, _, errOut = runCaveat(t, "x", "diff", "-", "-")
	if status == 0 || !strings.Contains(errOut, "standard input") {
		t.Fatalf("two stdins: status %d, stderr %q", status, errOut)
	}
}

// Article text in a diff is made visible: no escape sequence from either
// version reaches the terminal.
func TestDiffTextHasNoControlBytes(t *testing.T) {
	dir := t.TempDir()
	old := writeFile(t, dir, "old.txt", "An official said \x1b]0;pwn\x07 it may rain.\n")
	new := writeFile(t, dir, "new.txt", "An official said \x1b[31m it will rain\u009b.\n")
	_, out, _ := runCaveat(t, "", "diff", old, new)
	for _, r := range out {
		if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			t.Fatalf("control %U in output %q", r, out)
		}
	}
}
