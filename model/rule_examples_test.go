package model

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestRuleExamples runs the example sentences of rules/examples.tsv
// through Analyze: reviewable without Go, as the detector's own
// examples (model/detect/examples.tsv) are.
func TestRuleExamples(t *testing.T) {
	f, err := os.Open("rules/examples.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 4 || c[1] != "+" && c[1] != "-" {
			t.Fatalf("rules/examples.tsv:%d: want kind, +/-, rule, text", line)
		}
		kind, want, rule, text := Kind(c[0]), c[1] == "+", c[2], strings.ReplaceAll(c[3], " ¶ ", "\n\n")
		if kind != AnonymousSource && kind != Denial && kind != Uncertainty && kind != NoComment {
			t.Fatalf("rules/examples.tsv:%d: unknown kind %q", line, kind)
		}
		got, has := kindsIn(text)[kind]
		switch {
		case has != want:
			t.Errorf("rules/examples.tsv:%d: %s on %q: got %v, want %v", line, kind, text, has, want)
		case want && rule != "any" && got != rule:
			t.Errorf("rules/examples.tsv:%d: %s on %q: rule %s, want %s", line, kind, text, got, rule)
		}
		n++
	}
	if n == 0 {
		t.Fatal("rules/examples.tsv holds no example")
	}
}
