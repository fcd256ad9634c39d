// Package weights is the tagger's model file: perceptron weights in an
// open-addressing hash table laid out so the embedded bytes are read in
// place, without decoding, plus a dictionary of words that always take
// one tag.
//
// Layout (all integers little-endian):
//
//	header   magic "PTG1", numTags u32, featureSlots u32, dictSlots u32, blobLen u32
//	features featureSlots × (key u32, offset u32)   key 0 = empty slot
//	dict     dictSlots × (key u32, tag u32)
//	blob     at each offset: n u8, n tags u8, n weights i16
//
// Both tables are probed linearly from key & (slots-1); slots are powers of two.
package weights

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sort"
)

const (
	magic      = "PTG1"
	headerSize = 20
	slotSize   = 8
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
	blob     []byte
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
	bl := le.Uint32(data[16:])
	if fs == 0 || ds == 0 || fs&(fs-1) != 0 || ds&(ds-1) != 0 || nt == 0 || nt > 255 {
		return nil, errors.New("postag model: bad header")
	}
	want := uint64(headerSize) + uint64(fs+ds)*slotSize + uint64(bl)
	if uint64(len(data)) != want {
		return nil, fmt.Errorf("postag model: %d bytes, header says %d", len(data), want)
	}
	m := &Model{NumTags: int(nt), fmask: fs - 1, dmask: ds - 1}
	off := uint32(headerSize)
	m.features = data[off : off+fs*slotSize]
	off += fs * slotSize
	m.dict = data[off : off+ds*slotSize]
	off += ds * slotSize
	m.blob = data[off:]
	// Every offset must point at a whole entry list inside the blob, so
	// that Add can never read out of range whatever the file holds.
	for i := uint32(0); i < fs; i++ {
		if le.Uint32(m.features[i*slotSize:]) == 0 {
			continue
		}
		o := le.Uint32(m.features[i*slotSize+4:])
		if o >= bl || o+1+3*uint32(m.blob[o]) > bl {
			return nil, errors.New("postag model: entry out of range")
		}
		for _, t := range m.blob[o+1 : o+1+uint32(m.blob[o])] {
			if uint32(t) >= nt {
				return nil, errors.New("postag model: tag out of range")
			}
		}
	}
	return m, nil
}

// Add adds the weights of feature key to scores.
func (m *Model) Add(key uint32, scores []int32) {
	le := binary.LittleEndian
	for i := key & m.fmask; ; i = (i + 1) & m.fmask {
		k := le.Uint32(m.features[i*slotSize:])
		if k == key {
			o := le.Uint32(m.features[i*slotSize+4:])
			n := uint32(m.blob[o])
			tags := m.blob[o+1 : o+1+n]
			ws := m.blob[o+1+n : o+1+3*n]
			for j, t := range tags {
				scores[t] += int32(int16(le.Uint16(ws[2*j:])))
			}
			return
		}
		if k == 0 {
			return
		}
	}
}

// Dict returns the tag a word always takes, or 0.
func (m *Model) Dict(key uint32) uint8 {
	le := binary.LittleEndian
	for i := key & m.dmask; ; i = (i + 1) & m.dmask {
		k := le.Uint32(m.dict[i*slotSize:])
		if k == key {
			return uint8(le.Uint32(m.dict[i*slotSize+4:]))
		}
		if k == 0 {
			return 0
		}
	}
}

// Encode writes a model file. Keys must be non-zero; each feature keeps at
// most 255 entries. load is the largest fill of either table (e.g. 0.7).
func Encode(numTags int, feats map[uint32][]Entry, dict map[uint32]uint8, load float64) ([]byte, error) {
	fs := slotsFor(len(feats), load)
	ds := slotsFor(len(dict), load)
	keys := make([]uint32, 0, len(feats))
	for k := range feats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	le := binary.LittleEndian
	ftab := make([]byte, fs*slotSize)
	var blob []byte
	for _, k := range keys {
		es := feats[k]
		if k == 0 || len(es) == 0 || len(es) > 255 {
			return nil, fmt.Errorf("postag model: feature %x has %d entries", k, len(es))
		}
		off := uint32(len(blob))
		blob = append(blob, byte(len(es)))
		for _, e := range es {
			blob = append(blob, e.Tag)
		}
		for _, e := range es {
			blob = le.AppendUint16(blob, uint16(e.Weight))
		}
		i := k & uint32(fs-1)
		for le.Uint32(ftab[i*slotSize:]) != 0 {
			i = (i + 1) & uint32(fs-1)
		}
		le.PutUint32(ftab[i*slotSize:], k)
		le.PutUint32(ftab[i*slotSize+4:], off)
	}
	dkeys := make([]uint32, 0, len(dict))
	for k := range dict {
		dkeys = append(dkeys, k)
	}
	sort.Slice(dkeys, func(i, j int) bool { return dkeys[i] < dkeys[j] })
	dtab := make([]byte, ds*slotSize)
	for _, k := range dkeys {
		i := k & uint32(ds-1)
		for le.Uint32(dtab[i*slotSize:]) != 0 {
			i = (i + 1) & uint32(ds-1)
		}
		le.PutUint32(dtab[i*slotSize:], k)
		le.PutUint32(dtab[i*slotSize+4:], uint32(dict[k]))
	}
	out := []byte(magic)
	out = le.AppendUint32(out, uint32(numTags))
	out = le.AppendUint32(out, uint32(fs))
	out = le.AppendUint32(out, uint32(ds))
	out = le.AppendUint32(out, uint32(len(blob)))
	out = append(out, ftab...)
	out = append(out, dtab...)
	return append(out, blob...), nil
}

// slotsFor returns the smallest power of two holding n keys at most at
// the given load, and always at least one empty slot.
func slotsFor(n int, load float64) int {
	need := int(float64(n)/load) + 1
	return 1 << bits.Len(uint(need-1))
}
