// Package weights is the tagger's model file: perceptron weights in an
// open-addressing hash table laid out so the embedded bytes are read in
// place, without decoding, plus a dictionary of words that always take
// one tag.
//
// Layout (all integers little-endian):
//
//	header   magic "PTG3", numTags u32, featureSlots u32, dictSlots u32, lexSlots u32, blobLen u32
//	features featureSlots × 16 bytes: key u32, n u8, then
//	         n <= 3: tags 3 × u8, weights 3 × i16 (inline: one cache line per lookup)
//	         n > 3:  3 unused bytes, offset u32 into blob
//	dict     dictSlots × (key u32, tag u32)          words that always take one tag
//	lex      lexSlots × (key u32, value u32)         what training saw of a word (see package features)
//	blob     at each offset: n tags u8, n weights i16
//
// Key 0 marks an empty slot.
//
// The tables are probed linearly from key & (slots-1); slots are powers of two.
package weights

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sort"
)

const (
	magic       = "PTG3"
	headerSize  = 24
	slotSize    = 8  // dict and lex slots
	featureSize = 16 // feature slots
	inline      = 3  // entries kept in the feature slot itself
)

// Entry is one non-zero weight of a feature.
type Entry struct {
	Tag    uint8
	Weight int16
}

// Model reads a model file in place.
type Model struct {
	NumTags  int
	features []byte
	fmask    uint32
	dict     []byte
	dmask    uint32
	lex      []byte
	lmask    uint32
	blob     []byte
	// filter is a Bloom filter of the feature keys (see mayHold).
	filter []uint64
	fshift uint64
}

// Open checks the header of data and returns a Model reading it in place.
func Open(data []byte) (*Model, error) {
	if len(data) < headerSize || string(data[:4]) != magic {
		return nil, errors.New("postag model: bad magic")
	}
	le := binary.LittleEndian
	nt := le.Uint32(data[4:])
	fs := le.Uint32(data[8:])
	ds := le.Uint32(data[12:])
	ls := le.Uint32(data[16:])
	bl := le.Uint32(data[20:])
	if !pow2(fs) || !pow2(ds) || !pow2(ls) || nt == 0 || nt > 255 {
		return nil, errors.New("postag model: bad header")
	}
	want := uint64(headerSize) + uint64(fs)*featureSize + (uint64(ds)+uint64(ls))*slotSize + uint64(bl)
	if uint64(len(data)) != want {
		return nil, fmt.Errorf("postag model: %d bytes, header says %d", len(data), want)
	}
	m := &Model{NumTags: int(nt), fmask: fs - 1, dmask: ds - 1, lmask: ls - 1}
	off := uint32(headerSize)
	m.features = data[off : off+fs*featureSize]
	off += fs * featureSize
	m.dict = data[off : off+ds*slotSize]
	off += ds * slotSize
	m.lex = data[off : off+ls*slotSize]
	off += ls * slotSize
	m.blob = data[off:]
	m.buildFilter()
	return m, nil
}

// Most of the keys a tagger asks for (four in ten in news text) are of
// no feature: pairs of words or of a tag and a word that training never
// saw. Probing the 2 MB table for one runs to an empty slot, four slots
// on average, mostly a cache miss. The filter, an eighth of the table's
// size (it stays in the processor's cache), answers most of them: one
// 64-bit word per key, three bits of it set, made from the table when it
// is opened (a read of the key column, no decoding of the weights). A key
// of a feature always passes, so Add's sums are those without it.
const (
	filterRatio = 4 // feature slots per filter word
	filterMul   = 0x9e3779b97f4a7c15
)

func (m *Model) buildFilter() {
	words := max(1, len(m.features)/featureSize/filterRatio)
	m.filter = make([]uint64, words)
	m.fshift = uint64(64 - bits.Len(uint(words-1))) // 64 for one word: x>>64 is 0
	le := binary.LittleEndian
	for i := 0; i < len(m.features); i += featureSize {
		if k := le.Uint32(m.features[i:]); k != 0 {
			w, b := m.filterBits(k)
			m.filter[w] |= b
		}
	}
}

