package model

import (
	"fmt"
	"strings"
)

// The questions about what the unnamed sources carry: the lead, the
// allegations, attacks on people, and the shares of the article.

// leadSentences are the first paragraph of the body, at most its first
// two sentences: a headline (a one-sentence paragraph with no closing
// punctuation) and boilerplate lines are not the lead.
func (c *checker) leadSentences() []int {
	a := c.a
	for pi := range a.Paragraphs {
		var ss []int
		for si, s := range a.Sentences {
			if s.Paragraph == pi && !c.kinds[si][Boilerplate] {
				ss = append(ss, si)
			}
		}
		if len(ss) == 0 || len(ss) == 1 && !checkEndsLikeProse(a.Text, a.Sentences[ss[0]].Span) {
			continue
		}
		if len(ss) > 2 {
			ss = ss[:2]
		}
		return ss
	}
	return nil
}

func checkEndsLikeProse(text string, sp Span) bool {
	t := strings.TrimRight(text[sp.Start:sp.End], " \t\r\n")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, ".”") || strings.HasSuffix(t, ".\"") ||
		strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "”") || strings.HasSuffix(t, "\"")
}

// leadAnonymous: AP asks that anonymous material not carry the lead. A
// lead sentence that only denies or declines is a response, not support.
func (c *checker) leadAnonymous() (string, bool, []int) {
	lead := c.leadSentences()
	var anon, named, sents []int
	for _, si := range lead {
		if c.kinds[si][Denial] || c.kinds[si][NoComment] {
			continue
		}
		for _, i := range c.sources[si] {
			sents = append(sents, si)
			if c.a.Sources[i].Type.Anonymous() {
				anon = append(anon, i)
			} else {
				named = append(named, i)
			}
		}
	}
	switch {
	case len(lead) == 0 || len(anon)+len(named) == 0:
		return "The lead attributes its claims to no one.", false, nil
	case len(named) == 0:
		return fmt.Sprintf("The lead rests on anonymous sources only: %s.", c.quoteList(anon)), true, sents
	case len(anon) == 0:
		return fmt.Sprintf("The lead rests on named sources: %s.", c.quoteList(named)), false, nil
	}
	return fmt.Sprintf("The lead rests on anonymous (%s) and named (%s) sources.", c.quoteList(anon), c.quoteList(named)), false, sents
}

// allegationAnswered: AP and Reuters ask that a party accused be given the
// chance to answer. Answers are denial and no_comment flags and response
// phrases; allegations are attributed sentences with an allegation word
// and a name.
func (c *checker) allegationAnswered() (string, bool, []int) {
	a := c.a
	var answers, allegations []int
	for si := range a.Sentences {
		if c.kinds[si][Denial] || c.kinds[si][NoComment] {
			answers = append(answers, si)
			continue
		}
		if _, ok := c.has(si, "allegation_answered.response"); ok {
			answers = append(answers, si)
			continue
		}
		if len(c.sources[si]) == 0 {
			continue
		}
		if _, ok := c.has(si, "allegation_answered"); ok && c.namesSomeone(si) {
			allegations = append(allegations, si)
		}
	}
	switch {
	case len(answers) > 0:
		return fmt.Sprintf("The article carries %d %s (denial, response or no comment).", len(answers),
			checkPlural(len(answers), "answer", "answers")), false, answers
	case len(allegations) > 0:
		return fmt.Sprintf("%d attributed %s an allegation against a named party, and no denial, response or \"did not respond\" appears.",
			len(allegations), checkPlural(len(allegations), "sentence makes", "sentences make")), true, allegations
	}
	return "No allegation against a named party found, and no answer either.", false, nil
}

// namesSomeone: the sentence holds a proper name past its first word.
func (c *checker) namesSomeone(si int) bool {
	toks := c.tokens(si)
	w := ledgerWords()
	for i, t := range toks {
		if i == 0 || t.Punct || !t.Upper || w.has("ledger.stop", t.Key) {
			continue
		}
		if toks[i-1].Punct && (toks[i-1].Key == "“" || toks[i-1].Key == "\"") {
			continue // first word of a quotation
		}
		return true
	}
	return false
}

// anonymousAttack: the NYT and AP do not let unnamed sources attack or
// characterise people; the question is raised for a sentence resting on
// an unnamed source with a characterising word and a name.
func (c *checker) anonymousAttack() (string, bool, []int) {
	var hits []int
	var cues []string
	for si := range c.a.Sentences {
		anon := false
		for _, i := range c.sources[si] {
			anon = anon || c.a.Sources[i].Type.Anonymous()
		}
		if !anon {
			continue
		}
		if m, ok := c.has(si, "anonymous_attack"); ok && c.namesSomeone(si) {
			hits = append(hits, si)
			toks := c.tokens(si)
			cues = append(cues, fmt.Sprintf("%q", c.a.Text[toks[m.From].Start:toks[m.To-1].End]))
		}
	}
	if len(hits) == 0 {
		return "No unnamed source characterises a named person.", false, nil
	}
	return fmt.Sprintf("%d %s resting on unnamed sources characterise a named party (%s).", len(hits),
		checkPlural(len(hits), "sentence", "sentences"), strings.Join(cues, ", ")), true, hits
}

// attributedSentences are the sentences resting on any source.
func (c *checker) attributedSentences() []int {
	out := make([]int, 0, len(c.sources))
	for si := range c.sources {
		out = append(out, si)
	}
	return checkSorted(out)
}

// shareAnonymous: Reuters asks that anonymous sourcing be the exception.
func (c *checker) shareAnonymous() (string, bool, []int) {
	att := c.attributedSentences()
	var anon []int
	for _, si := range att {
		for _, i := range c.sources[si] {
			if c.a.Sources[i].Type.Anonymous() {
				anon = append(anon, si)
				break
			}
		}
	}
	if len(att) == 0 {
		return "No sentence is attributed to a source.", false, nil
	}
	share := float64(len(anon)) / float64(len(att))
	return fmt.Sprintf("%d of %d attributed sentences (%.0f%%) rest on anonymous sources.", len(anon), len(att), 100*share),
		share >= shareRaised, anon
}

// shareUnverified: how much of what the sources say is hedged as
// unverified or met by a denial.
func (c *checker) shareUnverified() (string, bool, []int) {
	att := c.attributedSentences()
	if len(att) == 0 {
		return "No sentence is attributed to a source.", false, nil
	}
	var unc, den, either []int
	for _, si := range att {
		u, d := c.kinds[si][Uncertainty], c.kinds[si][Denial]
		if u {
			unc = append(unc, si)
		}
		if d {
			den = append(den, si)
		}
		if u || d {
			either = append(either, si)
		}
	}
	share := float64(len(either)) / float64(len(att))
	return fmt.Sprintf("Of %d attributed sentences, %d carry unverified or hedged claims and %d a denial (%.0f%% in all).",
		len(att), len(unc), len(den), 100*share), share >= shareRaised, either
}
