package postag

import (
	_ "embed"
	"sync"
	"sync/atomic"

	"github.com/caveat-reader/caveat/model/text/postag/internal/features"
	"github.com/caveat-reader/caveat/model/text/postag/internal/weights"
)

// model.bin is written by `go run ./model/text/postag/internal/train`
// from UD English EWT (CC BY-SA 4.0); see the README.
//
//go:embed data/model.bin
var embedded []byte

// Tagger tags sentences with a perceptron model. It is safe for
// concurrent use.
//
// A word's score for each tag is the sum of the weights of its 39
// features, about 560 weights in all. Most of them depend on one word
// only (the word itself, or the word one or two places before or after
// it), or on the two previous tags only: the tagger adds those up once
// per word (words, wordEntry) and per pair of tags (pairs) and keeps the
// sums, so that tagging a word among those a text keeps using adds seven
// short vectors and looks up only the ten features that mix the word
// with its context; a word met once is looked up feature by feature.
// The sums are integer sums, so the scores, and every tag, are exactly
// those of adding the features one by one (TestTagsAreReference).
type Tagger struct {
	m *weights.Model
	// bias is the weights of the feature every word has (features.BiasKey).
	bias weights.Scores
	// words caches the sums of words in use, two ways per set, found by
	// the word's ExactKey: entries are never changed once stored (but for
	// their heat), so readers on other goroutines see a whole entry or
	// none. seen holds the key of the last word to miss at each place
	// (see entry).
	words [wordSlots]atomic.Pointer[cachedEntry]
	seen  [seenSlots]atomic.Uint32
	// pairs[p1*NumTags+p2] is the bias plus the weights of the features of
	// the previous two tags p1, p2 alone (features.TagKeys), filled on
	// first use.
	pairs [NumTags * NumTags]atomic.Pointer[vector]
	// quotes[q] is the weights of the quotation state q (Word.Quote).
	quotes [maxQuote]atomic.Pointer[vector]
	// start1, start2, end1, end2: the sentinels before and after the
	// words, as neighbours.
	start1, start2, end1, end2 *wordEntry
	scratch                    sync.Pool // *scratch
}

const (
	// wordSlots is how many words' sums are kept, about 1.2 KB each, so
	// at most 10 MB for the process: news text spends most of its words
	// on a few thousand (4096 slots kept 86% of a corpus's words but cost
	// a fifth more time in refills than 8192; 16384 gained nothing more).
	wordSlots = 8192
	// maxCachedWord is the longest word kept: longer ones (addresses,
	// runs of symbols) rarely recur and would hold on to their text.
	maxCachedWord = 32
	seenSlots     = 8192
	// maxQuote bounds features.QuoteState's values (198 at most).
	maxQuote = 256
	// maxHeat caps wordEntry.heat: a word unused for that many misses of
	// its set gives its slot up.
	maxHeat = 64
)

// vector is a score per tag.
type vector [NumTags]int32

func (v *vector) add(u *vector) {
	for j := range v {
		v[j] += u[j]
	}
}

// best returns the tag of the highest score, the first of equals (None,
// index 0, is no tag to choose). The best score so far is kept in a
// variable, not read again from v at each comparison, and the scores are
// compared four to a loop turn (the loop's own count and test were half
// of its instructions); in the same order, so the same tag wins.
func best(v *vector) Tag {
	tag, top := Dollar, v[Dollar]
	c := Dollar + 1
	for ; c+4 <= NumTags; c += 4 {
		w := (*[4]int32)(v[c : c+4])
		if w[0] > top {
			tag, top = c, w[0]
		}
		if w[1] > top {
			tag, top = c+1, w[1]
		}
		if w[2] > top {
			tag, top = c+2, w[2]
		}
		if w[3] > top {
			tag, top = c+3, w[3]
		}
	}
	for ; c < NumTags; c++ {
		if s := v[c]; s > top {
			tag, top = c, s
		}
	}
	return tag
}

