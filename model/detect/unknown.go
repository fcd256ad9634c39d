package detect

import (
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// A phrase stating that something is not known or not established ("it
// is unclear", "remains to be seen", "declined to confirm", "has not been
// peer-reviewed": unknown_phrase) leaves the events in doubt wherever it
// stands. The longest phrase at a word wins ("at an early stage of" over
// "at an early stage"). notEstablished and unknownPredicate
// (uncertainty.go) read the open forms from the structure.
func init() {
	register("unc.unknown", (*detector).unknownPhrase)
	register("unc.unknown", (*detector).nothingGiven)
	register("unc.unknown", (*detector).stillNeeded)
}

// stillNeeded: more work is needed before a finding holds ("more
// research is needed", "further trials are required", "the results will
// need larger studies"): a need_verb whose subject, in the passive, or
// object is a research_noun after a further_quantifier.
func (d *detector) stillNeeded() {
	s := d.s
	t := s.Tokens
	// further: a further_quantifier and, at most one word on, a
	// research_noun start at token i, read by word: the tagger may take
	// "studies" for a verb after "Further".
	further := func(i, end int) (int, bool) {
		if i < 0 || i >= end || !clsFurtherQuantifier.Has(t[i]) {
			return 0, false
		}
		for k := i + 1; k < end && k <= i+2; k++ {
			if clsResearchNoun.Has(t[k]) {
				return k + 1, true
			}
		}
		return 0, false
	}
	for _, g := range s.Verbs {
		if !clsNeedVerb.Has(t[g.Head]) || g.Neg >= 0 {
			continue
		}
		c := s.Clauses[s.ClauseAt(g.Head)]
		if g.Passive {
			// "More research is needed", "Further studies are required".
			for i := c.From; i < g.From; i++ {
				if _, ok := further(i, g.From); ok {
					d.hit(i, g.To, i, g.To)
					break
				}
			}
			continue
		}
		// "the results will need larger studies"
		if e, ok := further(g.To, min(len(t), g.To+3)); ok {
			d.hit(g.From, e, g.From, e)
		}
	}
}

// nothingGiven: a fact about the event that nobody has made known, by a
// negative-quantifier subject of a passive verb of disclosing ("no cause
// of death was announced", "no official statement had been made on the
// motive") or after an existential ("there are no further details"):
// what the story reports of it is not established. "no injuries were
// reported" is a fact, not an unknown: only the nouns of
// undisclosed_noun count, and "no reason to" is an opinion.
func (d *detector) nothingGiven() {
	s := d.s
	t := s.Tokens
	undisclosed := func(ch int) bool {
		if ch < 0 || !s.Chunks[ch].Neg {
			return false
		}
		c := s.Chunks[ch]
		return clsUndisclosedNoun.Has(t[c.Head]) && d.lowerAt(c.To) != "to"
	}
	for _, g := range s.Verbs {
		h := t[g.Head]
		switch {
		case g.Passive && clsDiscloseVerb.Has(h):
			c := s.Clauses[s.ClauseAt(g.Head)]
			subj := c.Subject
			if subj >= 0 && !s.Chunks[subj].Neg {
				if p, ok := d.headOfPrepositional(subj); ok {
					subj = p // "no cause of death was given", "no motive for it"
				}
			}
			if undisclosed(subj) {
				d.hit(s.Chunks[subj].From, g.To, s.Chunks[subj].From, g.To)
			} else if o := d.statementOn(subj, g); o >= 0 {
				d.hit(s.Chunks[subj].From, s.Chunks[o].To, s.Chunks[subj].From, g.To) // "no official statement had been made on the motive"
			}
		case h.Lemma == "be" && g.From > 0 && t[g.From-1].Tag == postag.EX && g.To < len(t):
			// "there is no reason for us to expect it" argues: only a
			// fact standing alone, or with its topic, is left unknown.
			if ch := s.ChunkAt(g.To); ch >= 0 && s.Chunks[ch].From == g.To && undisclosed(ch) && d.lowerAt(s.Chunks[ch].To) != "for" {
				d.hit(g.From-1, s.Chunks[ch].To, g.From-1, s.Chunks[ch].To)
			}
		}
	}
}

// statementOn returns the phrase after a preposition right after the
// verb group g when the subject subj is a negative statement_noun and
// that phrase an undisclosed_noun ("no official statement had been made
// on the motive"): nothing said on the fact leaves it unknown, as "no
// motive was given" does. -1 otherwise.
func (d *detector) statementOn(subj int, g text.VerbGroup) int {
	s := d.s
	t := s.Tokens
	if subj < 0 || !s.Chunks[subj].Neg || !clsStatementNoun.Has(t[s.Chunks[subj].Head]) || g.To+1 >= len(t) || t[g.To].Tag != postag.IN {
		return -1
	}
	o := s.ChunkAt(g.To + 1)
	if o < 0 || s.Chunks[o].From != g.To+1 || !clsUndisclosedNoun.Has(t[s.Chunks[o].Head]) {
		return -1
	}
	return o
}

func (d *detector) unknownPhrase() {
	d.phraseHitsIf(3, func(i, e int) bool { return d.notIdentity(i, e) && d.inquiryIntoFact(i, e) }, clsUnknownPhrase)
}

// inquiryIntoFact: "under investigation" leaves a fact unknown only when
// its subject is such a fact, an undisclosed_noun, also before an "of"
// phrase ("the cause of the crash is under investigation", "the motive
// is under investigation"). With anything else as subject ("his
// friendship with the financier is under investigation", "the firm is
// under investigation") it names an inquiry by its subject, which the
// guide does not count. Other phrases pass.
func (d *detector) inquiryIntoFact(i, e int) bool {
	s := d.s
	t := s.Tokens
	if e != i+2 || t[i].Lower != "under" || t[i+1].Lower != "investigation" {
		return true
	}
	c := s.Clauses[s.ClauseAt(i)]
	if c.Subject < 0 {
		return true // "remains under investigation" after a comma: nothing to judge it by
	}
	subj := c.Subject
	if p, ok := d.headOfPrepositional(subj); ok && p >= 0 {
		subj = p
	}
	return clsUndisclosedNoun.Has(t[s.Chunks[subj].Head])
}

// notIdentity: the phrase at [i, e) is not one word before a person noun
// ("an unknown author", "unidentified gunmen"): there who they are is
// withheld, and nothing reported is in doubt. Nor is "unknown to" a
// person, which tells who was unaware.
func (d *detector) notIdentity(i, e int) bool {
	t := d.s.Tokens
	if e == i+1 && e < len(t) && t[e].Lower == "to" && t[i].Lower == "unknown" {
		return false // "unknown to both of us": who did not know, not what is unknown
	}
	return !(e == i+1 && e < len(t) && clsPersonNoun.Has(t[e]))
}
