// Package compare sets analysed texts side by side: two versions of one
// story (what changed in its sourcing), by content rather than position.
// It reads model's Analyses only; it never analyses text itself.
package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// interner gives every distinct key a rune of its own, so sequences of
// sentences or words can be diffed as strings of runes by diffmatchpatch
// (its Myers diff with prefix, suffix and half-match speed-ups). Surrogate
// code points are skipped: a string cannot hold them.
type interner struct {
	ids  map[string]rune
	next rune
}

func newInterner() *interner { return &interner{ids: map[string]rune{}, next: 1} }

// id returns key's rune, or ok false when the runes have run out (over a
// million distinct keys), so the caller can fall back to positions.
func (in *interner) id(key string) (rune, bool) {
	if r, ok := in.ids[key]; ok {
		return r, true
	}
	if in.next == 0xD800 {
		in.next = 0xE000
	}
	if in.next > utf8.MaxRune {
		return 0, false
	}
	r := in.next
	in.next++
	in.ids[key] = r
	return r, true
}

// op is one run of a diff between two sequences: n items equal, removed
// from the old sequence, or inserted from the new.
type op struct {
	kind diffmatchpatch.Operation
	n    int
}

// diffSequences diffs two sequences of keys as a patience diff: the keys
// that occur once in each sequence and keep their order in both are
// anchors, and only the stretches between anchors go to diffmatchpatch's
// Myers diff. Myers alone costs the product of the length and the number
// of differences, which grows with a long story's edits; the anchors keep
// each stretch small, so the whole is near linear (BenchmarkDiff).
func diffSequences(old, new []string) []op {
	var out []op
	emit := func(kind diffmatchpatch.Operation, n int) {
		if n == 0 {
			return
		}
		if len(out) > 0 && out[len(out)-1].kind == kind {
			out[len(out)-1].n += n
			return
		}
		out = append(out, op{kind, n})
	}
	i, j := 0, 0
	for _, a := range anchors(old, new) {
		for _, o := range myers(old[i:a.old], new[j:a.new]) {
			emit(o.kind, o.n)
		}
		emit(diffmatchpatch.DiffEqual, 1)
		i, j = a.old+1, a.new+1
	}
	for _, o := range myers(old[i:], new[j:]) {
		emit(o.kind, o.n)
	}
	return out
}

type anchor struct{ old, new int }

// anchors are the keys unique in both sequences, in the longest run that
// keeps their order in both (patience sorting: n log n).
func anchors(old, new []string) []anchor {
	type seen struct{ oldCount, newCount, oldAt, newAt int }
	count := make(map[string]*seen, len(old))
	for i, k := range old {
		c := count[k]
		if c == nil {
			c = &seen{}
			count[k] = c
		}
		c.oldCount++
		c.oldAt = i
	}
	for j, k := range new {
		if c := count[k]; c != nil {
			c.newCount++
			c.newAt = j
		}
	}
	var cands []anchor // in old order
	for i, k := range old {
		if c := count[k]; c.oldCount == 1 && c.newCount == 1 {
			cands = append(cands, anchor{i, c.newAt})
		}
	}
	// Longest increasing run of new positions: tails[l] is the index in
	// cands of the smallest tail of a run of length l+1.
	var tails []int
	prev := make([]int, len(cands))
	for c, a := range cands {
		l, h := 0, len(tails)
		for l < h {
			m := (l + h) / 2
			if cands[tails[m]].new < a.new {
				l = m + 1
			} else {
				h = m
			}
		}
		prev[c] = -1
		if l > 0 {
			prev[c] = tails[l-1]
		}
		if l == len(tails) {
			tails = append(tails, c)
		} else {
			tails[l] = c
		}
	}
	if len(tails) == 0 {
		return nil
	}
	out := make([]anchor, len(tails))
	k := tails[len(tails)-1]
	for c := len(tails) - 1; c >= 0; c-- {
		out[c] = cands[k]
		k = prev[k]
	}
	return out
}

// myers diffs a short stretch with diffmatchpatch over interned keys.
func myers(old, new []string) []op {
	switch {
	case len(old) == 0 && len(new) == 0:
		return nil
	case len(old) == 0:
		return []op{{diffmatchpatch.DiffInsert, len(new)}}
	case len(new) == 0:
		return []op{{diffmatchpatch.DiffDelete, len(old)}}
	}
	in := newInterner()
	a, okA := runesOf(in, old)
	b, okB := runesOf(in, new)
	if !okA || !okB {
		return []op{{diffmatchpatch.DiffDelete, len(old)}, {diffmatchpatch.DiffInsert, len(new)}}
	}
	var out []op
	for _, d := range diffmatchpatch.New().DiffMainRunes(a, b, false) {
		if n := utf8.RuneCountInString(d.Text); n > 0 {
			out = append(out, op{d.Type, n})
		}
	}
	return out
}

func runesOf(in *interner, keys []string) ([]rune, bool) {
	out := make([]rune, len(keys))
	for i, k := range keys {
		r, ok := in.id(k)
		if !ok {
			return nil, false
		}
		out[i] = r
	}
	return out, true
}

// sentenceKey is what must match for two sentences to count as the same:
// their words, ignoring runs of white space and line breaks.
func sentenceKey(s string) string {
	if singleSpaced(s) {
		return s // most sentences: no copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports whether s has no white space but single ASCII
// spaces between words.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		case c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80:
			return false // non-ASCII may be white space too: the slow path decides
		}
	}
	return true
}

// word is a word of a sentence with its byte offsets in the whole text.
type word struct {
	start, end int
	key        string
}

// words splits text[start:end] into words and the punctuation between
// them, each with its offsets, so changed words can be marked in place.
func words(text string, start, end int) []word {
	var out []word
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if !(unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '\'' || r2 == '’' || r2 == '-') {
					break
				}
				j += s2
			}
			out = append(out, word{i, j, text[i:j]})
			i = j
		default:
			out = append(out, word{i, i + size, text[i : i+size]})
			i += size
		}
	}
	return out
}

// Similarity is the share of two sentences' words that survive from one
// to the other, in order: 1 for the same words, 0 for none in common. At
// EditedAt or more, one is an edit of the other.
func Similarity(a, b string) float64 {
	return similarity(words(a, 0, len(a)), words(b, 0, len(b)))
}

// similarity is the share of the two sentences' words (by count) that
// the word diff keeps equal: 1 for the same words, 0 for none shared.
func similarity(a, b []word) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	same := 0
	for _, o := range diffSequences(keysOf(a), keysOf(b)) {
		if o.kind == diffmatchpatch.DiffEqual {
			same += o.n
		}
	}
	return 2 * float64(same) / float64(len(a)+len(b))
}

func keysOf(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w.key)
	}
	return out
}