// sum7 sets v to the sum of seven vectors: one store per tag, where
// adding them one by one reads and writes v seven times. Integer sums
// in any order are the same.
func (v *vector) sum7(a, b, c, d, e, f, g *vector) {
	for j := range v {
		v[j] = a[j] + b[j] + c[j] + d[j] + e[j] + f[j] + g[j]
	}
}

// wordEntry is what one word contributes to scores, added up.
type wordEntry struct {
	first bool // the word opens its sentence (some features say so)
	dict  Tag  // the tag the word always takes, or None
	w     features.Word
	// sums holds the group sums, for an entry of the cache (summed: a
	// word met once is cheaper looked up feature by feature).
	sums *[numGroups]vector
}

// cachedEntry is a word's entry in the cache. Its word and its sums lie
// in the one allocation beside it, so finding a word and adding its
// sums read neighbouring memory rather than follow a pointer each to a
// string and to the sums elsewhere (the cache is 10 MB: each of those
// was a miss).
type cachedEntry struct {
	wordEntry
	// heat: how much the word has been used lately (cache replacement).
	heat atomic.Int32
	n    uint8 // the word is text[:n]
	text [maxCachedWord]byte
	sums [numGroups]vector
}

// The groups of features a word's entry sums: the word's own (self:
// features.SelfKeys), those it gives the words one and two places after
// it (prev1, prev2) and before it (next1, next2).
const (
	gSelf = iota
	gPrev1
	gPrev2
	gNext1
	gNext2
	numGroups
)

// scratch is one Tag call's buffers, pooled.
type scratch struct {
	ents   []*wordEntry
	own    []wordEntry // the entries of words not cached (too long)
	scores weights.Scores
	tmp    weights.Scores // sum's
	sink   byte           // what Touch read, kept only so that the reads are made
}

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
)

// Default returns the tagger of the embedded model. The model is read in
// place from the binary on first use (no decoding), so this is cheap.
func Default() *Tagger {
	defaultOnce.Do(func() {
		t, err := New(embedded)
		if err != nil {
			// The embedded file is part of the build, not input: a
			// broken one is caught by this package's tests.
			panic(err)
		}
		defaultTagger = t
	})
	return defaultTagger
}

// New returns a tagger reading the model file data in place; data must
// not change afterwards.
func New(data []byte) (*Tagger, error) {
	m, err := weights.Open(data)
	if err != nil {
		return nil, err
	}
	if m.NumTags != int(NumTags) {
		return nil, errTagCount
	}
	t := &Tagger{m: m}
	m.Add(features.BiasKey(), &t.bias)
	s1, s2, e1, e2 := features.Sentinels()
	t.start1, t.start2, t.end1, t.end2 = t.sentinel(s1), t.sentinel(s2), t.sentinel(e1), t.sentinel(e2)
	return t, nil
}

type modelError string

func (e modelError) Error() string { return string(e) }

const errTagCount = modelError("postag model: tag set does not match this build")

