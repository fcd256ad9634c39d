// Package wordtable is the read-only word-keyed hash table the model's
// tokenizer, segmenter and word sets and the lexicon's keys share.
package wordtable

// Table is a read-only open-addressing hash table keyed by a word.
// Tokenisation, the ledger and the lexicon's keys look up nearly every
// word of the text, and a Go map's general-purpose string hashing made
// those lookups the largest single cost of an analysis; lexicon words are
// short, so a simple hash over their bytes and a linear probe are cheaper.
type Table[V any] struct {
	mask uint32
	maxN int // the longest key: longer words are in no lexicon
	// tags[h] is 0 for an empty slot, else 16 bits of its key's hash
	// (never 0). A probe reads tags, small enough to stay in cache, and
	// touches slots only on a tag match: most words of a text are in no
	// lexicon, and their probe ends without reading a slot.
	tags  []uint16
	slots []slot[V]
}

// slot holds a key with its length and first eight bytes packed into
// a word (keyOf), so that a probe compares two integers, and compares
// bytes only past the eighth.
type slot[V any] struct {
	pack uint64
	n    int
	key  string
	val  V
}

// New copies m into a table at most a quarter full, so that a
// miss (most words of a text) usually ends at the first empty slot. The
// empty key is left out: no token is empty.
func New[V any](m map[string]V) *Table[V] {
	n := 16
	for n < 4*len(m) {
		n *= 2
	}
	t := &Table[V]{mask: uint32(n - 1), tags: make([]uint16, n), slots: make([]slot[V], n)}
	for k, v := range m {
		if k == "" {
			continue
		}
		t.maxN = max(t.maxN, len(k))
		h, pack := keyOf(k)
		tag := tagOf(h)
		h &= t.mask
		for t.tags[h] != 0 {
			h = (h + 1) & t.mask
		}
		t.tags[h] = tag
		t.slots[h] = slot[V]{pack, len(k), k, v}
	}
	return t
}

// tagOf takes a slot's tag from the hash bits the mask leaves out.
func tagOf(h uint32) uint16 { return uint16(h>>16) | 1 }

// keyOf returns k's first eight bytes packed into a word, and a hash
// of them, its length and (past eight bytes) its last eight. Loading
// whole words, with overlapping loads for short keys, costs a few
// instructions where a loop over the bytes cost one multiply each.
func keyOf(k string) (hash uint32, pack uint64) {
	n := len(k)
	var tail uint64
	switch {
	case n >= 8:
		pack = le64(k)
		tail = le64(k[n-8:])
	case n >= 4:
		// Two loads that overlap in the middle: each byte lands at its
		// own place, so the OR is exactly the key.
		pack = uint64(le32(k)) | uint64(le32(k[n-4:]))<<(8*(n-4))
	default:
		pack = uint64(k[0]) | uint64(k[n/2])<<(8*(n/2)) | uint64(k[n-1])<<(8*(n-1))
	}
	x := (pack ^ uint64(n)<<58 ^ tail*0xff51afd7ed558ccd) * 0x9e3779b97f4a7c15
	return uint32(x >> 32), pack
}

// le64 and le32 read little-endian words; the compiler makes each a
// single load.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// Get returns the value for w, or the zero value.
func (t *Table[V]) Get(w string) V {
	var zero V
	n := len(w)
	if n > t.maxN || n == 0 {
		return zero
	}
	h, pack := keyOf(w)
	tag := tagOf(h)
	for h &= t.mask; ; h = (h + 1) & t.mask {
		switch t.tags[h] {
		case 0:
			return zero
		case tag:
			s := &t.slots[h]
			if s.n == n && s.pack == pack && (n <= 8 || s.key[8:] == w[8:]) {
				return s.val
			}
		}
	}
}
