package detect

import (
	"slices"

	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// A party insisting on a fact ("insisted he had done nothing wrong",
// "insists the plans were affordable") holds to its own account against
// a claim. Insisting that something be done ("insisted the vote go
// ahead") or on something ("insisted on a recount") demands: a word of
// fact_clause_word (an auxiliary or a negation of a stated fact) must
// follow within insistReach words.
func init() {
	register("deny.insist", (*detector).insistedFact)
	register("deny.insist", (*detector).counteredClaim)
	register("deny.insist", (*detector).contendedCase)
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
		if d.hasClass(i+1, min(len(t), i+1+insistReach), clsFactClauseWord) && !d.termsSubject(i) {
			d.hit(i, d.wholeWordsAfter(i+1, 4), i, i+1)
		}
	}
}

// counteredClaim: a party the story's claims are about (or one who
// speaks for it) counters with a clause of its own ("the mayor countered
// that the figures were public"): its own account against the claim.
// From anyone else "countered that" argues and denies nothing. A claim
// as the object ("countered claims about his health") is answered by
// whoever counters it, as a claim rejected is.
func (d *detector) counteredClaim() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if g.Passive || g.Neg >= 0 || !clsCounterVerb.Has(t[g.Head]) || g.To >= len(t) {
			continue
		}
		if ch := s.ChunkAt(g.To); ch >= 0 && s.Chunks[ch].From == g.To && d.claimHead(s.Chunks[ch]) && !d.unreal(g) {
			d.hit(g.Head, d.wordsAfter(s.Chunks[ch].To, 3), g.Head, g.Head+1) // "countered claims about his health": a claim answered, as "rejected claims" is
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

// claimHead: the phrase is headed by a claim or accusation noun
// ("claims about his health", "the allegations").
func (d *detector) claimHead(c text.Chunk) bool {
	h := d.s.Tokens[c.Head]
	return clsClaimNoun.Has(h) || clsAccusationNoun.Has(h)
}

// contendedCase: a party the story's claims are about, or its defence,
// puts its own case in a clause about that party ("his lawyers argued
// he simply represented his client", "Smith contends she acted
// lawfully", "the defence claimed the defendant acted in self-defence"):
// its account against the claim (the guide's "countered that …", and
// the defence disputing the evidence against its client). A clause
// about anyone else argues a point, and one of what ought to be ("argued
// he should be freed") pleads: neither denies.
func (d *detector) contendedCase() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if g.Passive || g.Neg >= 0 || !clsContendVerb.Has(t[g.Head]) || g.To >= len(t) || d.unreal(g) {
			continue
		}
		if !g.Finite {
			continue // ", claiming he used it to …": the participle goes on with the act before it, an attack as often as an answer
		}
		about := ownCase // "claimed self-defence": the party's own justification, no clause
		if sub := d.aboutParty(g.To); sub >= 0 {
			about = s.Chunks[sub]
		} else if !d.justification(g.To) {
			continue // "claimed responsibility", "argued for a delay", "argued the rules were unfair"
		}
		if !d.partyOrDefence(g, about) || d.termsSubject(g.Head) {
			continue
		}
		d.hit(g.Head, d.wordsAfter(g.To+1, 3), g.Head, g.Head+1)
	}
}

// termsSubject: the verb at i has a document of terms for its subject
// ("the agreement maintained that it would cover …", "the contract
// insists"): terms set out, not a party's account.
func (d *detector) termsSubject(i int) bool {
	s := d.s
	c := s.Clauses[s.ClauseAt(i)]
	return c.Subject >= 0 && s.Chunks[c.Subject].To <= i && clsTermsDocumentNoun.Has(s.Tokens[s.Chunks[c.Subject].Head])
}

// ownCase stands for the clause a party's case is about when the verb
// takes a justification noun instead ("claimed self-defence"): the case
// is the party's own.
var ownCase = text.Chunk{From: -1, To: -1, Head: -1}

// justification: the object opening at token i, after adverbs, holds a
// justification_noun ("claimed self-defence", "argued self defense"):
// a party's account of its own act that answers the charge.
func (d *detector) justification(i int) bool {
	s := d.s
	t := s.Tokens
	from := i
	for i < len(t) && i < from+2 && t[i].Tag == postag.RB {
		i++ // at most two adverbs: "claimed only self-defence"
	}
	if i >= len(t) {
		return false
	}
	ch := s.ChunkAt(i)
	if ch < 0 || s.Chunks[ch].From != i {
		return false
	}
	for k := s.Chunks[ch].From; k < s.Chunks[ch].To; k++ {
		if clsJustificationNoun.Match(t, k) > 0 {
			return true
		}
	}
	return false
}