// filterBits returns the filter word of key and the bits key sets in it.
func (m *Model) filterBits(key uint32) (uint64, uint64) {
	x := uint64(key) * filterMul
	return x >> m.fshift, 1<<(x>>20&63) | 1<<(x>>26&63) | 1<<(x>>32&63)
}

// mayHold reports false only for a key that is of no feature.
func (m *Model) mayHold(key uint32) bool {
	w, b := m.filterBits(key)
	return m.filter[w]&b == b
}

func pow2(n uint32) bool { return n != 0 && n&(n-1) == 0 }

// Check verifies that every feature points at a whole entry list inside
// the blob with tags in range, and that each table keeps an empty slot
// (so probing ends). Open skips this to stay cheap; the package tests run
// it on the embedded model.
func (m *Model) Check() error {
	le := binary.LittleEndian
	bl := uint32(len(m.blob))
	for _, tab := range []struct {
		b    []byte
		size int
	}{{m.features, featureSize}, {m.dict, slotSize}, {m.lex, slotSize}} {
		empty := false
		for i := 0; i < len(tab.b); i += tab.size {
			empty = empty || le.Uint32(tab.b[i:]) == 0
		}
		if !empty {
			return errors.New("postag model: a table is full")
		}
	}
	for i := 0; i < len(m.features); i += featureSize {
		slot := m.features[i : i+featureSize]
		if le.Uint32(slot) == 0 {
			continue
		}
		n := uint32(slot[4])
		tags := slot[5:8]
		if n > inline {
			o := le.Uint32(slot[8:])
			if o >= bl || o+3*n > bl {
				return errors.New("postag model: entry out of range")
			}
			tags = m.blob[o : o+n]
		} else {
			tags = tags[:n]
		}
		for _, t := range tags {
			if int(t) >= m.NumTags {
				return errors.New("postag model: tag out of range")
			}
		}
	}
	return nil
}

// Touch reads the first slot of each key's probe, all at once: the reads
// do not wait on each other, so the cache misses of a word's features
// overlap instead of coming one after the other in Add's probe loops.
// Keys the filter rules out are not read: bit i of held is set for each
// key i that may be of a feature, to be added with AddHeld (at most 64
// keys). sink is returned only so that the reads are not optimised away.
func (m *Model) Touch(keys []uint32) (held uint64, sink byte) {
	for i, k := range keys {
		if m.mayHold(k) {
			held |= 1 << (i & 63)
			sink ^= m.features[(k&m.fmask)*featureSize]
		}
	}
	return held, sink
}

// Scores are per-tag scores, indexed by tag number. A tag is a byte, so
// indexing this table needs no bounds check in Add's inner loops; tags
// at or above NumTags never occur in a checked model (Check).
type Scores [256]int32

// Add adds the weights of feature key to scores.
func (m *Model) Add(key uint32, scores *Scores) {
	if m.mayHold(key) {
		m.AddHeld(key, scores)
	}
}

// AddHeld is Add for a key the filter passed (Touch's held).
func (m *Model) AddHeld(key uint32, scores *Scores) {
	le := binary.LittleEndian
	for i := key & m.fmask; ; i = (i + 1) & m.fmask {
		// An array, not a slice: its fixed indexes below need no checks.
		slot := (*[featureSize]byte)(m.features[i*featureSize:])
		k := le.Uint32(slot[:4])
		if k == key {
			n := slot[4]
			if n <= inline {
				// Inline entries, unrolled: at most three.
				if n > 0 {
					scores[slot[5]] += int32(int16(le.Uint16(slot[8:10])))
				}
				if n > 1 {
					scores[slot[6]] += int32(int16(le.Uint16(slot[10:12])))
				}
				if n > 2 {
					scores[slot[7]] += int32(int16(le.Uint16(slot[12:14])))
				}
				return
			}
			o, nn := le.Uint32(slot[8:12]), uint32(n)
			tags := m.blob[o : o+nn]
			ws := m.blob[o+nn : o+3*nn]
			// Four entries a turn, read through array pointers whose
			// fixed indexes need no checks: the loop's own count and
			// tests were most of the instructions of the lists, which
			// the tagger adds several of for every word.
			for len(tags) >= 4 && len(ws) >= 8 {
				t, w := (*[4]byte)(tags), (*[8]byte)(ws)
				scores[t[0]] += int32(int16(le.Uint16(w[0:2])))
				scores[t[1]] += int32(int16(le.Uint16(w[2:4])))
				scores[t[2]] += int32(int16(le.Uint16(w[4:6])))
				scores[t[3]] += int32(int16(le.Uint16(w[6:8])))
				tags, ws = tags[4:], ws[8:]
			}
			for len(tags) >= 1 && len(ws) >= 2 {
				scores[tags[0]] += int32(int16(le.Uint16(ws[:2])))
				tags, ws = tags[1:], ws[2:]
			}
			return
		}
		if k == 0 {
			return
		}
	}
}

