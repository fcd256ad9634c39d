// Package postag tags English words with Penn Treebank parts of speech
// (the XPOS column of Universal Dependencies English EWT) using a small
// averaged-perceptron model embedded in the binary, and lemmatises them.
//
// Words are expected split the way the treebank splits them: punctuation
// apart, clitics as their own words ("do" "n't", "it" "'s", "John" "'s").
// Curly quotes and apostrophes are read as their ASCII forms.
package postag

// Tag is a Penn Treebank part-of-speech tag as used by UD English EWT.
// The zero value is None (no tag).
type Tag uint8

// The tag set of EWT's XPOS column, plus None.
const (
	None       Tag = iota
	Dollar         // $
	CloseQuote     // ''
	Comma          // ,
	LRB            // -LRB-
	RRB            // -RRB-
	Period         // .
	Colon          // :
	ADD            // email or web address
	AFX            // affix
	CC             // coordinating conjunction
	CD             // cardinal number
	DT             // determiner
	EX             // existential there
	FW             // foreign word
	GW             // goes-with (split word)
	HYPH           // hyphen
	IN             // preposition or subordinating conjunction
	JJ             // adjective
	JJR            // comparative adjective
	JJS            // superlative adjective
	LS             // list item marker
	MD             // modal
	NFP            // superfluous punctuation
	NN             // noun, singular or mass
	NNP            // proper noun, singular
	NNPS           // proper noun, plural
	NNS            // noun, plural
	PDT            // predeterminer
	POS            // possessive ending
	PRP            // personal pronoun
	PRPS           // PRP$, possessive pronoun
	RB             // adverb
	RBR            // comparative adverb
	RBS            // superlative adverb
	RP             // particle
	SYM            // symbol
	TO             // to
	UH             // interjection
	VB             // verb, base form
	VBD            // verb, past tense
	VBG            // verb, gerund or present participle
	VBN            // verb, past participle
	VBP            // verb, non-3rd person singular present
	VBZ            // verb, 3rd person singular present
	WDT            // wh-determiner
	WP             // wh-pronoun
	WPS            // WP$, possessive wh-pronoun
	WRB            // wh-adverb
	OpenQuote      // ``

	// NumTags is one past the largest tag: tags index arrays [NumTags]T.
	NumTags = iota
)

var tagNames = [NumTags]string{
	None: "", Dollar: "$", CloseQuote: "''", Comma: ",", LRB: "-LRB-", RRB: "-RRB-",
	Period: ".", Colon: ":", ADD: "ADD", AFX: "AFX", CC: "CC", CD: "CD", DT: "DT",
	EX: "EX", FW: "FW", GW: "GW", HYPH: "HYPH", IN: "IN", JJ: "JJ", JJR: "JJR",
	JJS: "JJS", LS: "LS", MD: "MD", NFP: "NFP", NN: "NN", NNP: "NNP", NNPS: "NNPS",
	NNS: "NNS", PDT: "PDT", POS: "POS", PRP: "PRP", PRPS: "PRP$", RB: "RB",
	RBR: "RBR", RBS: "RBS", RP: "RP", SYM: "SYM", TO: "TO", UH: "UH", VB: "VB",
	VBD: "VBD", VBG: "VBG", VBN: "VBN", VBP: "VBP", VBZ: "VBZ", WDT: "WDT",
	WP: "WP", WPS: "WP$", WRB: "WRB", OpenQuote: "``",
}

// String returns the treebank's spelling of the tag ("VBD", "PRP$").
func (t Tag) String() string {
	if t >= NumTags {
		return "?"
	}
	return tagNames[t]
}

// ParseTag returns the tag spelled s, and false if s is not one.
func ParseTag(s string) (Tag, bool) {
	for t := Tag(1); t < NumTags; t++ {
		if tagNames[t] == s {
			return t, true
		}
	}
	return None, false
}

// IsNoun reports a common or proper noun (NN, NNS, NNP, NNPS).
func (t Tag) IsNoun() bool { return t == NN || t == NNS || t == NNP || t == NNPS }

// IsProperNoun reports NNP or NNPS.
func (t Tag) IsProperNoun() bool { return t == NNP || t == NNPS }

// IsPlural reports a plural noun (NNS, NNPS).
func (t Tag) IsPlural() bool { return t == NNS || t == NNPS }

// IsVerb reports a verb form (VB, VBD, VBG, VBN, VBP, VBZ); modals are not.
func (t Tag) IsVerb() bool { return t >= VB && t <= VBZ }

// IsFinite reports a verb that can head a clause alone: VBD, VBP, VBZ, MD.
func (t Tag) IsFinite() bool { return t == VBD || t == VBP || t == VBZ || t == MD }

// IsModal reports MD (may, might, could, would, will, can, should, must).
func (t Tag) IsModal() bool { return t == MD }

// IsPastTense reports VBD.
func (t Tag) IsPastTense() bool { return t == VBD }

// IsPastParticiple reports VBN.
func (t Tag) IsPastParticiple() bool { return t == VBN }

// IsGerund reports VBG (gerund or present participle).
func (t Tag) IsGerund() bool { return t == VBG }

// IsAdjective reports JJ, JJR or JJS.
func (t Tag) IsAdjective() bool { return t == JJ || t == JJR || t == JJS }

// IsAdverb reports RB, RBR, RBS or WRB.
func (t Tag) IsAdverb() bool { return t == RB || t == RBR || t == RBS || t == WRB }

// IsDeterminer reports DT, PDT or WDT.
func (t Tag) IsDeterminer() bool { return t == DT || t == PDT || t == WDT }

// IsPronoun reports PRP, PRP$, WP, WP$ or EX.
func (t Tag) IsPronoun() bool { return t == PRP || t == PRPS || t == WP || t == WPS || t == EX }

// IsWh reports a wh-word tag: WDT, WP, WP$, WRB.
func (t Tag) IsWh() bool { return t == WDT || t == WP || t == WPS || t == WRB }

// IsPunct reports a punctuation tag.
func (t Tag) IsPunct() bool {
	switch t {
	case CloseQuote, OpenQuote, Comma, LRB, RRB, Period, Colon, HYPH, NFP:
		return true
	}
	return false
}
