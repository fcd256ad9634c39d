package wordtable

import (
	"strings"
	"testing"
)

// TestTableIsMap: the table answers exactly as the map it was built
// from, for every key and for words that are not keys: words of every
// length around the packed eight bytes, words sharing their first or last
// eight bytes, differing only in length or case, and the empty word.
func TestTableIsMap(t *testing.T) {
	keys := map[string]int32{}
	var others []string
	for n := 1; n <= 20; n++ {
		for _, c := range "abcxyz'’-" {
			w := strings.Repeat(string(c), n)
			keys[w] = int32(len(keys) + 1)
			others = append(others, w+"s", "s"+w, strings.ToUpper(w))
		}
		keys["allegation"[:min(n, 10)]+strings.Repeat("q", max(0, n-10))] = int32(len(keys) + 1)
		others = append(others, "allegatiom"[:min(n, 10)]+strings.Repeat("q", max(0, n-10)))
	}
	others = append(others, "", "allegations", "allegationq1", "xallegationq", strings.Repeat("a", 40))
	tab := New(keys)
	for w, k := range keys {
		if got := tab.Get(w); got != k {
			t.Errorf("Get(%q) = %d, want %d", w, got, k)
		}
	}
	for _, w := range others {
		if _, ok := keys[w]; ok {
			continue
		}
		if got := tab.Get(w); got != 0 {
			t.Errorf("Get(%q) = %d, want 0", w, got)
		}
	}
	small := New(map[string]int{"abcdefghij": 1, "abcdefghik": 2, "a": 3, "ab": 4, "abc": 5, "abcde": 6, "abcdefgh": 7})
	for w, want := range map[string]int{"abcdefghij": 1, "abcdefghik": 2, "a": 3, "ab": 4, "abc": 5, "abcde": 6, "abcdefgh": 7,
		"abcdefghi": 0, "abcdefghijk": 0, "b": 0, "ba": 0, "acb": 0, "abcdf": 0, "abcd": 0, "abcdefgi": 0} {
		if got := small.Get(w); got != want {
			t.Errorf("small.Get(%q) = %d, want %d", w, got, want)
		}
	}
}
