// Package ledger finds who each sentence of an article rests on: the
// distinct sources (named people and institutions, unnamed people,
// groups and media), the sentences attributed to each, and the source of
// every attribution flag the detector raised. It reads the one token
// stream of model/text and the word classes of model/lexicon, and knows
// nothing of package model: model hands it the sentences and flags as
// Input and turns the Result into its Sources.
//
// The ledger is one serial pass after detection over the whole text: it
// needs every sentence's span and paragraph and every flag (kind, span,
// cue, sentence), in text order, because back-references, quotations and
// reported speech run across sentences and paragraphs. It keeps no state
// between calls and is safe for concurrent use on different inputs.
package ledger

import "github.com/caveat-reader/caveat/model/text"

// Span is a half-open range of byte offsets into the whole text.
type Span = text.Span

func spanLen(s Span) int { return s.End - s.Start }

// Type says what kind of party a source is; the values are the JSON
// contract's.
type Type string

const (
	NamedPerson      Type = "named_person"
	NamedInstitution Type = "named_institution"
	UnnamedPerson    Type = "unnamed_person"
	UnnamedGroup     Type = "unnamed_group"
	UnnamedMedia     Type = "unnamed_media"
)

// Anonymous reports whether a source of this type is unnamed.
func (t Type) Anonymous() bool {
	return t == UnnamedPerson || t == UnnamedGroup || t == UnnamedMedia
}

// Kind is what the detector's flag says, as far as the ledger cares.
type Kind uint8

const (
	// OtherFlag: a flag the ledger neither reads nor links (a hedge).
	OtherFlag Kind = iota
	AnonymousSource
	NamedSource
	Denial
	NoComment
)

// Sentence is one sentence: its span and the index of its paragraph.
type Sentence struct {
	Span
	Paragraph int
}

// Flag is one detector flag.
type Flag struct {
	Kind      Kind
	Span, Cue Span
	Sentence  int
}

// Input is what the ledger reads: the text, its sentences in order, and
// the detector's flags sorted by span start.
type Input struct {
	Text      string
	Sentences []Sentence
	Flags     []Flag
	// Reading, when set, is the speech reader's reading of the
	// sentences, made by the caller while it held their tokens
	// (NewReading); a sentence it did not read Build reads itself.
	Reading *Reading
}

// Source is one party the article rests on.
type Source struct {
	ID          string
	Description string
	// Mention is where Description stands in the text; Mentions are every
	// phrase naming or pointing back to the source, in text order.
	Mention   Span
	Type      Type
	Sentences []int
	Mentions  []Span
}

// Result is the ledger: sources sorted by how many sentences rest on each
// (IDs "s1", "s2", ... follow first mention), and for each input flag the
// index of its source, or -1.
type Result struct {
	Sources    []Source
	FlagSource []int
}

// RuleIDs are the ids the ledger's lexicon classes name in their
// "# rules:" headers: reading a speaker (ledger.speaker), reading a
// source phrase (ledger.phrase), typing it (ledger.type), resolving a
// back-reference (ledger.resolve), carrying reported speech on
// (ledger.continue).
func RuleIDs() []string {
	return []string{"ledger.speaker", "ledger.phrase", "ledger.type", "ledger.resolve", "ledger.continue"}
}

// Phrase is what a source phrase says of the party it names, for the
// scorecard's questions about how sources are described.
type Phrase struct {
	// Head is the phrase's head word ("official", "sources"), lower-cased.
	Head string
	// Plural, Partitive ("one of the sources"), Definite ("the official"),
	// Counted ("three sources"), Pronoun ("he", "they").
	Plural, Partitive, Definite, Counted, Pronoun bool
	// Vague: the head is a vague quantifier standing alone ("many say").
	Vague bool
}

// ReadPhrase reads the source phrase within src[sp] as the ledger does; ok
// is false when sp names no party.
func ReadPhrase(src string, sp Span) (Phrase, bool) {
	m, ok := mentionFromSpan(src, sp, false)
	return Phrase{Head: m.head(), Plural: m.is(mPlural), Partitive: m.partitive(), Definite: m.is(mDefinite),
		Counted: m.counted(), Pronoun: m.pronoun() != "", Vague: has(m.head(), cHeadVague)}, ok
}

// HeadLemma folds a head noun to its singular ("officials" -> "official",
// "people" -> "person"), as the ledger compares heads.
func HeadLemma(h string) string { return headLemma(h) }
