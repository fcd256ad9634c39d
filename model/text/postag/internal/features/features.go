// Package features turns the words of a sentence into the hashed feature
// keys of the tagger's perceptron. Training and tagging both call it, so
// the model always sees the same features it was trained on.
//
// Nothing here builds strings: each word is normalised once into a stack
// buffer and hashed, and a feature key mixes a template number with those
// hashes (and the previous tags), so Extract allocates nothing.
package features

// Max is the number of features Extract writes for one word.
const Max = 39

// Word holds the hashes of one word that the feature templates read.
type Word struct {
	Norm   uint64    // lowercased word, numbers folded to !YEAR / !DIGITS
	Suf    [4]uint64 // last 1..4 bytes of the lowercased word
	Pre    [3]uint64 // first 1..3 bytes
	Shape  uint64    // character classes, runs collapsed: "Xx", "d.d", "Xx-x"
	Flags  uint64    // capitalisation, digits, hyphen (bits below)
	Length uint64    // byte length, capped
	Exact  uint64    // the word as written (case kept)
	Amb    uint64    // the tags training saw the word with, or 0 (from the Lexicon)
	Cap    uint64    // how training saw the word capitalised, or 0 (from the Lexicon)
	Quote  uint64    // 1 + whether an odd number of quote marks precede the word; 4 more if it is one, plus its curly direction
}

// Flag bits of Word.Flags.
const (
	flagCap        = 1 << iota // first letter upper case
	flagAllCap                 // every letter upper case, two or more letters
	flagDigit                  // contains a digit
	flagHyphen                 // contains a hyphen
	flagUpper                  // contains an upper-case letter anywhere
	flagQuote                  // is a double quote mark (" `` '' “ ”)
	flagOpenQuote              // contains “
	flagCloseQuote             // contains ”
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
	tQuote
	tAmb
	tCapFirst
	tNext1Amb
	tNext2Amb
	tAmbPrev1Tag
	tExact
	tNextBigram
	tPrev2TagWord
	tSuf3Cap
	tLeftVerb
	tLeftVerbTag
	tFiniteSeen
)

// History is what decoding has decided so far that the features of the
// next word read: the last two tags and the nearest verb or modal behind.
type History struct {
	P1, P2   uint8  // tags of the previous two words (0 before the sentence)
	verb     uint64 // Norm of the nearest verb or modal behind, within reach
	verbTag  uint8
	verbDist uint64
	finite   uint64 // 1 once a finite verb or modal has been tagged in the sentence
}

// Kinds of tag that History.Push records.
const (
	Verbal = 1 << iota // a verb or modal form
	Finite             // a finite verb or modal (VBD, VBP, VBZ, MD)
)

// verbReach is how many words back the nearest verb is looked for.
const verbReach = 4

// KindOf returns the kind of a tag for Push.
func KindOf(verbal, finite bool) int {
	k := 0
	if verbal {
		k |= Verbal
	}
	if finite {
		k |= Finite
	}
	return k
}

// Push records that the word w got tag, of the given kind (Verbal,
// Finite or both, or 0).
func (h *History) Push(w *Word, tag uint8, kind int) {
	h.P2, h.P1 = h.P1, tag
	h.verbDist++
	if kind&Finite != 0 {
		h.finite = 1
	}
	if kind&Verbal != 0 {
		h.verb, h.verbTag, h.verbDist = w.Norm, tag, 1
	}
	if h.verbDist > verbReach {
		h.verb, h.verbTag = 0, 0
	}
}

// A Lexicon tells what training saw of a word, by LexKey; 0 if nothing.
// The tagger's lexicon is a table of the model file.
type Lexicon interface {
	Lex(key uint32) uint32
}

// LexKey is the lexicon key of a word: its lower-cased, folded form.
func LexKey(w *Word) uint32 { return finish(fmix(w.Norm ^ 0x6c6578)) }

// LexValue packs what training saw of a word: tags, a bit set over tag
// numbers of the tags it took in a good share of its uses, and capital,
// a small bucket of how often it was capitalised inside a sentence.
func LexValue(tags uint64, capital uint8) uint32 {
	return uint32(fmix(tags)>>35)<<3 | uint32(capital&7) | 8
}

// Sentinel hashes for positions before the first and after the last word.
var (
	start1 = Word{Norm: fmix(0x5354415254310001), Shape: fmix(0x5354415254310002)}
	start2 = Word{Norm: fmix(0x5354415254320001), Shape: fmix(0x5354415254320002)}
	end1   = Word{Norm: fmix(0x454e443100000001), Shape: fmix(0x454e443100000002)}
	end2   = Word{Norm: fmix(0x454e443200000001), Shape: fmix(0x454e443200000002)}
)

// Prepare fills ws[i] for each word and returns ws, reusing its storage.
func Prepare(words []string, ws []Word, lex Lexicon) []Word {
	ws = ws[:0]
	quotes := 0
	for _, w := range words {
		h := HashWord(w, lex)
		h.Quote = QuoteState(&h, quotes)
		if h.IsQuote() {
			quotes++
		}
		ws = append(ws, h)
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

// Extract writes the feature keys of word i, given the history of the
// words before it, into out.
func Extract(ws []Word, i int, h *History, out *[Max]uint32) {
	p1, p2 := h.P1, h.P2
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
	out[26] = key(tQuote, w.Quote)
	out[27] = key(tAmb, w.Amb)
	out[28] = key(tCapFirst, w.Cap<<9|first|w.Flags&flagCap)
	out[29] = key(tNext1Amb, next1.Amb)
	out[30] = key(tNext2Amb, next2.Amb)
	out[31] = key2(tAmbPrev1Tag, w.Amb, t1)
	out[32] = key(tExact, w.Exact)
	out[33] = key2(tNextBigram, next1.Norm, next2.Norm)
	out[34] = key2(tPrev2TagWord, t2, w.Norm)
	out[35] = key2(tSuf3Cap, w.Suf[2], w.Flags&flagCap|first)
	out[36] = key2(tLeftVerb, h.verb, h.verbDist)
	out[37] = key2(tLeftVerbTag, uint64(h.verbTag)<<8|h.verbDist, w.Suf[1])
	out[38] = key2(tFiniteSeen, h.finite<<8|t1, w.Suf[1])
}

// BiasKey is the key Extract writes first for every word, whatever the
// word: its weights are the same for all, so a tagger may add them up
// once.
func BiasKey() uint32 { return key(tBias, 0) }

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
