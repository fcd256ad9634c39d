package detect

// A party insisting on a fact ("insisted he had done nothing wrong",
// "insists the plans were affordable") holds to its own account against
// a claim. Insisting that something be done ("insisted the vote go
// ahead") or on something ("insisted on a recount") demands: a word of
// fact_clause_word (an auxiliary or a negation of a stated fact) must
// follow within insistReach words.
func init() {
	register("deny.insist", (*detector).insistedFact)
	register("deny.insist", (*detector).counteredClaim)
}

// insistReach bounds how far after "insisted" the stated fact's verb or
// negation is looked for ("insisted that the company and its directors
// had").
const insistReach = 8

func (d *detector) insistedFact() {
	t := d.s.Tokens
	for i := range t {
		if !clsInsistVerb.Has(t[i]) || i+1 < len(t) && clsInsistPreposition.Has(t[i+1]) {
			continue
		}
		if d.hasClass(i+1, min(len(t), i+1+insistReach), clsFactClauseWord) {
			d.hit(i, d.wholeWordsAfter(i+1, 4), i, i+1)
		}
	}
}

// counteredClaim: a party the story's claims are about (or one who
// speaks for it) counters with a clause of its own ("the mayor countered
// that the figures were public"): its own account against the claim.
// From anyone else "countered that" argues and denies nothing.
func (d *detector) counteredClaim() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if g.Passive || g.Neg >= 0 || !clsCounterVerb.Has(t[g.Head]) || g.To >= len(t) {
			continue
		}
		if t[g.To].Lower != "that" && !d.zeroComplementAt(g.To) {
			continue // "countered the offer": a bid, not an answer
		}
		sub := d.subjectOf(g)
		if sub < 0 {
			continue
		}
		if c := s.Chunks[sub]; d.accused(c) || d.speaksFor(c) {
			d.hit(g.Head, d.wordsAfter(g.To+1, 3), g.Head, g.Head+1)
		}
	}
}
