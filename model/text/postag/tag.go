// Package postag tags words with their part of speech (Penn Treebank
// tags) and gives their lemma.
//
// This is the detect helper's stand-in behind the tagger helper's API
// (see /work/team/INTERFACES.md): a closed-class word list plus suffix
// and context rules. It is replaced whole by the trained tagger when that
// branch is merged; callers use only Tag, String, Default, Tagger.Tag and
// Lemma.
package postag

// Tag is a Penn Treebank part-of-speech tag.
type Tag uint8

// The Penn Treebank tags the tagger emits.
const (
	X Tag = iota // unknown
	CC
	CD
	DT
	EX
	FW
	IN
	JJ
	JJR
	JJS
	LS
	MD
	NN
	NNS
	NNP
	NNPS
	PDT
	POS
	PRP
	PRPS // PRP$
	RB
	RBR
	RBS
	RP
	SYM
	TO
	UH
	VB
	VBD
	VBG
	VBN
	VBP
	VBZ
	WDT
	WP
	WPS // WP$
	WRB
	Punct // . , : and other marks
	Quote // `` ''
	Paren // -LRB- -RRB-
	numTags
)

var tagNames = [numTags]string{
	X: "X", CC: "CC", CD: "CD", DT: "DT", EX: "EX", FW: "FW", IN: "IN", JJ: "JJ", JJR: "JJR", JJS: "JJS",
	LS: "LS", MD: "MD", NN: "NN", NNS: "NNS", NNP: "NNP", NNPS: "NNPS", PDT: "PDT", POS: "POS",
	PRP: "PRP", PRPS: "PRP$", RB: "RB", RBR: "RBR", RBS: "RBS", RP: "RP", SYM: "SYM", TO: "TO",
	UH: "UH", VB: "VB", VBD: "VBD", VBG: "VBG", VBN: "VBN", VBP: "VBP", VBZ: "VBZ", WDT: "WDT",
	WP: "WP", WPS: "WP$", WRB: "WRB", Punct: ".", Quote: "''", Paren: "-LRB-",
}

// String returns the Penn Treebank name of the tag ("VBD").
func (t Tag) String() string {
	if t < numTags {
		return tagNames[t]
	}
	return "X"
}

// parseTag reads a Penn Treebank tag name.
func parseTag(s string) (Tag, bool) {
	for i, n := range tagNames {
		if n == s {
			return Tag(i), true
		}
	}
	switch s {
	case ",", ":", "HYPH", "NFP", "$", "#":
		return Punct, true
	case "``":
		return Quote, true
	case "-RRB-":
		return Paren, true
	}
	return X, false
}
