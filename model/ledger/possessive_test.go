package ledger

import "testing"

// The ledger takes possessive_pronoun's pairs only for the possessives
// it reads: a first-person possessive must stay unresolved, as it was
// before the pairs came from data.
func TestPossessivePronoun(t *testing.T) {
	for k, want := range map[string]string{"his": "he", "her": "she", "its": "it", "their": "they", "my": "", "our": "", "the": ""} {
		if got := possessivePronoun(k); got != want {
			t.Errorf("possessivePronoun(%q) = %q, want %q", k, got, want)
		}
	}
}
