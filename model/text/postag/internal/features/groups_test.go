package features

import (
	"slices"
	"testing"
)

// groupKeys returns the keys of word i of ws in groups, as a tagger
// summing groups reads them.
func groupKeys(ws []Word, i int, h *History) []uint32 {
	var self [NumSelf]uint32
	var p1 [NumPrev1]uint32
	var p2 [NumPrev2]uint32
	var n1 [NumNext1]uint32
	var n2 [NumNext2]uint32
	var tg [NumTagKeys]uint32
	var cx [NumContext]uint32
	SelfKeys(&ws[i], i == 0, &self)
	Prev1Keys(at(ws, i-1), &p1)
	Prev2Keys(at(ws, i-2), &p2)
	Next1Keys(at(ws, i+1), &n1)
	Next2Keys(at(ws, i+2), &n2)
	TagKeys(h.P1, h.P2, &tg)
	ContextKeys(&ws[i], at(ws, i-1), at(ws, i+1), at(ws, i+2), h, &cx)
	out := []uint32{BiasKey(), QuoteKey(ws[i].Quote)}
	for _, g := range [][]uint32{self[:], p1[:], p2[:], n1[:], n2[:], tg[:], cx[:]} {
		out = append(out, g...)
	}
	return out
}

// The groups hold exactly Extract's keys, for every position (the
// sentinels at both ends included) and every kind of history, so a
// tagger adding groups computes the same scores.
func TestGroupsAreExtract(t *testing.T) {
	words := []string{"“", "He", "said", "2024", "it", "was", "n't", "Jo's", "well-known", "U.S.", "”", "book", "."}
	s1, s2, e1, e2 := Sentinels()
	for _, w := range []*Word{s1, s2, e1, e2} {
		if w.Norm == 0 {
			t.Fatal("a sentinel is empty")
		}
	}
	for n := 1; n <= len(words); n++ {
		ws := Prepare(words[:n], nil, noLex{})
		var h History
		for i := range ws {
			var want [Max]uint32
			Extract(ws, i, &h, &want)
			got := groupKeys(ws, i, &h)
			w := slices.Clone(want[:])
			slices.Sort(w)
			slices.Sort(got)
			if !slices.Equal(w, got) {
				t.Fatalf("%d words, word %d: groups %v, Extract %v", n, i, got, w)
			}
			kind := 0
			switch i % 3 {
			case 1:
				kind = Verbal
			case 2:
				kind = Verbal | Finite
			}
			h.Push(&ws[i], uint8(i*7%50+1), kind)
		}
	}
}

// QuoteState counts the quotation marks before a word, as Prepare does.
func TestQuoteStateIsPrepare(t *testing.T) {
	words := []string{"“", "yes", "”", `"`, "no", "''"}
	ws := Prepare(words, nil, noLex{})
	quotes := 0
	for i, w := range words {
		h := HashWord(w, noLex{})
		if q := QuoteState(&h, quotes); q != ws[i].Quote {
			t.Errorf("%q: QuoteState %d, Prepare %d", w, q, ws[i].Quote)
		}
		if h.IsQuote() {
			quotes++
		}
	}
}