// Dict returns the tag a word always takes, or 0.
func (m *Model) Dict(key uint32) uint8 { return uint8(probe(m.dict, m.dmask, key)) }

// Lex returns what training saw of a word, or 0.
func (m *Model) Lex(key uint32) uint32 { return probe(m.lex, m.lmask, key) }

func probe(tab []byte, mask, key uint32) uint32 {
	le := binary.LittleEndian
	for i := key & mask; ; i = (i + 1) & mask {
		k := le.Uint32(tab[i*slotSize:])
		if k == key {
			return le.Uint32(tab[i*slotSize+4:])
		}
		if k == 0 {
			return 0
		}
	}
}

// Encode writes a model file. Keys must be non-zero; each feature keeps at
// most 255 entries. load is the largest fill of either table (e.g. 0.7).
func Encode(numTags int, feats map[uint32][]Entry, dict map[uint32]uint8, lex map[uint32]uint32, load float64) ([]byte, error) {
	fs := slotsFor(len(feats), load)
	keys := make([]uint32, 0, len(feats))
	for k := range feats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	le := binary.LittleEndian
	ftab := make([]byte, fs*featureSize)
	var blob []byte
	for _, k := range keys {
		es := feats[k]
		if k == 0 || len(es) == 0 || len(es) > 255 {
			return nil, fmt.Errorf("postag model: feature %x has %d entries", k, len(es))
		}
		i := k & uint32(fs-1)
		for le.Uint32(ftab[i*featureSize:]) != 0 {
			i = (i + 1) & uint32(fs-1)
		}
		slot := ftab[i*featureSize : i*featureSize+featureSize]
		le.PutUint32(slot, k)
		slot[4] = byte(len(es))
		if len(es) <= inline {
			for j, e := range es {
				slot[5+j] = e.Tag
				le.PutUint16(slot[8+2*j:], uint16(e.Weight))
			}
			continue
		}
		le.PutUint32(slot[8:], uint32(len(blob)))
		for _, e := range es {
			blob = append(blob, e.Tag)
		}
		for _, e := range es {
			blob = le.AppendUint16(blob, uint16(e.Weight))
		}
	}
	d32 := make(map[uint32]uint32, len(dict))
	for k, t := range dict {
		d32[k] = uint32(t)
	}
	dtab := table(d32, load)
	ltab := table(lex, load)
	out := []byte(magic)
	out = le.AppendUint32(out, uint32(numTags))
	out = le.AppendUint32(out, uint32(fs))
	out = le.AppendUint32(out, uint32(len(dtab)/slotSize))
	out = le.AppendUint32(out, uint32(len(ltab)/slotSize))
	out = le.AppendUint32(out, uint32(len(blob)))
	out = append(out, ftab...)
	out = append(out, dtab...)
	out = append(out, ltab...)
	return append(out, blob...), nil
}

// table lays out a key -> value table (keys non-zero).
func table(m map[uint32]uint32, load float64) []byte {
	n := slotsFor(len(m), load)
	keys := make([]uint32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	le := binary.LittleEndian
	tab := make([]byte, n*slotSize)
	for _, k := range keys {
		i := k & uint32(n-1)
		for le.Uint32(tab[i*slotSize:]) != 0 {
			i = (i + 1) & uint32(n-1)
		}
		le.PutUint32(tab[i*slotSize:], k)
		le.PutUint32(tab[i*slotSize+4:], m[k])
	}
	return tab
}

// slotsFor returns the smallest power of two holding n keys at most at
// the given load, and always at least one empty slot.
func slotsFor(n int, load float64) int {
	need := int(float64(n)/load) + 1
	return 1 << bits.Len(uint(need-1))
}
