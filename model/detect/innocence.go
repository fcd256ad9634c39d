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
	innocence := clsInnocenceWord
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
			// A common noun holds to its own innocence when it is a party
			// under the claim ("the club has maintained its innocence"),
			// not another on its behalf ("the family maintained his").
			if h := t[s.Chunks[c.Subject].Head]; h.Tag != postag.PRP && h.Tag != postag.NNP && !d.accused(s.Chunks[c.Subject]) {
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
	d.expectedExoneration()
}

// claimedCompliance: a party under a claim saying it kept the rules
// (compliance_word: "the company said it had always complied with the
// law", "we acted properly"; a lawful_predicate after "be": "its
// payments were lawful"), in its own words about itself, not negated
// ("had not complied" admits). Not a third party ("the union said it had
// acted properly" in a story accusing the mayor), nor a story that
// accuses no one.
func (d *detector) claimedCompliance() {
	s := d.s
	t := s.Tokens
	words := clsComplianceWord
	for i := 0; i < len(t); i++ {
		end := words.Match(t, i)
		if end < 0 {
			if end = clsLawfulPredicate.Match(t, i); end < 0 || !d.predicateAt(i) {
				continue
			}
		}
		ci := s.ClauseAt(i)
		c := s.Clauses[ci]
		if c.Neg >= 0 || !d.spoken(ci, i) || !d.aboutItself(ci, c, i) || !d.ctx.Parties.Known() || d.thirdParty(ci, i) {
			continue
		}
		from := i
		if c.Subject >= 0 {
			from = s.Chunks[c.Subject].From
		}
		d.hit(from, d.wordsAfter(end, 3), i, end)
		i = end - 1
	}
}

// expectedExoneration: a party saying it has been or will be cleared
// (exoneration_verb in a passive group whose subject is the party
// itself: "the club said it was confident it would be cleared"). Being
// cleared to or for something is a permission, and a third party's
// "he was cleared" reports a ruling.
func (d *detector) expectedExoneration() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if !g.Passive || !clsExonerationVerb.Has(t[g.Head]) || g.Neg >= 0 {
			continue
		}
		if g.To < len(t) && (t[g.To].Lower == "to" || t[g.To].Lower == "for") {
			continue // "cleared to fly", "cleared for take-off"
		}
		ci := s.ClauseAt(g.Head)
		c := s.Clauses[ci]
		if !d.spoken(ci, g.Head) || !d.aboutItself(ci, c, g.Head) {
			continue
		}
		from := g.From
		if c.Subject >= 0 {
			from = s.Chunks[c.Subject].From
		}
		d.hit(from, d.wordsAfter(g.To, 3), g.Head, g.Head+1)
		d.out[len(d.out)-1].Standalone = true
	}
}

// predicateAt: token i is the predicate of its clause's "be" ("were
// lawful", "was entirely legitimate"), not a modifier ("its legal team").
func (d *detector) predicateAt(i int) bool {
	s := d.s
	c := s.Clauses[s.ClauseAt(i)]
	return c.Verb >= 0 && d.predicate(s.Verbs[c.Verb]) == i && !d.modifiesNoun(i)
}
