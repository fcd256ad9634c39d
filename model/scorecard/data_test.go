package scorecard

import (
	"slices"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model/lexicon"
)

// The word classes the scorecard reads name, in their "# rules:"
// header, a check that uses them, and every scorecard rule a class names
// is a check of checks.tsv: a list can always say which question reads it.
func TestClassesNameTheirChecks(t *testing.T) {
	read := []string{emptyModifiers.Name, genericHeads.Name, nameStop.Name}
	for _, sc := range sentenceClasses {
		read = append(read, sc.name)
	}
	ids := RuleIDs()
	for _, n := range read {
		c := lexicon.Default().Class(n)
		if !slices.ContainsFunc(c.Rules, func(r string) bool { return slices.Contains(ids, r) }) {
			t.Errorf("class %s is read by the scorecard but names none of its checks: %v", n, c.Rules)
		}
	}
	for _, n := range lexicon.Default().Classes() {
		for _, r := range lexicon.Default().Class(n).Rules {
			if strings.HasPrefix(r, rulePrefix) && !slices.Contains(ids, r) {
				t.Errorf("class %s names %s, which is no check of checks.tsv", n, r)
			}
			if strings.HasPrefix(r, rulePrefix) && !slices.Contains(read, n) {
				t.Errorf("class %s names %s but the scorecard does not read it", n, r)
			}
		}
	}
}

// Every check of checks.tsv is asked, in the file's order, with its
// question and standard.
func TestRunAsksEveryCheck(t *testing.T) {
	f := newFixture(t, [][]string{{"Plain text."}})
	got := Run(f.in)
	if len(got) != len(checkDefs()) {
		t.Fatalf("Run asked %d checks, want %d", len(got), len(checkDefs()))
	}
	for i, d := range checkDefs() {
		if got[i].ID != d.ID || got[i].Question != d.Question || got[i].Standard != d.Standard {
			t.Errorf("check %d is %+v, want %+v", i, got[i], d)
		}
		if got[i].Sentences == nil {
			t.Errorf("%s: Sentences is nil, want an empty list", d.ID)
		}
	}
}