// Tag appends to out[:0] the tag of each word of one sentence and returns
// it. Reusing out across calls makes tagging allocation-free once the
// sentence's words have been seen.
func (t *Tagger) Tag(words []string, out []Tag) []Tag {
	out = out[:0]
	if len(words) == 0 {
		return out
	}
	sp, _ := t.scratch.Get().(*scratch)
	if sp == nil {
		sp = new(scratch)
	}
	ents := sp.ents[:0]
	for i, w := range words {
		ents = append(ents, t.entry(w, i == 0, sp, i))
	}
	n := len(ents)
	at := func(i int) *wordEntry {
		switch {
		case i == -1:
			return t.start1
		case i < -1:
			return t.start2
		case i == n:
			return t.end1
		case i > n:
			return t.end2
		}
		return ents[i]
	}
	scores := &sp.scores
	var h features.History
	var cx [features.NumContext]uint32
	quotes := 0
	for i, e := range ents {
		tag := e.dict
		if tag == None {
			p1, n1, n2 := at(i-1), at(i+1), at(i+2)
			features.ContextKeys(&e.w, &p1.w, &n1.w, &n2.w, &h, &cx)
			// The weight table is 2.6 MB: the context look-ups mostly
			// miss the cache. Reading each key's slot first, all at once,
			// lets the misses overlap while the sums are added.
			held, sink := t.m.Touch(cx[:])
			sp.sink ^= sink
			sc := (*vector)(scores[:NumTags])
			p2 := at(i - 2)
			q := features.QuoteState(&e.w, quotes)
			if e.sums != nil && p1.sums != nil && p2.sums != nil && n1.sums != nil && n2.sums != nil && q < maxQuote {
				// Every part summed: one pass writes the total.
				sc.sum7(t.pair(h.P1, h.P2), &e.sums[gSelf], &p1.sums[gPrev1], &p2.sums[gPrev2], &n1.sums[gNext1], &n2.sums[gNext2], t.quote(q))
			} else {
				*sc = *t.pair(h.P1, h.P2)
				t.addGroup(scores, e, gSelf)
				t.addGroup(scores, p1, gPrev1)
				t.addGroup(scores, p2, gPrev2)
				t.addGroup(scores, n1, gNext1)
				t.addGroup(scores, n2, gNext2)
				if q < maxQuote {
					sc.add(t.quote(q))
				} else {
					t.m.Add(features.QuoteKey(q), scores)
				}
			}
			for j, f := range cx {
				if held&(1<<j) != 0 {
					t.m.AddHeld(f, scores)
				}
			}
			tag = best(sc)
		}
		if e.w.IsQuote() {
			quotes++
		}
		out = append(out, tag)
		h.Push(&e.w, uint8(tag), features.KindOf(tag.IsVerb() || tag.IsModal(), tag.IsFinite()))
	}
	clear(ents) // hold no entry past the call
	sp.ents = ents
	t.scratch.Put(sp)
	return out
}

// entry returns the sums of word w (the i-th of its sentence), from the
// cache or made now.
func (t *Tagger) entry(w string, first bool, sp *scratch, i int) *wordEntry {
	key := features.ExactKey(w)
	if len(w) > maxCachedWord {
		return t.ownEntry(w, first, key, sp, i)
	}
	k := key
	if first {
		k ^= 0x9e3779b9 // the first word of a sentence has other sums
	}
	// Two ways per set: a word may sit in either slot of its pair.
	set := t.words[k&(wordSlots-1)&^1:][:2]
	for j := range set {
		if e := set[j].Load(); e != nil && e.first == first && string(e.text[:e.n]) == w {
			if e.heat.Load() < maxHeat {
				e.heat.Add(1)
			}
			return &e.wordEntry
		}
	}
	// A word enters only on its second miss (seen: the last word to miss
	// at each of a table of places), so that words met once, most of a
	// text's different words, never cost an entry nor disturb the cache.
	// Then it takes a slot only from a word gone cold: each such miss
	// cools the set's words, each hit warms its word, so the words a text
	// keeps using stay.
	seen := &t.seen[k&(seenSlots-1)]
	if seen.Swap(k) != k {
		return t.ownEntry(w, first, key, sp, i)
	}
	victim, coldest := -1, int32(1)
	for j := range set {
		e := set[j].Load()
		if e == nil {
			victim = j
			break
		}
		if h := e.heat.Add(-1); h < coldest {
			victim, coldest = j, h
		}
	}
	if victim < 0 {
		return t.ownEntry(w, first, key, sp, i)
	}
	e := new(cachedEntry)
	t.fill(&e.wordEntry, w, first, key)
	e.n = uint8(copy(e.text[:], w)) // not a slice of the caller's text, which it would keep
	e.wordEntry.sums = &e.sums
	t.sumGroups(&e.wordEntry, &sp.tmp)
	e.heat.Store(1)
	set[victim].Store(e)
	return &e.wordEntry
}

