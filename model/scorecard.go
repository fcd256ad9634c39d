package model

import (
	"github.com/caveat-reader/caveat/model/scorecard"
	stream "github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/tokview"
)

// The sourcing scorecard (model/scorecard) runs after the ledger. It
// reads each sentence's facts from the detector's tokens, which the
// analyzer hands it while it holds them (analyzer.paragraph); this file
// converts an Analysis into its Input and its answers into Checks.

// runChecks fills a.Checks from the ledger (a.Sources) and the flags; call
// it after buildSources.
func runChecks(a *Analysis) { runChecksFacts(a, nil) }

// runChecksFacts is runChecks given facts, one per sentence, read by the analyzer, or nil. A sentence whose facts
// are not read yet is tokenized here as the analyzer tokenizes it.
func runChecksFacts(a *Analysis, facts []scorecard.Facts) {
	if len(facts) != len(a.Sentences) {
		facts = make([]scorecard.Facts, len(a.Sentences))
	}
	var toks []tokview.Token
	var stoks []stream.Token
	for si, s := range a.Sentences {
		if facts[si].IsRead() {
			continue
		}
		toks, stoks = tokenizeSpan(a.Text, s.Start, s.End, toks[:0], stoks)
		scorecard.Read(&facts[si], toks)
	}
	in := &scorecard.Input{
		Text:       a.Text,
		Paragraphs: len(a.Paragraphs),
		Sentences:  make([]scorecard.Sentence, len(a.Sentences)),
		Flags:      make([]scorecard.Flag, len(a.Flags)),
		Facts:      facts,
	}
	for i, s := range a.Sentences {
		in.Sentences[i] = scorecard.Sentence{Span: scorecard.Span(s.Span), Paragraph: s.Paragraph}
	}
	for i, f := range a.Flags {
		in.Flags[i] = scorecard.Flag{Kind: scorecardKind(f.Kind), Sentence: f.Sentence}
	}
	in.Sources = scorecardSources(a, toks, stoks)
	a.Checks = scorecard.Run(in)
}

// scorecardSources are a.Sources as the scorecard reads them, each with
// its first mention's words as the analyzer reads them. Every source's
// mentions and words are laid out in one list each, so that converting
// the sources costs no allocation per source; toks is scratch.
func scorecardSources(a *Analysis, toks []tokview.Token, stoks []stream.Token) []scorecard.Source {
	out := make([]scorecard.Source, len(a.Sources))
	nm := 0
	for _, s := range a.Sources {
		nm += len(s.Mentions)
	}
	mentions := make([]scorecard.Span, 0, nm)
	var words []string
	for i, s := range a.Sources {
		m, w := len(mentions), len(words)
		for _, sp := range s.Mentions {
			mentions = append(mentions, scorecard.Span(sp))
		}
		toks, stoks = tokenizeSpan(a.Text, s.Mention.Start, s.Mention.End, toks[:0], stoks)
		for _, t := range toks {
			if t.Word {
				words = append(words, t.Norm)
			}
		}
		out[i] = scorecard.Source{
			Description: s.Description,
			Mention:     scorecard.Span(s.Mention),
			Mentions:    mentions[m:len(mentions):len(mentions)],
			Type:        s.Type,
			Sentences:   s.Sentences,
			Words:       words[w:len(words):len(words)],
		}
	}
	return out
}

func scorecardKind(k Kind) scorecard.Kind {
	switch k {
	case Denial:
		return scorecard.Denial
	case Uncertainty:
		return scorecard.Uncertainty
	case NoComment:
		return scorecard.NoComment
	case Boilerplate:
		return scorecard.Boilerplate
	}
	return scorecard.OtherKind
}

// markScorecardWords gives the detector's word table the scorecard's
// marks: tokview.CheckStart for a word that begins an entry of a sentence
// class, tokview.NameStop for a word that starts no name.
func markScorecardWords(l *lexicon) {
	for _, w := range scorecard.StartWords() {
		l.info(w).Classes |= 1 << tokview.CheckStart
	}
	for _, w := range scorecard.NameStopWords() {
		l.info(w).Classes |= 1 << tokview.NameStop
	}
}
