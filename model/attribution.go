package model

// Attribution is one place where a sentence gives the source of what it
// says: the mention of the source ("two people familiar with the matter",
// "Graham", "the official", "he") and what kind of party it is. The source
// ledger groups these into Sources.
type Attribution struct {
	// Sentence indexes Analysis.Sentences.
	Sentence int
	// Mention is the source phrase as it stands in the text.
	Mention Span
	// Named: the source is a named person or institution.
	Named bool
	Type  SourceType
	// BackRef: the mention refers back to a source introduced earlier
	// ("the official said", "he said"); Type is the earlier source's.
	BackRef bool
	// Plural: the mention is plural ("officials", "they"), which pronoun
	// back-references match on.
	Plural bool
}
