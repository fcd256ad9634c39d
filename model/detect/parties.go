package detect

import (
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// The detector's side of Parties (memory.go): which phrases of a
// sentence name parties under a claim, who speaks a clause, and whether
// a speaker is one of those parties.

// noteTargets finds the parties the sentence puts a claim about: the
// object of an active verb of accusing ("accused the label of"), the
// subject of a passive one ("the firm is suspected of"), the phrase
// after "against" an accusation noun, the subject of a clause holding
// "allegedly", the subject of an act of wrongdoing said to be done
// ("police say Ruiz stole the files").
func (d *detector) noteTargets() {
	if d.ctx.Parties == nil {
		return
	}
	s := d.s
	t := s.Tokens
	accuse := clsAccuseVerb
	for _, g := range s.Verbs {
		if !accuse.Has(t[g.Head]) || d.unreal(g) {
			continue
		}
		if g.Passive {
			if c := s.Clauses[s.ClauseAt(g.Head)]; c.Subject >= 0 {
				d.addTarget(s.Chunks[c.Subject])
				d.noteActAfterOf(g.To) // "was accused of hiding"
			}
			continue
		}
		if ch := s.ChunkAt(min(g.To, len(t)-1)); ch >= 0 && s.Chunks[ch].From == g.To {
			d.addTarget(s.Chunks[ch])
			d.noteActAfterOf(s.Chunks[ch].To) // "accused the bank of hiding"
			d.addConjuncts(ch)
		}
	}
	for _, g := range s.Verbs {
		if !clsWrongdoingVerb.Has(t[g.Head]) || g.Passive || g.Neg >= 0 || d.unreal(g) {
			continue // "was robbed", "did not steal", "could mislead": no act said to be done
		}
		if c := s.Clauses[s.ClauseAt(g.Head)]; c.Subject >= 0 && c.Kind != text.Relative && c.Kind != text.Adverbial {
			d.addTarget(s.Chunks[c.Subject])
			d.noteAct(g.Head)
		}
	}
	d.noteContentActs()
	d.noteReportedActs()
	d.noteDrawnClaims()
	claims := clsAccusationNoun
	for i := 0; i+1 < len(t); i++ {
		switch {
		case clsTargetAdverb.Has(t[i]):
			if c := s.Clauses[s.ClauseAt(i)]; c.Subject >= 0 {
				d.addTarget(s.Chunks[c.Subject])
				if c.Verb >= 0 {
					d.noteAct(s.Verbs[c.Verb].Head) // "the bank allegedly hid"
				}
			}
		case t[i].Lower == "against" && i > 0 && (claims.Has(t[i-1]) || clsClaimNoun.Has(t[i-1])):
			if ch := s.ChunkAt(i + 1); ch >= 0 {
				d.addTarget(s.Chunks[ch])
			}
		}
	}
}

// noteDrawnClaims: a party that faces or draws a claim ("the firm has
// faced accusations over the spill") is under it: a draw_claim_verb
// whose object is an accusation_noun or claim_noun.
func (d *detector) noteDrawnClaims() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if !clsDrawClaimVerb.Has(t[g.Head]) || g.Passive || g.Neg >= 0 || d.unreal(g) || g.To >= len(t) {
			continue
		}
		ch := s.ChunkAt(g.To)
		if ch < 0 || s.Chunks[ch].From != g.To {
			continue
		}
		if h := t[s.Chunks[ch].Head]; !clsAccusationNoun.Has(h) && !clsClaimNoun.Has(h) {
			continue
		}
		if c := s.Clauses[s.ClauseAt(g.Head)]; c.Subject >= 0 && s.Chunks[c.Subject].To <= g.From {
			d.addTarget(s.Chunks[c.Subject])
		}
	}
}

// addConjuncts records the phrases coordinated after chunk ch ("accused
// Braun, Borchetta and Big Machine of …"): each is a party under the
// claim. A few at most, so a list of every word stays linear.
func (d *detector) addConjuncts(ch int) {
	s := d.s
	t := s.Tokens
	for n := 0; n < 6; n++ {
		j := s.Chunks[ch].To
		for j < len(t) && j < s.Chunks[ch].To+2 && (t[j].Lower == "," || t[j].Tag == postag.CC) {
			j++
		}
		if j == s.Chunks[ch].To || j >= len(t) {
			return
		}
		next := s.ChunkAt(j)
		if next < 0 || s.Chunks[next].From != j {
			return
		}
		d.addTarget(s.Chunks[next])
		ch = next
	}
}

