// Package features turns the words of a sentence into the hashed feature
// keys of the tagger's perceptron. Training and tagging both call it, so
// the model always sees the same features it was trained on.
//
// Nothing here builds strings: each word is normalised once into a stack
// buffer and hashed, and a feature key mixes a template number with those
// hashes (and the previous tags), so Extract allocates nothing.
package features

// Max is the number of features Extract writes for one word.
const Max = 26

// Word holds the hashes of one word that the feature templates read.
type Word struct {
	Norm   uint64    // lowercased word, numbers folded to !YEAR / !DIGITS
	Suf    [4]uint64 // last 1..4 bytes of the lowercased word
	Pre    [3]uint64 // first 1..3 bytes
	Shape  uint64    // character classes, runs collapsed: "Xx", "d.d", "Xx-x"
	Flags  uint64    // capitalisation, digits, hyphen (bits below)
	Length uint64    // byte length, capped
}

// Flag bits of Word.Flags.
const (
	flagCap    = 1 << iota // first letter upper case
	flagAllCap             // every letter upper case, two or more letters
	flagDigit              // contains a digit
	flagHyphen             // contains a hyphen
	flagUpper              // contains an upper-case letter anywhere
)

// The feature templates. Their numbers are part of the model: append new
// ones at the end, never renumber.
const (
	tBias = iota + 1
	tWord
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape
	tFlagsFirst
	tPrev1Tag
	tPrev2Tag
	tPrevTags
	tPrev1TagWord
	tPrev1Word
	tPrev1Suf3
	tPrev2Word
	tNext1Word
	tNext1Suf3
	tNext2Word
	tPrevWordWord
	tWordNextWord
	tPrev1TagNext1Word
	tNext1Shape
	tLength
)

// Sentinel hashes for positions before the first and after the last word.
var (
	start1 = Word{Norm: fmix(0x5354415254310001), Shape: fmix(0x5354415254310002)}
	start2 = Word{Norm: fmix(0x5354415254320001), Shape: fmix(0x5354415254320002)}
	end1   = Word{Norm: fmix(0x454e443100000001), Shape: fmix(0x454e443100000002)}
	end2   = Word{Norm: fmix(0x454e443200000001), Shape: fmix(0x454e443200000002)}
)

// Prepare fills ws[i] for each word and returns ws, reusing its storage.
func Prepare(words []string, ws []Word) []Word {
	ws = ws[:0]
	for _, w := range words {
		ws = append(ws, hashWord(w))
	}
	return ws
}

func at(ws []Word, i int) *Word {
	switch {
	case i == -1:
		return &start1
	case i < -1:
		return &start2
	case i == len(ws):
		return &end1
	case i > len(ws):
		return &end2
	}
	return &ws[i]
}

// Extract writes the feature keys of word i, given the tags p1 and p2 of
// the two words before it (0 before the sentence), into out.
func Extract(ws []Word, i int, p1, p2 uint8, out *[Max]uint32) {
	w := &ws[i]
	prev1, prev2 := at(ws, i-1), at(ws, i-2)
	next1, next2 := at(ws, i+1), at(ws, i+2)
	first := uint64(0)
	if i == 0 {
		first = 1 << 8
	}
	t1, t2 := uint64(p1)+1, uint64(p2)+1
	out[0] = key(tBias, 0)
	out[1] = key(tWord, w.Norm)
	out[2] = key(tSuf1, w.Suf[0])
	out[3] = key(tSuf2, w.Suf[1])
	out[4] = key(tSuf3, w.Suf[2])
	out[5] = key(tSuf4, w.Suf[3])
	out[6] = key(tPre1, w.Pre[0])
	out[7] = key(tPre2, w.Pre[1])
	out[8] = key(tPre3, w.Pre[2])
	out[9] = key(tShape, w.Shape)
	out[10] = key(tFlagsFirst, w.Flags|first)
	out[11] = key(tPrev1Tag, t1)
	out[12] = key(tPrev2Tag, t2)
	out[13] = key(tPrevTags, t1<<8|t2)
	out[14] = key2(tPrev1TagWord, t1, w.Norm)
	out[15] = key(tPrev1Word, prev1.Norm)
	out[16] = key(tPrev1Suf3, prev1.Suf[2])
	out[17] = key(tPrev2Word, prev2.Norm)
	out[18] = key(tNext1Word, next1.Norm)
	out[19] = key(tNext1Suf3, next1.Suf[2])
	out[20] = key(tNext2Word, next2.Norm)
	out[21] = key2(tPrevWordWord, prev1.Norm, w.Norm)
	out[22] = key2(tWordNextWord, w.Norm, next1.Norm)
	out[23] = key2(tPrev1TagNext1Word, t1, next1.Norm)
	out[24] = key(tNext1Shape, next1.Shape)
	out[25] = key(tLength, w.Length)
}

func key(template uint64, v uint64) uint32 {
	return finish(fmix(v ^ template*0x9e3779b97f4a7c15))
}

func key2(template uint64, a, b uint64) uint32 {
	return finish(fmix(a ^ fmix(b+template*0x9e3779b97f4a7c15)))
}

// finish folds a hash to a non-zero 32-bit key (zero marks an empty slot
// in the weight table).
func finish(h uint64) uint32 {
	k := uint32(h >> 32)
	if k == 0 {
		k = 1
	}
	return k
}

// fmix is the 64-bit finaliser of MurmurHash3: every input bit affects
// every output bit.
func fmix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}
