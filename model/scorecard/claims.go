package scorecard

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// The questions about what the unnamed sources carry: the lead, the
// allegations, attacks on people, and the shares of the article.

// leadSentences are the first paragraph of the body, at most its first
// two sentences: a headline (a one-sentence paragraph with no closing
// punctuation) and boilerplate lines are not the lead.
func (c *checker) leadSentences() []int {
	a := c.in
	// Per paragraph, in one pass: how many body sentences it has and the
	// first two of them.
	type body struct {
		n     int
		first [2]int
	}
	paras := make([]body, a.Paragraphs)
	for si, s := range a.Sentences {
		if s.Paragraph < 0 || s.Paragraph >= len(paras) || c.kind(si, Boilerplate) {
			continue
		}
		p := &paras[s.Paragraph]
		if p.n < 2 {
			p.first[p.n] = si
		}
		p.n++
	}
	for _, p := range paras {
		if p.n == 0 || p.n == 1 && !endsLikeProse(a.Text, a.Sentences[p.first[0]].Span) {
			continue
		}
		return slices.Clone(p.first[:min(p.n, 2)])
	}
	return nil
}

func endsLikeProse(text string, sp Span) bool {
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
		if c.kind(si, Denial) || c.kind(si, NoComment) {
			continue
		}
		for _, i := range c.sources(si) {
			sents = append(sents, si)
			if c.in.Sources[i].Type.Anonymous() {
				anon = append(anon, int(i))
			} else {
				named = append(named, int(i))
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
	a := c.in
	var answers, allegations []int
	for si := range a.Sentences {
		if c.kind(si, Denial) || c.kind(si, NoComment) {
			answers = append(answers, si)
			continue
		}
		if c.has(si, responsePhrase) {
			answers = append(answers, si)
			continue
		}
		if len(c.sources(si)) == 0 {
			continue
		}
		if c.has(si, allegationWord) && c.in.Facts[si].namesSomeone {
			allegations = append(allegations, si)
		}
	}
	switch {
	case len(answers) > 0:
		return fmt.Sprintf("The article carries %d %s (denial, response or no comment).", len(answers),
			plural(len(answers), "answer", "answers")), false, answers
	case len(allegations) > 0:
		return fmt.Sprintf("%d attributed %s an allegation against a named party, and no denial, response or \"did not respond\" appears.",
			len(allegations), plural(len(allegations), "sentence makes", "sentences make")), true, allegations
	}
	return "No allegation against a named party found, and no answer either.", false, nil
}

// anonymousAttack: the NYT and AP do not let unnamed sources attack or
// characterise people; the question is raised for a sentence resting on
// an unnamed source with a characterising word and a name.
func (c *checker) anonymousAttack() (string, bool, []int) {
	var hits []int
	var cues []string
	for si := range c.in.Sentences {
		anon := false
		for _, i := range c.sources(si) {
			anon = anon || c.in.Sources[i].Type.Anonymous()
		}
		if !anon {
			continue
		}
		if f := c.in.Facts[si]; c.has(si, attackWord) && f.namesSomeone {
			hits = append(hits, si)
			cues = append(cues, strconv.Quote(c.in.Text[f.attack().Start:f.attack().End]))
		}
	}
	if len(hits) == 0 {
		return "No unnamed source characterises a named person.", false, nil
	}
	return fmt.Sprintf("%d %s resting on unnamed sources characterise a named party (%s).", len(hits),
		plural(len(hits), "sentence", "sentences"), strings.Join(cues, ", ")), true, hits
}

// attributedSentences are the sentences resting on any source, listed
// once for the two share checks.
func (c *checker) attributedSentences() []int {
	if c.attributed == nil {
		c.attributed = []int{}
		for si := range c.in.Sentences {
			if len(c.sources(si)) > 0 {
				c.attributed = append(c.attributed, si)
			}
		}
	}
	return c.attributed
}

// shareAnonymous: Reuters asks that anonymous sourcing be the exception.
func (c *checker) shareAnonymous() (string, bool, []int) {
	att := c.attributedSentences()
	var anon []int
	for _, si := range att {
		for _, i := range c.sources(si) {
			if c.in.Sources[i].Type.Anonymous() {
				anon = append(anon, si)
				break
			}
		}
	}
	if len(att) == 0 {
		return "No sentence is attributed to a source.", false, nil
	}
	share := float64(len(anon)) / float64(len(att))
	return fmt.Sprintf("%d of %d attributed %s (%.0f%%) %s on anonymous sources.", len(anon), len(att),
			plural(len(att), "sentence", "sentences"), 100*share, plural(len(anon), "rests", "rest")),
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
		u, d := c.kind(si, Uncertainty), c.kind(si, Denial)
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
	return fmt.Sprintf("Of %d attributed %s, %d %s unverified or hedged claims and %d a denial (%.0f%% in all).",
		len(att), plural(len(att), "sentence", "sentences"), len(unc), plural(len(unc), "carries", "carry"), len(den), 100*share), share >= shareRaised, either
}