// addTarget records the phrase c as a party under a claim.
func (d *detector) addTarget(c text.Chunk) {
	p := d.ctx.Parties
	t := d.s.Tokens
	head := t[c.Head]
	tg := target{kind: kindAny}
	switch {
	case head.Tag == postag.PRP:
		switch head.Lower {
		case "he", "him", "she", "her":
			tg.kind = kindPerson
		case "it", "they", "them":
			tg.kind = kindBody
		default:
			return // "I", "you", "we": the speaker or the reader, not a party named
		}
		p.addPronoun(tg.kind)
		return
	case head.Tag == postag.NNP || head.Tag == postag.NNPS:
		tg.names = d.names(c)
	default:
		tg.head = head.Lemma
		tg.names = d.names(c)
		if clsCompanyNoun.Has(head) || clsBodyNoun.Has(head) {
			tg.kind = kindBody
		}
	}
	p.add(tg)
}

// names returns the lower-cased proper-name words of the phrase.
func (d *detector) names(c text.Chunk) []string {
	var out []string
	for k := c.From; k < c.To; k++ {
		if tk := d.s.Tokens[k]; tk.Tag == postag.NNP || tk.Tag == postag.NNPS {
			out = append(out, tk.Lower)
		}
	}
	return out
}

// speakerOf returns the chunk of the party whose words hold clause ci:
// the subject of the speech verb reporting it, or the phrase after
// "according to", or, for a quotation, the subject of the sentence's
// speech verb outside it ("“…,” the company said"). -1 if none.
func (d *detector) speakerOf(ci, n int) int {
	s := d.s
	t := s.Tokens
	v := d.reportedBy(ci)
	if v >= 0 && d.quoted(v) && d.firstPerson(ci) {
		v = -1 // "“We have always said there is no …,” the firm said": the quotation's speaker
	}
	if v < 0 && d.quoted(n) {
		speech := clsSpeechVerb
		for _, g := range s.Verbs {
			if !d.quoted(g.Head) && speech.Has(t[g.Head]) && g.Neg < 0 {
				v = g.Head
				break
			}
		}
	}
	if v < 0 {
		return -1
	}
	if t[v].Lower == "according" {
		if v+2 < len(t) {
			return s.ChunkAt(v + 2)
		}
		return -1
	}
	c := s.Clauses[s.ClauseAt(v)]
	if c.Subject >= 0 {
		return d.phraseHead(c.Subject)
	}
	// "Jo Bloggs, a researcher at …, told …": the clause's first phrase,
	// before an apposition.
	for k := c.From; k < v; k++ {
		if ch := s.ChunkAt(k); ch >= 0 {
			return ch
		}
	}
	// "…,” said the company": the subject follows the verb.
	if g := s.VerbAt(v); g >= 0 && s.Verbs[g].To < len(t) {
		if ch := s.ChunkAt(s.Verbs[g].To); ch >= 0 && s.Chunks[ch].From == s.Verbs[g].To {
			return ch
		}
	}
	return -1
}

// phraseHead walks from chunk ch back over the prepositional phrases
// that modify a noun ("a professor at the university", "lawyers for the
// family"): the party is the first noun, not the last.
func (d *detector) phraseHead(ch int) int {
	s := d.s
	for {
		from := s.Chunks[ch].From
		if from < 2 || s.Tokens[from-1].Tag != postag.IN || s.Tokens[from-1].Lower == "that" {
			return ch
		}
		prev := s.ChunkAt(from - 2)
		if prev < 0 || s.Chunks[prev].To != from-1 {
			return ch
		}
		ch = prev
	}
}

// firstPerson: the speech verb reporting clause ci has "I" or "we" as
// its subject.
func (d *detector) firstPerson(ci int) bool {
	s := d.s
	c := s.Clauses[s.ClauseAt(d.reportedBy(ci))]
	if c.Subject < 0 {
		return false
	}
	l := s.Tokens[s.Chunks[c.Subject].Head].Lower
	return l == "i" || l == "we"
}

// accused reports whether the phrase c names a party the story has put
// a claim about (Parties).
func (d *detector) accused(c text.Chunk) bool {
	p := d.ctx.Parties
	if !p.Known() {
		return false
	}
	t := d.s.Tokens
	head := t[c.Head]
	q := partyQuery{kind: kindAny, head: head.Lemma, proper: head.Tag == postag.NNP || head.Tag == postag.NNPS, pronoun: head.Tag == postag.PRP}
	switch {
	case q.pronoun:
		k, ok := subjectPronounKind(head.Lower)
		if !ok {
			return false
		}
		q.kind = k
	case !q.proper:
		if clsCompanyNoun.Has(head) || clsBodyNoun.Has(head) {
			q.kind = kindBody
		}
	}
	q.names = d.names(c)
	for k := c.From; k < c.To; k++ {
		if d.s.Tokens[k].Word {
			q.words = append(q.words, d.s.Tokens[k].Lemma)
		}
	}
	return p.matches(q)
}
