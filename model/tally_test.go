package model

import "testing"

// TestTallyLeavesOutBoilerplate: claims inside a boilerplate sentence
// count neither as claims nor as sentences.
func TestTallyLeavesOutBoilerplate(t *testing.T) {
	a := Analyze("A senior official, speaking on condition of anonymity, said the talks failed. " +
		"The ministry denied the report. The plan may change. The weather was fine.\n\n" +
		"Advertisement\n")
	tl := a.Tally()
	if tl.Counts[0] < 1 || tl.Counts[1] < 1 || tl.Counts[2] < 1 {
		t.Fatalf("counts = %v, want each kind at least once; flags %+v", tl.Counts, a.Flags)
	}
	if tl.Anonymous != 1 || tl.Sentences != len(a.Sentences)-1 || tl.Sentences < 4 {
		t.Errorf("tally = %+v of %d sentences", tl, len(a.Sentences))
	}
	if s := tl.AnonShare(); s <= 0 || s > 0.3 {
		t.Errorf("anon share = %v", s)
	}
	if (Tally{}).AnonShare() != 0 {
		t.Error("an empty tally has a share")
	}
}
