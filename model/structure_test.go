package model

import (
	"testing"

	"github.com/caveat-reader/caveat/model/detect"
	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
)

// TestStructuralRuleIDs: every rule id the structural checks register and
// every rule a lexicon class names is a rule of rules.tsv, and a class
// naming a rule that rules.tsv lacks is caught, not ignored.
func TestStructuralRuleIDs(t *testing.T) {
	if err := checkStructuralRules(); err != nil {
		t.Fatal(err)
	}
	ids := detect.RuleIDs()
	if len(ids) == 0 {
		t.Fatal("no structural rule registered")
	}
	for _, id := range ids {
		if _, ok := lex.rules[id]; !ok {
			t.Errorf("registered rule %s is not in rules.tsv", id)
		}
	}
	drop := ids[0]
	err := wordclasses.Default().CheckRules(func(id string) bool { _, ok := lex.rules[id]; return ok && id != drop })
	if err == nil {
		t.Errorf("a lexicon class naming a rule missing from rules.tsv (%s) passed the check", drop)
	}
}

// TestStructuralFlagsInAnalysis: the structural denial rules reach the
// Analysis as flags with their rule's kind and explanation, spans inside
// their sentence.
func TestStructuralFlagsInAnalysis(t *testing.T) {
	text := "Mayor accused of taking bribes\n\nThe mayor has faced allegations of bribery for months.\n\n“I never took a penny,” the mayor said on Tuesday."
	a := Analyze(text)
	found := false
	for _, f := range a.Flags {
		if f.Kind != Denial || f.Rule != "deny.not_true" {
			continue
		}
		found = true
		s := a.Sentences[f.Sentence]
		if f.Span.Start < s.Start || f.Span.End > s.End || f.Explanation == "" {
			t.Errorf("bad denial flag %+v", f)
		}
	}
	if !found {
		t.Errorf("no denial flag on a party's negated answer to a reported claim; flags %+v", a.Flags)
	}
}