// ownEntry fills the scratch entry of word i, for a word not cached.
func (t *Tagger) ownEntry(w string, first bool, key uint32, sp *scratch, i int) *wordEntry {
	if len(sp.own) <= i {
		sp.own = append(sp.own, make([]wordEntry, i+1-len(sp.own))...)
	}
	e := &sp.own[i]
	t.fill(e, w, first, key)
	e.sums = nil // looked up feature by feature
	return e
}

// fill reads word w, whose ExactKey is key, into e.
func (t *Tagger) fill(e *wordEntry, w string, first bool, key uint32) {
	e.first = first
	e.dict = Tag(t.m.Dict(key))
	e.w = features.HashWord(w, t.m)
}

// groupKeys returns the keys of group g of entry e in buf.
func groupKeys(e *wordEntry, g int, buf *[features.NumSelf]uint32) []uint32 {
	switch g {
	case gSelf:
		features.SelfKeys(&e.w, e.first, buf)
		return buf[:]
	case gPrev1:
		features.Prev1Keys(&e.w, (*[features.NumPrev1]uint32)(buf[:features.NumPrev1]))
		return buf[:features.NumPrev1]
	case gPrev2:
		features.Prev2Keys(&e.w, (*[features.NumPrev2]uint32)(buf[:features.NumPrev2]))
		return buf[:features.NumPrev2]
	case gNext1:
		features.Next1Keys(&e.w, (*[features.NumNext1]uint32)(buf[:features.NumNext1]))
		return buf[:features.NumNext1]
	}
	features.Next2Keys(&e.w, (*[features.NumNext2]uint32)(buf[:features.NumNext2]))
	return buf[:features.NumNext2]
}

// sumGroups sums e's groups into e.sums, for the cache. A word that
// always takes one tag is never scored: its own group is left empty.
func (t *Tagger) sumGroups(e *wordEntry, tmp *weights.Scores) {
	var buf [features.NumSelf]uint32
	for g := range numGroups {
		if g == gSelf && e.dict != None {
			continue
		}
		t.sum(groupKeys(e, g, &buf), &e.sums[g], tmp)
	}
}

// addGroup adds group g of entry e to scores: its sum if kept, else
// its features one by one.
func (t *Tagger) addGroup(scores *weights.Scores, e *wordEntry, g int) {
	if e.sums != nil {
		(*vector)(scores[:NumTags]).add(&e.sums[g])
		return
	}
	var buf [features.NumSelf]uint32
	for _, k := range groupKeys(e, g, &buf) {
		t.m.Add(k, scores)
	}
}

func (t *Tagger) sentinel(w *features.Word) *wordEntry {
	e := &wordEntry{w: *w, sums: new([numGroups]vector)}
	t.sumGroups(e, new(weights.Scores))
	return e
}

// sum sets v to the weights of keys, added up in tmp (whose first
// NumTags scores are all a checked model's Add writes).
func (t *Tagger) sum(keys []uint32, v *vector, tmp *weights.Scores) {
	clear(tmp[:NumTags])
	for _, k := range keys {
		t.m.Add(k, tmp)
	}
	copy(v[:], tmp[:NumTags])
}

// pair returns the bias plus the weights of the previous tags p1, p2.
func (t *Tagger) pair(p1, p2 uint8) *vector {
	slot := &t.pairs[int(p1)*int(NumTags)+int(p2)]
	if v := slot.Load(); v != nil {
		return v
	}
	var keys [features.NumTagKeys]uint32
	features.TagKeys(p1, p2, &keys)
	v := new(vector)
	t.sum(keys[:], v, new(weights.Scores))
	v.add((*vector)(t.bias[:NumTags]))
	slot.Store(v)
	return v
}

// quote returns the weights of quotation state q.
func (t *Tagger) quote(q uint64) *vector {
	slot := &t.quotes[q]
	if v := slot.Load(); v != nil {
		return v
	}
	v := new(vector)
	t.sum([]uint32{features.QuoteKey(q)}, v, new(weights.Scores))
	slot.Store(v)
	return v
}
