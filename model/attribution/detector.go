// Package attribution is the attribution detector: who is the source of
// each sentence. It reads a paragraph's tokens (model/tokview), finds
// the phrases that give a sentence's source ("officials said", "said a
// source close to the probe", "according to local media", "Graham
// said", "he added") and hands each one to its Host as an attribution
// and a flag: anonymous_source for unnamed people, groups and media,
// named_source for names, institutions and spokespeople. Pronouns and
// "the official" refer back to the sources before them.
package attribution

import (
	"github.com/caveat-reader/caveat/model/ledger"
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/tokview"
)

// Span is a half-open range of byte offsets into the text.
type Span struct{ Start, End int }

// Found is one attribution the detector found: the mention of the source
// in sentence Sentence and what kind of party it is (the model's
// Attribution, which the source ledger groups into sources).
type Found struct {
	Sentence int
	Mention  Span
	Named    bool
	Type     ledger.Type
	// BackRef: the mention refers back to a source introduced earlier;
	// Type is the earlier source's.
	BackRef bool
	// Plural: the mention is plural, which pronoun back-references
	// match on.
	Plural bool
}

// Host is where the detector's answers go, and what it reads of the
// analysis beyond the paragraph: the attributions so far (its own and
// other rules'), which "he said" and "the official added" look back to,
// and a sentence parsed from its model/text tokens.
type Host interface {
	// AddFlag records a flag of rule ruleID for sentence sent, its span
	// and cue given as token ranges of the paragraph.
	AddFlag(ruleID string, sent int, span, cue tokview.Range)
	AddAttribution(Found)
	// Attributions is how many attributions the analysis holds so far;
	// Attribution(j) is the j-th, in the order they were added.
	Attributions() int
	Attribution(j int) Found
	// Parse returns sentence sent of the paragraph parsed by p, and the
	// paragraph index of its first model/text token (Token.St counts
	// from the paragraph's first).
	Parse(p *text.Parser, sent int) (*text.Sentence, int)
}

// Paragraph is the paragraph the detector reads: its tokens, the token
// range of each of its sentences (sentence Base+i has range Sents[i]),
// its quotations and for each token the index+1 of the quotation
// holding it, 0 if none (tokview.FindQuotations).
type Paragraph struct {
	Toks    []tokview.Token
	Base    int
	Sents   []tokview.Range
	Quotes  []tokview.Quotation
	InQuote []int32
}

// Detector finds the attributions of one text, paragraph by paragraph
// in text order. It keeps what later paragraphs read of earlier ones
// (the unnamed sources introduced, the latest unnamed speaker's
// quotation) and its own scratch.
type Detector struct {
	host Host
	// textLen is the text's length, where a quotation never closed ends.
	textLen int
	words   *tokview.WordTable
	// sentenceStarter: the word opens sentences (the segmenter's
	// abbreviation data), so a capital on it names no one.
	sentenceStarter func(string) bool

	// The current paragraph (Paragraph) and where its attributions
	// begin among the host's.
	toks     []tokview.Token
	sentBase int
	sents    []tokview.Range
	quotes   []tokview.Quotation
	inQuote  []int32
	attrBase int
	// paraAttrs: the paragraph's attributions, scratch for Quotations.
	paraAttrs []Found

	// used marks tokens already part of an attribution, scratch for
	// Sentence; pronouns and speechVerbs are token indexes it notes.
	used                  []bool
	pronouns, speechVerbs []int
	// roleParser parses a sentence holding an unlisted role noun
	// (role.go); roleSentence is sentence roleSent, parsed once,
	// its first model/text token the paragraph's roleBase-th.
	roleParser   *text.Parser
	roleSentence *text.Sentence
	roleSent     int
	roleBase     int

	// anonHeads: head nouns already given as unnamed sources, so "the
	// experts" later refers back to them.
	anonHeads map[string]bool
	// anonQuoteEnd: the last sentence of the latest quotation spoken by
	// an unnamed source, -1 if the latest had another speaker; a
	// quotation with no speaker of its own right after it continues it.
	anonQuoteEnd int
	// log, when set, records what the paragraph read of the state
	// earlier paragraphs left (reads.go).
	log *Reads
	// caseOf and caseTitle: whether the sentence starting at token
	// caseOf-1 is in title case, counted once a sentence (nameVerb).
	caseOf    int
	caseTitle bool
}

// New returns a detector of a text of textLen bytes reporting to host;
// words is the lexicon's word table the tokens were looked up in,
// sentenceStarter the segmenter's test of a word that opens sentences.
func New(host Host, textLen int, words *tokview.WordTable, sentenceStarter func(string) bool) *Detector {
	return &Detector{host: host, textLen: textLen, words: words, sentenceStarter: sentenceStarter, anonHeads: map[string]bool{}, anonQuoteEnd: -1}
}

// Paragraph makes p the paragraph read next; attrBase is how many
// attributions the host held before it.
func (d *Detector) Paragraph(p Paragraph, attrBase int) {
	d.toks, d.sentBase, d.sents, d.quotes, d.inQuote = p.Toks, p.Base, p.Sents, p.Quotes, p.InQuote
	d.attrBase = attrBase
	d.caseOf = 0 // token indexes start again in each paragraph
}

// rangeOf returns the token range of sentence i of the paragraph.
func (d *Detector) rangeOf(i int) tokview.Range { return d.sents[i-d.sentBase] }

// word returns the norm of token i, or "" outside r.
func (d *Detector) word(i int, r tokview.Range) string {
	if i < r.From || i >= r.To {
		return ""
	}
	return d.toks[i].Norm
}

// in reports whether word w belongs to word class c.
func (d *Detector) in(c tokview.Class, w string) bool {
	wi := d.words.Get(w)
	return wi != nil && wi.Classes&(1<<c) != 0
}

// quoted reports whether token i is inside a quotation.
func (d *Detector) quoted(i int) bool { return i >= 0 && i < len(d.inQuote) && d.inQuote[i] != 0 }

// quoteStart: token i opens a quotation (a capital there starts a sentence).
func (d *Detector) quoteStart(i int) bool {
	return i > 0 && (d.toks[i-1].Norm == tokview.QuoteOpen || d.toks[i-1].Norm == tokview.QuoteStraight)
}

// hasWithin: one of words occurs among the n tokens from i.
func (d *Detector) hasWithin(r tokview.Range, i, n int, words ...string) bool {
	for k := i; k < r.To && k < i+n; k++ {
		for _, w := range words {
			if d.toks[k].Norm == w {
				return true
			}
		}
	}
	return false
}
