package weights

import (
	"strings"
	"testing"
)

func sample(t *testing.T) []byte {
	t.Helper()
	feats := map[uint32][]Entry{
		7:          {{Tag: 1, Weight: 5}},
		7 + 1<<20:  {{Tag: 2, Weight: -3}, {Tag: 3, Weight: 9}},                                           // same slot as 7: probes on
		99:         {{Tag: 1, Weight: 1}, {Tag: 2, Weight: 2}, {Tag: 3, Weight: 3}, {Tag: 4, Weight: -4}}, // in the blob
		0xfffffffe: {{Tag: 4, Weight: 32767}},
	}
	data, err := Encode(5, feats, map[uint32]uint8{11: 3}, map[uint32]uint32{12: 77}, 0.75)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestEncodeOpenRoundTrip(t *testing.T) {
	m, err := Open(sample(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Check(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		key  uint32
		want [5]int32
	}{
		{7, [5]int32{0, 5, 0, 0, 0}},
		{7 + 1<<20, [5]int32{0, 0, -3, 9, 0}},
		{99, [5]int32{0, 1, 2, 3, -4}},
		{0xfffffffe, [5]int32{0, 0, 0, 0, 32767}},
		{8, [5]int32{}}, // absent
	} {
		var sc Scores
		m.Add(c.key, &sc)
		var got [5]int32
		copy(got[:], sc[:])
		if got != c.want || [251]int32(sc[5:]) != [251]int32{} {
			t.Errorf("Add(%d) = %v, want %v", c.key, got, c.want)
		}
	}
	if m.Dict(11) != 3 || m.Dict(12) != 0 {
		t.Errorf("Dict: %d %d", m.Dict(11), m.Dict(12))
	}
	if m.Lex(12) != 77 || m.Lex(11) != 0 {
		t.Errorf("Lex: %d %d", m.Lex(12), m.Lex(11))
	}
}

func TestOpenRejectsBadFiles(t *testing.T) {
	good := sample(t)
	for name, data := range map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XXXX"), good[4:]...),
		"truncated": good[:len(good)-1],
		"longer":    append(append([]byte{}, good...), 0),
	} {
		if _, err := Open(data); err == nil || !strings.HasPrefix(err.Error(), "postag model:") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

func TestCheckFindsBadTag(t *testing.T) {
	data, err := Encode(2, map[uint32][]Entry{5: {{Tag: 4, Weight: 1}}}, nil, nil, 0.75)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Check(); err == nil {
		t.Error("Check accepted a tag beyond NumTags")
	}
}

// The filter passes every key of a feature, so Add's sums are those of
// the table alone, and rules out most other keys (its point).
func TestFilterKeepsEveryFeature(t *testing.T) {
	feats := map[uint32][]Entry{}
	x := uint32(1)
	next := func() uint32 { // xorshift: keys spread as the tagger's hashes are
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return x
	}
	for len(feats) < 20000 {
		feats[next()] = []Entry{{Tag: 1, Weight: 1}}
	}
	data, err := Encode(2, feats, map[uint32]uint8{}, map[uint32]uint32{}, 0.7)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(data)
	if err != nil {
		t.Fatal(err)
	}
	for k := range feats {
		var sc Scores
		if m.Add(k, &sc); sc[1] != 1 {
			t.Fatalf("feature %x: Add gave %d", k, sc[1])
		}
	}
	passed, tried := 0, 0
	for tried < 100000 {
		k := next()
		if _, ok := feats[k]; ok || k == 0 {
			continue
		}
		tried++
		if m.mayHold(k) {
			passed++
		}
	}
	if passed > tried/20 {
		t.Errorf("filter passed %d of %d keys of no feature", passed, tried)
	}
	t.Logf("filter passed %d of %d keys of no feature", passed, tried)
}

// Touch marks held every key of a feature (AddHeld then adds them all).
func TestTouchHoldsFeatures(t *testing.T) {
	m, err := Open(sample(t))
	if err != nil {
		t.Fatal(err)
	}
	keys := []uint32{8, 7, 7 + 1<<20, 99, 0xfffffffe}
	held, _ := m.Touch(keys)
	if held&0b11110 != 0b11110 {
		t.Errorf("Touch(%v) held %b: a feature's key is not held", keys, held)
	}
	var viaAdd, viaHeld Scores
	for i, k := range keys {
		m.Add(k, &viaAdd)
		if held&(1<<i) != 0 {
			m.AddHeld(k, &viaHeld)
		}
	}
	if viaAdd != viaHeld {
		t.Error("AddHeld over the held keys differs from Add over all")
	}
}