// partyOrDefence: the subject of g is a party under a claim ("Smith",
// "the firm") and the clause's subject (about) is that party again ("he",
// "Smith"); or g's subject is the party's defence and the clause is about
// its client: a defence word ("the defence", "his legal team"), or one
// who speaks for another (agent_noun) whose possessor is a party under a
// claim ("his lawyers", "Smith's attorney"). A lawyer for anyone else is
// not the party's voice, and a party's case about another ("Cole argued
// Smith had no plan") accuses.
func (d *detector) partyOrDefence(g text.VerbGroup, about text.Chunk) bool {
	if !d.ctx.Parties.Known() {
		return false // no claim in the story for the case to answer
	}
	s := d.s
	if sub := d.subjectOf(g); sub >= 0 {
		return d.defence(s.Chunks[sub], about)
	}
	// "Smith, in remarks to the paper, contended": the clause's first
	// phrase, set off by a comma, is the subject the parser passed over.
	c := s.Clauses[s.ClauseAt(g.Head)]
	if first := s.ChunkAt(c.From); first >= 0 && s.Chunks[first].To < g.From && s.Tokens[s.Chunks[first].To].Lower == "," {
		return d.defence(s.Chunks[first], about)
	}
	return false
}

// defence: c is the defence of a party under a claim and about its
// client, or c is the party and about the same party.
func (d *detector) defence(c, about text.Chunk) bool {
	t := d.s.Tokens
	defence, agent := false, false
	for k := c.From; k < c.To; k++ {
		defence = defence || clsDefenceWord.Match(t, k) > 0
		agent = agent || clsAgentNoun.Has(t[k])
	}
	if !defence && !agent {
		return d.accused(c) && (about == ownCase || d.sameParty(c, about))
	}
	// "his lawyers claimed self-defence" (ownCase) is the client's
	// justification; a clause must be about the client.
	if h := about.Head; h >= 0 && (t[h].Tag != postag.PRP && !clsClientNoun.Has(t[h]) || t[h].Lower == "it") {
		return false // "her lawyer argued the police had …": the case against another
	}
	if defence || d.accused(c) {
		return true // "the defence", "Smith's attorney"
	}
	if t[c.From].Tag != postag.PRPS {
		return false
	}
	k, ok := subjectPronounKind(d.possessor(t[c.From]).Lower)
	if !ok {
		return false
	}
	return d.ctx.Parties.matches(partyQuery{pronoun: true, kind: k}) // "his lawyers", of a man under a claim
}

// sameParty: the phrase about stands for the party c: c's own
// pronoun ("Smith argued he …": a person's "he" or "she", a plural's or
// a body's "they", a body's "it") or a name of c again.
func (d *detector) sameParty(c, about text.Chunk) bool {
	t := d.s.Tokens
	sp, h := t[c.Head], t[about.Head]
	if h.Tag != postag.PRP {
		names := d.names(about)
		return len(names) > 0 && slices.ContainsFunc(names, func(w string) bool { return slices.Contains(d.names(c), w) })
	}
	switch {
	case sp.Tag == postag.PRP:
		return sp.Lower == h.Lower
	case sp.Tag == postag.NNS || sp.Tag == postag.NNPS:
		return clsPluralPronoun.Has(h)
	case sp.Tag == postag.NNP && !clsMetonymName.Has(sp):
		return clsPersonPronoun.Has(h)
	}
	return clsInstitutionPronoun.Has(h) || clsPluralPronoun.Has(h)
}

// aboutParty returns the subject chunk of a clause opening at token i,
// after "that" or with none, that may be about the party itself: a
// third-person pronoun ("argued he had"), a word for a lawyer's client
// ("her client", "the defendant") or a name; its verb a finite one, or a
// past form the tagger read as a participle ("claimed the defendant
// acted"), and no modal of what ought to be. -1 if none.
func (d *detector) aboutParty(i int) int {
	s := d.s
	t := s.Tokens
	if i < len(t) && t[i].Lower == "that" {
		i++
	}
	if i >= len(t) {
		return -1
	}
	ch := s.ChunkAt(i)
	if ch < 0 || s.Chunks[ch].From != i {
		return -1
	}
	sub := s.Chunks[ch]
	v := sub.To
	for v < len(t) && v < sub.To+3 && t[v].Tag == postag.RB {
		v++ // "he simply represented"; bounded, so every verb's look stays short
	}
	if v >= len(t) {
		return -1
	}
	vg := s.VerbAt(v)
	if vg < 0 || s.Verbs[vg].From != v {
		return -1
	}
	if g := s.Verbs[vg]; !g.Finite && t[g.Head].Tag != postag.VBN || g.Modal >= 0 && clsDemandModal.Has(t[g.Modal]) {
		return -1
	}
	h := t[sub.Head]
	switch {
	case h.Tag == postag.PRP:
		if _, ok := subjectPronounKind(h.Lower); ok {
			return ch
		}
		return -1
	case clsClientNoun.Has(h), len(d.names(sub)) > 0:
		return ch
	}
	return -1
}
