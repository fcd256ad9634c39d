// Package tokview is the detector's view of a paragraph's tokens: each
// word or mark as the attribution rules, the structural rules' glue,
// the quotation finder and the scorecard's facts read it, with the
// lexicon's class bits looked up once when the token is made. The model
// root makes the tokens (one tokenization of the text); the detectors
// read them.
package tokview

// Token is one word or punctuation mark as the detectors read the text:
// model/text's tokens of the sentence (the text's one tokenizer) with
// its clitics joined back to their words (model's detectorTokens).
type Token struct {
	Start, End int
	// Norm is the lower-cased form with typographic apostrophes made
	// ASCII, so lexicon phrases match "don’t" and "don't" alike.
	Norm string
	// Classes copies the lexicon entry's class bits for Norm: rules test
	// them on every token, and reading them here spares a lookup.
	Classes uint64
	// Ledger copies WordInfo.Ledger, the word's class bits in the source
	// ledger, which its tokens carry.
	Ledger uint64
	Word   bool
	// Cap: the first letter is upper case; Caps: every letter is.
	Cap, Caps bool
	// St is the index among the paragraph's model/text tokens of the
	// first that ends past this token's start: its own, the first of a
	// word joined from two, the abbreviation a split-off period closed.
	// Rules moving to model/text's tokens read their places through it.
	St int32
}

// Range is a half-open range of token indexes.
type Range struct{ From, To int }

// Quote marks as Norm values of punctuation tokens.
const (
	QuoteOpen     = "“"
	QuoteClose    = "”"
	QuoteStraight = "\""
)

// In reports whether token t belongs to word class c.
func (t *Token) In(c Class) bool { return t.Classes&(1<<c) != 0 }
