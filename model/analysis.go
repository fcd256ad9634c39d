package model

// Span is a half-open range of UTF-8 byte offsets into Analysis.Text.
// Offsets are carried unchanged from the loaded text to the screen; nothing
// downstream re-finds a span by searching for its words.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether byte offset i lies inside the span.
func (s Span) Contains(i int) bool { return i >= s.Start && i < s.End }

// Sentence is one sentence of the text.
type Sentence struct {
	Span
	// Paragraph is the index into Analysis.Paragraphs of the paragraph
	// holding the sentence.
	Paragraph int
}

// Flag is one signal found in a sentence: the smallest span that shows it,
// the cue words that triggered it, and the rule that fired.
type Flag struct {
	Kind Kind
	// Span is what the reader highlights: the attribution clause, or the
	// hedge word with what it hedges.
	Span Span
	// Cue is the trigger inside Span, as it stands in the text.
	Cue Span
	// Sentence indexes Analysis.Sentences.
	Sentence int
	// Rule is the id of the rule that fired; its entry in the rule data
	// files carries the explanation.
	Rule        string
	Explanation string
	// Source indexes Analysis.Sources, or is -1 when the flag has none.
	Source int
}

// Analysis is everything model knows about one text. It is computed once
// per article; the reader only ever reads it.
type Analysis struct {
	Text       string
	Paragraphs []Span
	Sentences  []Sentence
	// Flags are sorted by Span.Start, then by kind order.
	Flags   []Flag
	Sources []Source
	Checks  []Check
	// Attributions lists, in text order, every place a sentence names or
	// describes its source (see Attribution), named or not, including
	// back-references and quotations' speakers. The detector fills it;
	// the source ledger reads it to build Sources.
	Attributions []Attribution
}

// Summary counts flags per kind.
func (a *Analysis) Summary() map[Kind]int {
	out := map[Kind]int{AnonymousSource: 0, Denial: 0, Uncertainty: 0}
	for _, f := range a.Flags {
		out[f.Kind]++
	}
	return out
}

// SentenceText returns the text of sentence i.
func (a *Analysis) SentenceText(i int) string {
	s := a.Sentences[i]
	return a.Text[s.Start:s.End]
}

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
