package lexicon

import (
	"strings"
	"testing"
)

// The form table gives each form its key and every other word 0: words
// of every length around the packed eight bytes, words that share their
// first or last eight bytes or differ only in length.
func TestFormTableIsMap(t *testing.T) {
	keys := map[string]int32{}
	var others []string
	for n := 1; n <= 20; n++ {
		for _, c := range "abcxyz'’-" {
			w := strings.Repeat(string(c), n)
			keys[w] = int32(len(keys) + firstKey)
			others = append(others, w+"s", "s"+w, strings.ToUpper(w))
		}
		keys["allegation"[:min(n, 10)]+strings.Repeat("q", max(0, n-10))] = int32(len(keys) + firstKey)
		others = append(others, "allegatiom"[:min(n, 10)]+strings.Repeat("q", max(0, n-10)))
	}
	others = append(others, "", "allegations", "allegationq1", "xallegationq")
	tab := newFormTable(keys)
	for w, k := range keys {
		if got := tab.get(w); got != k {
			t.Errorf("get(%q) = %d, want %d", w, got, k)
		}
	}
	for _, w := range others {
		if _, ok := keys[w]; ok {
			continue
		}
		if got := tab.get(w); got != 0 {
			t.Errorf("get(%q) = %d, want 0", w, got)
		}
	}
}
