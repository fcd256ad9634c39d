package model

import "testing"

// TestStrTable: the table answers exactly as the map it was built from,
// for every key and for words that are not keys, long and short.
func TestStrTable(t *testing.T) {
	tab := newStrTable(lex.words)
	for w, wi := range lex.words {
		if got := tab.get(w); got != wi {
			t.Errorf("get(%q) = %p, want %p", w, got, wi)
		}
	}
	for _, w := range []string{"", "x", "zz", "saidx", "officialsx", "anonymously-sourced-claims", "the the"} {
		if got := tab.get(w); got != lex.words[w] {
			t.Errorf("get(%q) = %p, want %p", w, got, lex.words[w])
		}
	}
	// Keys of every length strKey treats apart, and near misses.
	small := newStrTable(map[string]int{"abcdefghij": 1, "abcdefghik": 2, "a": 3, "ab": 4, "abc": 5, "abcde": 6, "abcdefgh": 7})
	for w, want := range map[string]int{"abcdefghij": 1, "abcdefghik": 2, "a": 3, "ab": 4, "abc": 5, "abcde": 6, "abcdefgh": 7,
		"abcdefghi": 0, "abcdefghijk": 0, "b": 0, "ba": 0, "acb": 0, "abcdf": 0, "abcd": 0, "abcdefgi": 0} {
		if got := small.get(w); got != want {
			t.Errorf("small.get(%q) = %d, want %d", w, got, want)
		}
	}
}
