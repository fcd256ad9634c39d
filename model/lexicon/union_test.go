package lexicon

import (
	"strings"
	"testing"
)

// TestUnionMatchesWhatAnyClassMatches: the union of classes matches a
// phrase exactly when one of its classes does, with the longest entry.
func TestUnionMatchesWhatAnyClassMatches(t *testing.T) {
	l := Default()
	names := []string{"dismissive", "deny_verb", "unknown_predicate"}
	u := l.Union(names...)
	for _, n := range names {
		for _, e := range l.Class(n).Entries() {
			words := strings.Fields(e)
			best := 0
			for _, m := range names {
				best = max(best, l.Class(m).MatchWords(words))
			}
			if got := u.MatchWords(words); got != best {
				t.Errorf("%s entry %q: union matches %d words, the classes %d", n, e, got, best)
			}
		}
	}
	for _, w := range [][]string{{"table"}, {"up", "the", "stairs"}, {"in", "the", "air"}} {
		if got := u.MatchWords(w); got != 0 {
			t.Errorf("%q: union matches %d words, want none", w, got)
		}
	}
}
