package postag

// UTag is a Universal Dependencies part of speech (the UPOS column).
type UTag uint8

// The seventeen UD parts of speech, plus UNone for the zero value.
const (
	UNone UTag = iota
	ADJ
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	USYM
	VERB
	X
	numUTags
)

var utagNames = [numUTags]string{
	UNone: "", ADJ: "ADJ", ADP: "ADP", ADV: "ADV", AUX: "AUX", CCONJ: "CCONJ",
	DET: "DET", INTJ: "INTJ", NOUN: "NOUN", NUM: "NUM", PART: "PART", PRON: "PRON",
	PROPN: "PROPN", PUNCT: "PUNCT", SCONJ: "SCONJ", USYM: "SYM", VERB: "VERB", X: "X",
}

// String returns the UD spelling ("NOUN", "SYM").
func (u UTag) String() string {
	if u >= numUTags {
		return "?"
	}
	return utagNames[u]
}

// universal maps each Penn tag to the UD part of speech it most often
// carries in EWT. The mapping is not one-to-one in the treebank: VB* is
// AUX for auxiliaries, IN is SCONJ before a clause, DT is PRON when it
// stands alone; callers that need those distinctions look at the word.
var universal = [NumTags]UTag{
	Dollar: USYM, CloseQuote: PUNCT, Comma: PUNCT, LRB: PUNCT, RRB: PUNCT,
	Period: PUNCT, Colon: PUNCT, ADD: X, AFX: X, CC: CCONJ, CD: NUM, DT: DET,
	EX: PRON, FW: X, GW: X, HYPH: PUNCT, IN: ADP, JJ: ADJ, JJR: ADJ, JJS: ADJ,
	LS: NUM, MD: AUX, NFP: PUNCT, NN: NOUN, NNP: PROPN, NNPS: PROPN, NNS: NOUN,
	PDT: DET, POS: PART, PRP: PRON, PRPS: PRON, RB: ADV, RBR: ADV, RBS: ADV,
	RP: ADP, SYM: USYM, TO: PART, UH: INTJ, VB: VERB, VBD: VERB, VBG: VERB,
	VBN: VERB, VBP: VERB, VBZ: VERB, WDT: PRON, WP: PRON, WPS: PRON, WRB: ADV,
	OpenQuote: PUNCT,
}

// Universal returns the UD part of speech the tag most often stands for.
func (t Tag) Universal() UTag {
	if t >= NumTags {
		return UNone
	}
	return universal[t]
}
