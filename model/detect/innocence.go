package detect

// A party claiming its own innocence (deny.not_true).

import (
	"github.com/caveat-reader/caveat/model/text/postag"
)

// claimedInnocence: a party saying it is innocent ("he said he was
// innocent of the charges") or holding to its innocence ("she has
// maintained her innocence"). Not an innocent third party ("innocent
// bystanders", "the victims were innocent").
func (d *detector) claimedInnocence() {
	s := d.s
	t := s.Tokens
	innocence := d.class("innocence_word")
	for i, tk := range t {
		if !innocence.Has(tk) {
			continue
		}
		ci := s.ClauseAt(i)
		c := s.Clauses[ci]
		switch {
		case tk.Tag == postag.JJ:
			if i+1 < len(t) && t[i+1].Word && t[i+1].Lower != "of" && t[i+1].Lower != "and" {
				continue // "innocent bystanders"
			}
			if !d.spoken(ci, i) || !d.aboutItself(ci, c, i) && !d.agentSpeaks(ci, i) {
				continue // "his attorney said the coach was innocent" speaks for him
			}
		case i > 0 && t[i-1].Tag == postag.PRPS:
			// "maintained his innocence": the subject holds to its own.
			if c.Subject < 0 {
				continue
			}
			if h := t[s.Chunks[c.Subject].Head]; h.Tag != postag.PRP && h.Tag != postag.NNP {
				continue
			}
		default:
			continue
		}
		from := i
		if c.Subject >= 0 {
			from = s.Chunks[c.Subject].From
		}
		d.hit(from, d.wordsAfter(i+1, 3), i, i+1)
		d.out[len(d.out)-1].Standalone = true // a claim of innocence answers a charge by its own words
	}
}
