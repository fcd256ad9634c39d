package features

// The templates of Extract, split by what each reads, so a tagger can
// add up once the weights of the features that read one word alone and
// keep the sum for the next time the same word comes (a word's own
// features, and those it lends as the previous or next word), looking
// up in the model only the features that read two words or the tags
// decided so far. The five parts hold exactly the keys Extract writes
// (TestSplitIsExtract).
const (
	NWord  = 16 // Word: the word's own features, at a position other than the first
	NPrev1 = 2  // Prev1: what a word lends to the word after it
	NNext1 = 4  // Next1: what a word lends to the word before it
	NNext2 = 2  // Next2: what a word lends to the word two before it
	NRest  = Max - NWord - NPrev1 - NNext1 - NNext2
)

// WordKeys writes the keys of the features of w that read nothing but w
// (and whether it is the sentence's first word).
func WordKeys(w *Word, first bool, out *[NWord]uint32) {
	f := uint64(0)
	if first {
		f = 1 << 8
	}
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
	out[10] = key(tFlagsFirst, w.Flags|f)
	out[11] = key(tLength, w.Length)
	out[12] = key(tAmb, w.Amb)
	out[13] = key(tCapFirst, w.Cap<<9|f|w.Flags&flagCap)
	out[14] = key(tExact, w.Exact)
	out[15] = key2(tSuf3Cap, w.Suf[2], w.Flags&flagCap|f)
}

// Prev1Keys writes the keys that w, as the previous word, gives the next.
func Prev1Keys(w *Word, out *[NPrev1]uint32) {
	out[0] = key(tPrev1Word, w.Norm)
	out[1] = key(tPrev1Suf3, w.Suf[2])
}

// Next1Keys writes the keys that w, as the next word, gives the one before.
func Next1Keys(w *Word, out *[NNext1]uint32) {
	out[0] = key(tNext1Word, w.Norm)
	out[1] = key(tNext1Suf3, w.Suf[2])
	out[2] = key(tNext1Shape, w.Shape)
	out[3] = key(tNext1Amb, w.Amb)
}

// Next2Keys writes the keys that w gives the word two before it.
func Next2Keys(w *Word, out *[NNext2]uint32) {
	out[0] = key(tNext2Word, w.Norm)
	out[1] = key(tNext2Amb, w.Amb)
}

// RestKeys writes the other keys of word i: those that read two words,
// the word's quotation state, or the history.
func RestKeys(ws []Word, i int, h *History, out *[NRest]uint32) {
	w := &ws[i]
	prev1, prev2 := at(ws, i-1), at(ws, i-2)
	next1, next2 := at(ws, i+1), at(ws, i+2)
	t1, t2 := uint64(h.P1)+1, uint64(h.P2)+1
	out[0] = key(tPrev1Tag, t1)
	out[1] = key(tPrev2Tag, t2)
	out[2] = key(tPrevTags, t1<<8|t2)
	out[3] = key2(tPrev1TagWord, t1, w.Norm)
	out[4] = key(tPrev2Word, prev2.Norm)
	out[5] = key2(tPrevWordWord, prev1.Norm, w.Norm)
	out[6] = key2(tWordNextWord, w.Norm, next1.Norm)
	out[7] = key2(tPrev1TagNext1Word, t1, next1.Norm)
	out[8] = key(tQuote, w.Quote)
	out[9] = key2(tAmbPrev1Tag, w.Amb, t1)
	out[10] = key2(tNextBigram, next1.Norm, next2.Norm)
	out[11] = key2(tPrev2TagWord, t2, w.Norm)
	out[12] = key2(tLeftVerb, h.verb, h.verbDist)
	out[13] = key2(tLeftVerbTag, uint64(h.verbTag)<<8|h.verbDist, w.Suf[1])
	out[14] = key2(tFiniteSeen, h.finite<<8|t1, w.Suf[1])
}

// Neighbour returns word i of ws, or the sentinel standing before the
// first or after the last word.
func Neighbour(ws []Word, i int) *Word { return at(ws, i) }
