package detect

// A party insisting on a fact ("insisted he had done nothing wrong",
// "insists the plans were affordable") holds to its own account against
// a claim. Insisting that something be done ("insisted the vote go
// ahead") or on something ("insisted on a recount") demands: a word of
// fact_clause_word (an auxiliary or a negation of a stated fact) must
// follow within insistReach words.
func init() {
	register("deny.insist", (*detector).insistedFact)
}

// insistReach bounds how far after "insisted" the stated fact's verb or
// negation is looked for ("insisted that the company and its directors
// had").
const insistReach = 8

func (d *detector) insistedFact() {
	t := d.s.Tokens
	for i := range t {
		if !d.class("insist_verb").Has(t[i]) || i+1 < len(t) && d.class("insist_preposition").Has(t[i+1]) {
			continue
		}
		if d.hasClass(i+1, min(len(t), i+1+insistReach), "fact_clause_word") {
			d.hit(i, d.wholeWordsAfter(i+1, 4), i, i+1)
		}
	}
}
