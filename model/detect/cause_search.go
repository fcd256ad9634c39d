package detect

import "github.com/caveat-reader/caveat/model/text/postag"

// A fact about an event still being sought: "in an attempt to find the
// cause of the tremors", "investigating the motive for the attack".
// What caused it, or why, is open until it is found (the guide's search
// for evidence of a suspected fact, "to find out who paid").
func init() {
	register("unc.open_question", (*detector).causeSought)
}

// causeSought: a find_cause_verb still to be done (an infinitive after
// "to", or a progressive "-ing" form) whose object is "the" and an
// undisclosed_noun ("the cause", "the reason", "the identity").
func (d *detector) causeSought() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		h := t[g.Head]
		if !clsFindCauseVerb.Has(h) || g.Neg >= 0 || g.Passive || g.To >= len(t) {
			continue
		}
		toDo := g.From > 0 && t[g.From-1].Lower == "to" && h.Tag == postag.VB || h.Tag == postag.VBG
		if !toDo {
			continue
		}
		ch := s.ChunkAt(g.To)
		if ch < 0 || s.Chunks[ch].From != g.To {
			continue
		}
		c := s.Chunks[ch]
		if !clsUndisclosedNoun.Has(t[c.Head]) || !clsDefiniteDeterminer.Has(t[c.From]) {
			continue
		}
		d.hit(g.From, d.wordsAfter(c.To, 3), g.From, c.Head+1)
	}
}
