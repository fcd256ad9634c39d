package detect

import (
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// Uncertainty as slots over the structure: a figure given as an
// estimate by an attributive participle, and a title that quotes the
// claim itself.
func init() {
	register("unc.estimate", (*detector).estimatedFigure)
	register("unc.allegation", (*detector).quotedHeadline)
}

// estimatedFigure: "the estimated $10 billion", "an estimated 40,000
// people": a participle of estimate_verb after a determiner and before
// a number.
func (d *detector) estimatedFigure() {
	t := d.s.Tokens
	est := d.class("estimate_verb")
	for i := 1; i+1 < len(t); i++ {
		if !est.Has(t[i]) || t[i].Tag != postag.VBN && t[i].Tag != postag.JJ && t[i].Tag != postag.VBD {
			continue
		}
		if p := t[i-1].Tag; p != postag.DT && p != postag.PRPS {
			continue
		}
		j := i + 1
		if t[j].Tag == postag.Dollar && j+1 < len(t) {
			j++
		}
		if t[j].Tag == postag.CD {
			d.hit(i, j+1, i, i+1)
		}
	}
}

// quotedHeadline: a title that puts the claim itself in quotation marks
// ("Firm 'to cut 500 jobs'") distances itself from it; marks around a
// phrase with no verb ("PM backs 'fair deal'") do not.
func (d *detector) quotedHeadline() {
	if !d.ctx.Headline {
		return
	}
	s := d.s
	t := s.Tokens
	open := -1
	for i := range t {
		if !isQuoteMark(t[i].Lower) {
			continue
		}
		if open < 0 {
			if i == 0 || t[i-1].End < t[i].Start {
				open = i // an opening mark follows a space, unlike "Jones' car"
			}
			continue
		}
		// The title's own words stand before the marks ("Firm 'to cut
		// …'"): a line that is all quotation is a pull quote.
		// After a colon the marks quote a speaker ("Senator: 'Let him
		// work'"), not the claim.
		if open > 0 && t[0].Word && t[open-1].Lower != ":" && i-open > 2 && hasVerb(s, open+1, i) {
			d.hit(open, i+1, open, i+1)
		}
		open = -1
	}
}

func isQuoteMark(lower string) bool {
	switch lower {
	case "'", "\"", "‘", "’", "“", "”":
		return true
	}
	return false
}

// hasVerb: a verb group begins within tokens [from, to).
func hasVerb(s *text.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if v := s.VerbAt(k); v >= 0 && s.Verbs[v].From == k {
			return true
		}
	}
	return false
}
