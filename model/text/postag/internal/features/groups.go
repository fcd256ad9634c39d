package features

// Extract's keys grouped by what they depend on, for a tagger that adds
// up a group's weights once and reuses the sum: the keys of a word alone
// (Self), of a word seen from its neighbours (Prev1..Next2), of its
// quotation state (QuoteKey), of the two previous tags alone (TagKeys)
// and the rest, which mix the word with the history or with its
// neighbours (ContextKeys). Together with BiasKey they are exactly the
// keys Extract writes (TestGroupsAreExtract), so the sums are the same.

// Sizes of the groups.
const (
	NumSelf    = 15
	NumPrev1   = 2
	NumPrev2   = 1
	NumNext1   = 4
	NumNext2   = 2
	NumTagKeys = 3
	NumContext = 10
)

// HashWord returns the hashes of one word with what lex saw of it (Amb,
// Cap) and no quotation state: Prepare's reading of w, Quote aside.
func HashWord(w string, lex Lexicon) Word {
	h := hashWord(w)
	if v := lex.Lex(LexKey(&h)); v != 0 {
		h.Amb = uint64(v >> 3)
		h.Cap = uint64(v&7) + 1
	}
	return h
}

// QuoteState is Word.Quote for a word after quotes quotation marks:
// what Prepare stores. IsQuote tells whether the word counts as one.
func QuoteState(w *Word, quotes int) uint64 {
	q := 1 + uint64(quotes)&1
	if w.IsQuote() {
		q += 4 | w.Flags&(flagOpenQuote|flagCloseQuote)
	}
	return q
}

// IsQuote reports a double quotation mark (" “ ” “ ”).
func (w *Word) IsQuote() bool { return w.Flags&flagQuote != 0 }

// Sentinels returns the words Extract reads before the first word (one
// and two places back) and after the last (one and two places on).
func Sentinels() (s1, s2, e1, e2 *Word) { return &start1, &start2, &end1, &end2 }

// SelfKeys writes the keys that depend on the word alone and on whether
// it opens the sentence.
func SelfKeys(w *Word, first bool, out *[NumSelf]uint32) {
	f := uint64(0)
	if first {
		f = 1 << 8
	}
	out[0] = key(tWord, w.Norm)
	out[1] = key(tSuf1, w.Suf[0])
	out[2] = key(tSuf2, w.Suf[1])
	out[3] = key(tSuf3, w.Suf[2])
	out[4] = key(tSuf4, w.Suf[3])
	out[5] = key(tPre1, w.Pre[0])
	out[6] = key(tPre2, w.Pre[1])
	out[7] = key(tPre3, w.Pre[2])
	out[8] = key(tShape, w.Shape)
	out[9] = key(tFlagsFirst, w.Flags|f)
	out[10] = key(tLength, w.Length)
	out[11] = key(tAmb, w.Amb)
	out[12] = key(tCapFirst, w.Cap<<9|f|w.Flags&flagCap)
	out[13] = key(tExact, w.Exact)
	out[14] = key2(tSuf3Cap, w.Suf[2], w.Flags&flagCap|f)
}

// Prev1Keys writes the keys the word before (w) gives a word.
func Prev1Keys(w *Word, out *[NumPrev1]uint32) {
	out[0] = key(tPrev1Word, w.Norm)
	out[1] = key(tPrev1Suf3, w.Suf[2])
}

// Prev2Keys writes the keys the word two places back (w) gives a word.
func Prev2Keys(w *Word, out *[NumPrev2]uint32) { out[0] = key(tPrev2Word, w.Norm) }

// Next1Keys writes the keys the word after (w) gives a word.
func Next1Keys(w *Word, out *[NumNext1]uint32) {
	out[0] = key(tNext1Word, w.Norm)
	out[1] = key(tNext1Suf3, w.Suf[2])
	out[2] = key(tNext1Shape, w.Shape)
	out[3] = key(tNext1Amb, w.Amb)
}

// Next2Keys writes the keys the word two places on (w) gives a word.
func Next2Keys(w *Word, out *[NumNext2]uint32) {
	out[0] = key(tNext2Word, w.Norm)
	out[1] = key(tNext2Amb, w.Amb)
}

// QuoteKey is the key of a word's quotation state (Word.Quote).
func QuoteKey(quote uint64) uint32 { return key(tQuote, quote) }

// TagKeys writes the keys of the previous two tags alone.
func TagKeys(p1, p2 uint8, out *[NumTagKeys]uint32) {
	t1, t2 := uint64(p1)+1, uint64(p2)+1
	out[0] = key(tPrev1Tag, t1)
	out[1] = key(tPrev2Tag, t2)
	out[2] = key(tPrevTags, t1<<8|t2)
}

// ContextKeys writes the keys that mix the word w with the history h or
// with its neighbours prev1, next1 and next2.
func ContextKeys(w, prev1, next1, next2 *Word, h *History, out *[NumContext]uint32) {
	t1, t2 := uint64(h.P1)+1, uint64(h.P2)+1
	out[0] = key2(tPrev1TagWord, t1, w.Norm)
	out[1] = key2(tPrevWordWord, prev1.Norm, w.Norm)
	out[2] = key2(tWordNextWord, w.Norm, next1.Norm)
	out[3] = key2(tPrev1TagNext1Word, t1, next1.Norm)
	out[4] = key2(tAmbPrev1Tag, w.Amb, t1)
	out[5] = key2(tNextBigram, next1.Norm, next2.Norm)
	out[6] = key2(tPrev2TagWord, t2, w.Norm)
	out[7] = key2(tLeftVerb, h.verb, h.verbDist)
	out[8] = key2(tLeftVerbTag, uint64(h.verbTag)<<8|h.verbDist, w.Suf[1])
	out[9] = key2(tFiniteSeen, h.finite<<8|t1, w.Suf[1])
}
