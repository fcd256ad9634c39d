package model

import "testing"

// TestStrTable: the detector's word table answers exactly as the map it
// was built from (model/internal/wordtable tests the table itself).
func TestStrTable(t *testing.T) {
	tab := newStrTable(lex.words)
	for w, wi := range lex.words {
		if got := tab.Get(w); got != wi {
			t.Errorf("Get(%q) = %p, want %p", w, got, wi)
		}
	}
	for _, w := range []string{"", "x", "zz", "saidx", "officialsx", "anonymously-sourced-claims", "the the"} {
		if got := tab.Get(w); got != lex.words[w] {
			t.Errorf("Get(%q) = %p, want %p", w, got, lex.words[w])
		}
	}
}
