package postag

import (
	"github.com/caveat-reader/caveat/model/text/postag/internal/features"
	"github.com/caveat-reader/caveat/model/text/postag/internal/weights"
)

// Most of a word's 39 feature look-ups read that word alone: its own
// features (word, affixes, shape, ...) and those it lends as the previous
// or next word. Each is a probe of a 2.6 MB table, missing the cache, so
// their sums are kept per word in a small direct-mapped cache and only
// the features that read two words or the tags decided so far are
// looked up each time. The sums are the same integers, so the tags are
// exactly those of adding every feature's weights one by one.

// cacheSize is the number of words whose sums are kept: enough for the
// common words of a run of news text.
const cacheSize = 1024

// Which sums of a cache entry are filled.
const (
	haveWord = 1 << iota
	havePrev1
	haveNext1
	haveNext2
)

type cacheEntry struct {
	w                         features.Word // with Quote cleared: no kept sum reads it
	have                      uint8
	word, prev1, next1, next2 [NumTags]int32
}

// scratch is one goroutine's buffers, pooled by the Tagger.
type scratch struct {
	ws    []features.Word
	cache []cacheEntry
	sink  byte // Touch's result
}

// entry returns the cache entry of w, emptied if it held another word.
func (sc *scratch) entry(w *features.Word) *cacheEntry {
	if sc.cache == nil {
		sc.cache = make([]cacheEntry, cacheSize)
	}
	key := *w
	key.Quote = 0
	e := &sc.cache[(w.Exact^w.Norm>>21^w.Shape>>7)&(cacheSize-1)]
	if e.have == 0 || e.w != key {
		e.w, e.have = key, 0
	}
	return e
}

// sums sets scores to the sum of the weights of word i's features that
// read one word alone (RestKeys's are left to the caller).
func (sc *scratch) sums(m *weights.Model, ws []features.Word, i int, scores *[NumTags]int32) {
	if i == 0 {
		// The first word's own features read that it is first: not
		// kept, as a word is first far less often than not.
		*scores = [NumTags]int32{}
		var k [features.NWord]uint32
		features.WordKeys(&ws[0], true, &k)
		for _, f := range k {
			m.Add(f, scores[:])
		}
	} else {
		e := sc.entry(&ws[i])
		if e.have&haveWord == 0 {
			var k [features.NWord]uint32
			features.WordKeys(&ws[i], false, &k)
			e.word = [NumTags]int32{}
			for _, f := range k {
				m.Add(f, e.word[:])
			}
			e.have |= haveWord
		}
		*scores = e.word
	}
	if e := sc.entry(features.Neighbour(ws, i-1)); true {
		if e.have&havePrev1 == 0 {
			var k [features.NPrev1]uint32
			features.Prev1Keys(&e.w, &k)
			fill(m, k[:], &e.prev1)
			e.have |= havePrev1
		}
		addTo(scores, &e.prev1)
	}
	if e := sc.entry(features.Neighbour(ws, i+1)); true {
		if e.have&haveNext1 == 0 {
			var k [features.NNext1]uint32
			features.Next1Keys(&e.w, &k)
			fill(m, k[:], &e.next1)
			e.have |= haveNext1
		}
		addTo(scores, &e.next1)
	}
	if e := sc.entry(features.Neighbour(ws, i+2)); true {
		if e.have&haveNext2 == 0 {
			var k [features.NNext2]uint32
			features.Next2Keys(&e.w, &k)
			fill(m, k[:], &e.next2)
			e.have |= haveNext2
		}
		addTo(scores, &e.next2)
	}
}

func fill(m *weights.Model, keys []uint32, v *[NumTags]int32) {
	*v = [NumTags]int32{}
	for _, f := range keys {
		m.Add(f, v[:])
	}
}

func addTo(scores, v *[NumTags]int32) {
	for c := range scores {
		scores[c] += v[c]
	}
}
