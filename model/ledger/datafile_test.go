package ledger

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// dataLines returns the example lines of a testdata file: every line but
// blank ones and "#" comments. It fails the test when the file holds
// fewer than min examples, so that a truncated file cannot pass.
func dataLines(t *testing.T, path string, min int) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) < min {
		t.Fatalf("%s: only %d examples", path, len(out))
	}
	return out
}
