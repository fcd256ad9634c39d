package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCaveat runs the command in-process with the given stdin.
func runCaveat(t *testing.T, stdin string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	status = run(args, strings.NewReader(stdin), &out, &errb)
	return status, out.String(), errb.String()
}

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAnalyzeJSONOneDocumentPerInputInOrder(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "First story.\n\nA senior official said the talks failed.\n")
	b := writeFile(t, dir, "b.md", "# Second\n\nThe minister denied the report.\n")
	status, out, errOut := runCaveat(t, "", "analyze", "--format", "json", a, b)
	if status != 0 {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 JSON lines, got %d: %q", len(lines), out)
	}
	for i, want := range []struct{ source, format string }{{a, "text"}, {b, "markdown"}} {
		var doc struct {
			Schema, Source, Format string
			Bytes                  int
		}
		if err := json.Unmarshal([]byte(lines[i]), &doc); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if doc.Schema != "caveat.analysis/v1" || doc.Source != want.source || doc.Format != want.format {
			t.Errorf("line %d: got %+v, want source %s format %s", i, doc, want.source, want.format)
		}
	}
}

func TestBadInputAmongSeveralKeepsTheOthers(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", "A story worth reading.\n")
	missing := filepath.Join(dir, "missing.txt")
	status, out, errOut := runCaveat(t, "", "analyze", "--format", "json", missing, dir, good)
	if status == 0 {
		t.Fatal("want a non-zero exit when an input fails")
	}
	if !strings.Contains(out, `"source":"`+good+`"`) {
		t.Errorf("the good input was lost: %q", out)
	}
	errLines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(errLines) != 2 {
		t.Fatalf("want one line per bad input, got %q", errOut)
	}
	if !strings.Contains(errLines[0], missing) || !strings.Contains(errLines[0], "no such file") {
		t.Errorf("missing file line: %q", errLines[0])
	}
	if !strings.Contains(errLines[1], "directory") {
		t.Errorf("directory line: %q", errLines[1])
	}
}

func TestMaxSizeRefusesLargeInput(t *testing.T) {
	dir := t.TempDir()
	big := writeFile(t, dir, "big.txt", strings.Repeat("Words and more words. ", 200))
	status, _, errOut := runCaveat(t, "", "analyze", "--max-size", "1KB", big)
	if status == 0 || !strings.Contains(errOut, "too large") || strings.Count(errOut, "\n") != 1 {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
}

func TestStandardInput(t *testing.T) {
	status, out, errOut := runCaveat(t, "Read from a pipe.\n", "analyze", "--format", "json", "-")
	if status != 0 || !strings.Contains(out, `"source":"-"`) {
		t.Fatalf("status %d, out %q, err %q", status, out, errOut)
	}
}

func TestUsageErrorsAreOneLine(t *testing.T) {
	for _, args := range [][]string{
		{"analyze", "--format", "xml"},
		{"--no-such-flag"},
		{"analyze", "--max-size", "lots"},
		// Issue 17: values that overflow or mean nothing were accepted
		// silently (the first came out as the default, 20 MB).
		{"analyze", "--max-size", "99999999999999999999"},
		{"analyze", "--max-size", "99999999999GB"},
		{"analyze", "--max-size", "nan"},
		{"analyze", "--max-size", "0.5"},
		{"analyze", "--timeout", "0s"},
		{"analyze", "--timeout", "1ns"},
		{"analyze", "--timeout", "-5s"},
	} {
		status, _, errOut := runCaveat(t, "", args...)
		if status != 2 {
			t.Errorf("%v: status %d, want 2", args, status)
		}
		if n := strings.Count(strings.TrimSpace(errOut), "\n"); n != 0 || !strings.HasPrefix(errOut, "caveat: ") {
			t.Errorf("%v: want one line starting caveat:, got %q", args, errOut)
		}
	}
}

func TestHelpExitsZero(t *testing.T) {
	status, out, _ := runCaveat(t, "", "--help")
	if status != 0 || !strings.Contains(out, "analyze") {
		t.Fatalf("status %d, out %q", status, out)
	}
}

func TestPipedReadPrintsNoEscapes(t *testing.T) {
	dir := t.TempDir()
	hostile := writeFile(t, dir, "hostile.txt", "Title\x1b]0;pwned\x07\n\nA source said \x1b[31mred\x1b[0m and \x9b2J here.\n")
	status, out, errOut := runCaveat(t, "", hostile)
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	if strings.ContainsRune(out, 0x1b) || strings.ContainsRune(out, 0x07) || strings.ContainsRune(out, 0x9b) {
		t.Fatalf("control bytes reached the output: %q", out)
	}
	if !strings.Contains(out, "␛") {
		t.Errorf("ESC should show as a visible symbol: %q", out)
	}
}

func TestFramePrintsTheFirstFrameAsPlainText(t *testing.T) {
	status, out, errOut := runCaveat(t, "", "--frame", "100x20")
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 20 {
		t.Errorf("want 20 lines, got %d", len(lines))
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Error("a frame written to a pipe must hold no escape sequence")
	}
	if !strings.Contains(out, "Russian officials") || !strings.Contains(out, "Anonymous") {
		t.Errorf("the frame lacks the article or its notes:\n%s", out)
	}
	if status, _, errOut := runCaveat(t, "", "--frame", "big"); status == 0 || !strings.Contains(errOut, "WIDTHxHEIGHT") {
		t.Errorf("a bad size: status %d, %q", status, errOut)
	}
}

// The top-level --help lists the reader's flags too (the default command
// keeps its flags under `caveat read --help`).
func TestTopLevelHelpListsTheReaderFlags(t *testing.T) {
	_, out, _ := runCaveat(t, "", "--help")
	for _, want := range []string{"--no-mouse", "--max-size=", "--no-save", "--frame=WxH", "--timeout="} {
		if !strings.Contains(out, want) {
			t.Errorf("caveat --help lacks %s:\n%s", want, out)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 80 {
			t.Errorf("help line over 80 columns: %q", l)
		}
	}
}
