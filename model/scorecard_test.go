package model

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/scorecard"
)

// Every entry of a class of the scorecard's own is, to the analyzer's
// tokenizer, exactly its space-separated words, so the scorecard's
// lookups by word (scorecard.Read, bareDescription) see an entry as it
// stands in text. (name_stop, which it shares with the ledger, also holds
// "mr.", which the ledger's tokens keep whole.)
func TestScorecardEntriesAreTokens(t *testing.T) {
	n := 0
	for _, name := range wordclasses.Default().Classes() {
		c := wordclasses.Default().Class(name)
		if !slices.ContainsFunc(c.Rules, func(r string) bool { return slices.Contains(scorecard.RuleIDs(), r) }) ||
			slices.ContainsFunc(c.Rules, func(r string) bool { return !slices.Contains(scorecard.RuleIDs(), r) }) {
			continue
		}
		for _, e := range c.Entries() {
			n++
			if got, want := tokenizePhrase(e), strings.Fields(e); !slices.Equal(got, want) {
				t.Errorf("%s: %q reads as %q, want %q", name, e, got, want)
			}
		}
	}
	if n == 0 {
		t.Fatal("no class names a scorecard check")
	}
}

// Analyze reads every sentence's facts from the detector's tokens as it
// goes, and they answer as the scorecard's own pass over the analysed
// text does (runChecks, which tokenizes each sentence afresh).
func TestScorecardFactsFromDetector(t *testing.T) {
	for _, d := range loadCorpus(t, "dev", "seed") {
		checkFactsFromDetector(t, d.name, d.text)
	}
}

// FuzzScorecardFacts is TestScorecardFactsFromDetector on any text.
func FuzzScorecardFacts(f *testing.F) {
	for _, s := range []string{"Sources said, “it’s over.”", "AT&T, who was not authorized to speak, said Smith lied.", "a 2,0 b", "[x](http://e.com/A) x\x00y", "Two sources said.\n\nThe source said."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkFactsFromDetector(t, "fuzz", text) })
}

func checkFactsFromDetector(t *testing.T, name, text string) {
	t.Helper()
	z := newAnalyzer(text)
	z.run()
	for si := range z.a.Sentences {
		if !z.facts[si].IsRead() {
			t.Fatalf("%s: sentence %d: facts not read by the detector", name, si)
		}
	}
	z.buildSources(nil)
	runChecksFacts(z.a, z.facts)
	again := *z.a
	again.Checks = nil
	runChecks(&again)
	if !reflect.DeepEqual(again.Checks, z.a.Checks) {
		t.Errorf("%s: checks from the detector's facts\n%+v\nfrom a fresh pass\n%+v", name, z.a.Checks, again.Checks)
	}
}

// Analyze asks every question of the scorecard.
func TestAnalyzeRunsChecks(t *testing.T) {
	a := Analyze("Plain text.")
	if len(a.Checks) != len(scorecard.RuleIDs()) {
		t.Errorf("Analyze ran %d checks, want %d", len(a.Checks), len(scorecard.RuleIDs()))
	}
}

// tokenizePhrase splits a lexicon phrase the way tokenize splits text.
func tokenizePhrase(p string) []string {
	toks, _ := tokenizeSpan(p, 0, len(p), nil, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	return out
}
