package model

import (
	"github.com/caveat-reader/caveat/model/ledger"
	"github.com/caveat-reader/caveat/model/scorecard"
)

// SourceType says what kind of party a source is: the ledger's type
// (model/ledger), whose string values are the JSON contract's.
type SourceType = ledger.Type

const (
	NamedPerson      = ledger.NamedPerson
	NamedInstitution = ledger.NamedInstitution
	UnnamedPerson    = ledger.UnnamedPerson
	UnnamedGroup     = ledger.UnnamedGroup
	UnnamedMedia     = ledger.UnnamedMedia
)

// Source is one party the article rests on, with every sentence attributed
// to it. Filled by the source ledger.
type Source struct {
	ID          string
	Description string
	// Mention is where Description stands in the text.
	Mention   Span
	Type      SourceType
	Sentences []int
	// Mentions are every phrase that names or points back to the source
	// ("A US official", "the official"), in text order; Mention is the first.
	Mentions []Span
}

// Check is one question of the sourcing scorecard, asked of the article:
// a question with the sentence that prompted it, never a verdict. The
// scorecard (model/scorecard) makes it.
type Check = scorecard.Check

// buildSources runs the source ledger (model/ledger) over the analysed
// text and its flags: it fills a.Sources and sets Flag.Source on every
// flag (-1 when it has none). The ledger is a serial pass over the whole
// analysis: it needs every sentence and flag, in text order.
func buildSources(a *Analysis) { buildSourcesRead(a, nil) }

// buildSourcesRead is buildSources given the ledger's reading of the
// sentences made while the analyzer held their tokens (nil: the ledger
// reads them itself).
func buildSourcesRead(a *Analysis, rd *ledger.Reading) {
	in := ledgerInput(a, rd, len(a.Flags), func(i int) ledger.Flag {
		f := &a.Flags[i]
		return ledgerFlag(f.Kind, f.Span, f.Cue, f.Sentence)
	})
	res := ledger.Build(in)
	a.Sources = sourcesOf(res)
	for i := range a.Flags {
		a.Flags[i].Source = res.FlagSource[i]
	}
}

// buildSources is buildSourcesRead for the analyzer's flags, still
// flagRecs (finish): the Analysis's Flags are made after the ledger,
// each with its source, so that the ledger, whose mentions are the
// largest part of a long text's analysis, runs beside no list of
// 96-byte Flags (5 MB on 10 MB of news). Nor beside the flagRecs: the
// ledger's flags hold their spans and sentences, so only each one's rule
// is kept apart, and the Flags are made from the two.
func (z *analyzer) buildSources(rd *ledger.Reading) {
	rules := make([]uint16, len(z.flags))
	for i := range z.flags {
		rules[i] = z.flags[i].rule
	}
	in := ledgerInput(z.a, rd, len(z.flags), func(i int) ledger.Flag {
		f := &z.flags[i]
		return ledgerFlag(f.kind(), f.span.span(), f.cue.span(), int(f.sent))
	})
	z.flags = nil
	// Nothing here reads in after Build: the ledger lets go of the
	// reading once it has taken its mentions (ledger's collectSpeech),
	// and an Input still reachable from this frame would hold all of it
	// (its per-sentence entries and the blocks of mentions, about 1.4
	// bytes a byte of news text) to the ledger's end.
	flags := in.Flags
	res := ledger.Build(in)
	z.a.Sources = sourcesOf(res)
	z.a.Flags = nil
	if len(rules) > 0 {
		z.a.Flags = make([]Flag, len(rules))
		for i, f := range flags {
			rec := flagRec{span: span32Of(Span(f.Span)), cue: span32Of(Span(f.Cue)), sent: int32(f.Sentence), rule: rules[i]}
			z.a.Flags[i] = rec.flag()
			z.a.Flags[i].Source = res.FlagSource[i]
		}
	}
}

// sourcesOf is the ledger's sources as the Analysis holds them.
func sourcesOf(res ledger.Result) []Source {
	out := make([]Source, 0, len(res.Sources))
	for _, s := range res.Sources {
		out = append(out, Source{
			ID:          s.ID,
			Description: s.Description,
			Mention:     Span(s.Mention),
			Type:        s.Type,
			Sentences:   s.Sentences,
			Mentions:    spansOf(s.Mentions),
		})
	}
	return out
}

// ledgerInput is what the ledger reads of an analysis: sentences and the
// flags it links, in their order, and rd, the reading of the sentences
// (nil when none fits them).
func ledgerInput(a *Analysis, rd *ledger.Reading, flags int, flag func(int) ledger.Flag) *ledger.Input {
	in := &ledger.Input{Text: a.Text, Flags: make([]ledger.Flag, flags), Reading: rd}
	if rd != nil && len(rd.Sentences()) == len(a.Sentences) {
		in.Sentences = rd.Sentences()
	} else {
		in.Sentences, in.Reading = ledgerSentences(a.Sentences), nil
	}
	for i := range in.Flags {
		in.Flags[i] = flag(i)
	}
	return in
}

// ledgerFlag is a flag as the ledger reads it.
func ledgerFlag(kind Kind, span, cue Span, sent int) ledger.Flag {
	k := ledger.OtherFlag
	switch kind {
	case AnonymousSource:
		k = ledger.AnonymousSource
	case NamedSource:
		k = ledger.NamedSource
	case Denial:
		k = ledger.Denial
	case NoComment:
		k = ledger.NoComment
	}
	return ledger.Flag{Kind: k, Span: ledger.Span(span), Cue: ledger.Span(cue), Sentence: sent}
}

func spansOf(in []ledger.Span) []Span {
	if in == nil {
		return nil
	}
	out := make([]Span, len(in))
	for i, s := range in {
		out[i] = Span(s)
	}
	return out
}
