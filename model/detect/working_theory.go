package detect

import (
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// A working theory: those who investigate an event say what they
// believe happened ("police believe the fire was started deliberately",
// "authorities said they believed a firecracker had exploded"). Until
// they establish it, it is not established, and the guide counts "we
// believe" about a fact as uncertainty while a belief that is an
// opinion stays plain.
func init() {
	register("unc.working_theory", (*detector).workingTheory)
}

// workingTheory: a belief_verb, active and with no modal, with a clause
// after it, whose subject is an investigator_noun, or a personal
// pronoun in words an investigator is reported as saying.
func (d *detector) workingTheory() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if !clsBeliefVerb.Has(t[g.Head]) || g.Passive || g.Modal >= 0 || g.To >= len(t) {
			continue
		}
		ci := s.ClauseAt(g.Head)
		if !d.clauseAfter(g) && !d.extractedSubject(g) {
			continue // "believe in", "believe him"; "who police believe was driving" believes a clause whose subject moved before it
		}
		c := s.Clauses[ci]
		if c.Subject < 0 {
			continue
		}
		sub := s.Chunks[c.Subject]
		h := t[sub.Head]
		switch {
		case clsInvestigatorNoun.Has(h):
		case h.Tag == postag.PRP && d.investigatorReports(ci):
		default:
			continue
		}
		d.hit(sub.From, d.wordsAfter(g.To, 4), g.From, g.To)
	}
}

// clauseAfter: what g believes is a clause, with "that" or without: a
// complement of g's clause opens within a few words of it (the parser
// may read a noun's modifier, "the fire at", into the verb's clause).
func (d *detector) clauseAfter(g text.VerbGroup) bool {
	s := d.s
	i := g.To
	if i < len(s.Tokens) && s.Tokens[i].Lower == "that" {
		return true
	}
	ci := s.ClauseAt(g.Head)
	for k := ci + 1; k < len(s.Clauses) && s.Clauses[k].From <= i+4; k++ {
		if c := s.Clauses[k]; c.Kind == text.Complement && c.Parent == ci && c.From >= i {
			return true
		}
	}
	return false
}

// investigatorReports: clause ci is reported by a verb whose subject is
// an investigator_noun ("Authorities said they believed …").
func (d *detector) investigatorReports(ci int) bool {
	v := d.reportedBy(ci)
	if v < 0 {
		return false
	}
	c := d.s.Clauses[d.s.ClauseAt(v)]
	return c.Subject >= 0 && clsInvestigatorNoun.Has(d.s.Tokens[d.s.Chunks[c.Subject].Head])
}
