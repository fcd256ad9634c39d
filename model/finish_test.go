package model

import "testing"

// One signal, two rules: the note keeps the more specific rule's cue.
func TestOverlappingFlagsKeepTheMostSpecificCue(t *testing.T) {
	text := "A senior official, speaking on condition of anonymity, said the talks had failed."
	a := Analyze(text)
	var anon []Flag
	for _, f := range a.Flags {
		if f.Kind == AnonymousSource {
			anon = append(anon, f)
		}
	}
	if len(anon) != 1 {
		t.Fatalf("want one anonymous_source flag, got %d: %+v", len(anon), anon)
	}
	f := anon[0]
	if f.Rule != "anon.anonymity_granted" || text[f.Cue.Start:f.Cue.End] != "on condition of anonymity" {
		t.Errorf("got rule %s cue %q, want anon.anonymity_granted on %q", f.Rule, text[f.Cue.Start:f.Cue.End], "on condition of anonymity")
	}
	if f.Cue.Start < f.Span.Start || f.Cue.End > f.Span.End {
		t.Errorf("cue %v outside span %v", f.Cue, f.Span)
	}
}
