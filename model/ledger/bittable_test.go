package ledger

import (
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model/lexicon"
)

// The ledger's table of class bits answers every word as the classes'
// word lists do (with the detector's role nouns folded in), and 0 for
// words of none.
func TestBitTableIsTheClasses(t *testing.T) {
	lx := lexicon.Default()
	want := map[string]uint64{}
	for i, n := range classNames {
		for _, w := range lx.Class(n).Words() {
			want[w] |= 1 << i
		}
	}
	foldDetectorRoles(lx, want)
	tab := wordBits()
	for w, b := range want {
		if got := tab.get(w); got != b {
			t.Errorf("%q: bits %b, want %b", w, got, b)
		}
		for _, other := range []string{w + "x", strings.ToUpper(w), w[:len(w)-1]} {
			if got := tab.get(other); got != want[other] {
				t.Errorf("%q: bits %b, want %b", other, got, want[other])
			}
		}
	}
	if tab.get("") != 0 || tab.get("zzyzx") != 0 {
		t.Error("a word of no class has bits")
	}
}
