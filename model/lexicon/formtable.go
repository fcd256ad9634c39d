package lexicon

// formTable numbers the forms that begin entries (Lexicon.Keys): an
// open-addressing table at most a quarter full, probed linearly. Keys
// asks it for most words of every parsed sentence that pass the keyed
// bits; a Go map hashed each whole word with its general-purpose hash,
// where the forms are short and a hash of their first and last eight
// bytes and length is enough to spread them.
type formTable struct {
	mask  uint32
	slots []formSlot
}

// formSlot is one form, its first eight bytes packed in a word so that a
// probe compares integers first; key 0 marks an empty slot.
type formSlot struct {
	pack uint64
	form string
	key  int32
}

func newFormTable(keys map[string]int32) formTable {
	n := 16
	for n < 4*len(keys) {
		n *= 2
	}
	t := formTable{mask: uint32(n - 1), slots: make([]formSlot, n)}
	for f, k := range keys {
		h, pack := formHash(f)
		h &= t.mask
		for t.slots[h].key != 0 {
			h = (h + 1) & t.mask
		}
		t.slots[h] = formSlot{pack, f, k}
	}
	return t
}

// get returns w's key, or 0 if w begins no entry.
func (t *formTable) get(w string) int32 {
	if w == "" {
		return 0
	}
	h, pack := formHash(w)
	for h &= t.mask; ; h = (h + 1) & t.mask {
		s := &t.slots[h]
		if s.key == 0 {
			return 0
		}
		if s.pack == pack && len(s.form) == len(w) && (len(w) <= 8 || s.form[8:] == w[8:]) {
			return s.key
		}
	}
}

// formHash returns a hash of w and its first eight bytes (fewer, each at
// its place, for a shorter word) packed into a word. w is not empty.
func formHash(w string) (uint32, uint64) {
	n := len(w)
	var pack, tail uint64
	switch {
	case n >= 8:
		pack, tail = load64(w), load64(w[n-8:])
	case n >= 4:
		// Two four-byte loads overlapping in the middle put each byte at
		// its own place, so the OR is exactly the word.
		pack = uint64(load32(w)) | uint64(load32(w[n-4:]))<<(8*(n-4))
	default:
		for i := 0; i < n; i++ {
			pack |= uint64(w[i]) << (8 * i)
		}
	}
	x := (pack ^ uint64(n)<<56 ^ tail*0xff51afd7ed558ccd) * 0x9e3779b97f4a7c15
	return uint32(x >> 32), pack
}

// load64 and load32 read little-endian words; each compiles to a load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
