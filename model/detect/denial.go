package detect

import (
	"strings"

	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// Denial is a party answering a claim about itself: a verb of denying
// with a claim (or a that-clause) as object, a claim called false, or a
// negation in the clause the party is reported to have said. Each is
// dropped when the denial is only urged, expected or hypothetical, when
// a court rules on a request, or when what is refused is a proposal.
func init() {
	register("deny.verb", (*detector).denyVerb)
	register("deny.reject_claim", (*detector).denyVerb)
	register("deny.called_false", (*detector).calledFalse)
	register("deny.not_true", (*detector).negatedAnswer)
	register("deny.not_true", (*detector).claimedInnocence)
	register("deny.insist", (*detector).claimedCompliance)
}

// denyVerb: "denied the allegations", "rejected claims that …",
// "disputes that", "Club denies it made an offer". deny.verb takes the
// verbs of deny_direct, which deny whatever they take; deny.reject_claim
// takes the others, which deny only a claim.
func (d *detector) denyVerb() {
	s := d.s
	direct := clsDenyDirect
	for _, g := range d.denyGroups() {
		h := g.Head
		end := clsDenyVerb.Match(s.Tokens, h)
		if end < 0 {
			continue
		}
		if isDirect := direct.Match(s.Tokens, h) > 0; isDirect != (d.rule == "deny.verb") {
			continue
		}
		if d.unreal(g) || g.Neg >= 0 || d.confirmOrDeny(g) || d.negatedBefore(g) || d.attributive(g) {
			continue
		}
		if g.Passive && !(end < len(s.Tokens) && s.Tokens[end].Lower == "by") {
			if !d.claimBefore(g.From) {
				continue // "was denied entry"; "the claims were denied" keeps
			}
		}
		if d.courtSubject(g) {
			continue
		}
		obj, ok := d.deniedObject(end, d.rule == "deny.verb")
		if !ok && !d.claimBefore(g.From) && !d.deniesWhatWasSaid(g, end) {
			continue
		}
		d.hit(h, max(obj, d.wordsAfter(end, 3)), h, end)
		d.denierUnderClaim(g)
	}
}

// zeroComplementAt: a complement clause with no "that" opens at token i
// ("denies Deutsche Bank got a subpoena").
func (d *detector) zeroComplementAt(i int) bool {
	c := d.s.ClauseAt(i)
	return c > 0 && d.s.Clauses[c].From == i && d.s.Clauses[c].Kind == text.Complement
}

// denierUnderClaim: the party that denies a claim is one the claim is
// about, though the story may have put it with no word of accusing ("Ana
// Ruiz says the firm cheated her. The firm denied it."): what it goes on
// to say answers the claim.
func (d *detector) denierUnderClaim(g text.VerbGroup) {
	if d.ctx.Parties == nil || g.Passive {
		return
	}
	c := d.s.Clauses[d.s.ClauseAt(g.Head)]
	if c.Subject < 0 || d.s.Chunks[c.Subject].To > g.From {
		return
	}
	sub := d.s.Chunks[c.Subject]
	if f := d.s.Tokens[sub.From]; f.Tag == postag.PRPS {
		// "his campaign denied": the claim is about him, for whom the
		// campaign speaks.
		if k, ok := subjectPronounKind(d.possessor(f).Lower); ok {
			d.ctx.Parties.addPronoun(k)
		}
		return
	}
	d.addTarget(sub)
}

// negatedBefore: a negation stands just before the group, which the
// parser left out of it when commas parted the auxiliary from the verb
// ("has, previously, not denied").
func (d *detector) negatedBefore(g text.VerbGroup) bool {
	return g.From > 0 && text.IsNegator(d.s.Tokens[g.From-1].Lower)
}

// attributive: the verb stands between a determiner and a noun, so it
// is a participle describing the noun ("the disputed election", "a
// rejected bid"), which the tagger may read as a past tense with the
// determiner for its subject.
func (d *detector) attributive(g text.VerbGroup) bool {
	t := d.s.Tokens
	return g.From == g.Head && g.From > 0 && t[g.From-1].Tag == postag.DT && g.To < len(t) && (t[g.To].Tag.IsNoun() || t[g.To].Tag == postag.JJ)
}

// deniedObject looks at what follows the verb: a that-clause or a zero
// complement ("denies it made an offer"), a claim noun phrase, or, for
// the direct verbs, any object that is not a request or a person given
// something ("denied him a hearing"). It returns where the object ends.
func (d *detector) deniedObject(i int, direct bool) (int, bool) {
	s := d.s
	t := s.Tokens
	for i < len(t) && (!t[i].Word && (t[i].Lower == "“" || t[i].Lower == "”" || t[i].Lower == "\"") || t[i].Tag == postag.RB) {
		i++
	}
	if i >= len(t) {
		return i, false
	}
	if t[i].Lower == "that" || t[i].Lower == "as" {
		return i + 1, true
	}
	if d.zeroComplementAt(i) {
		return i + 1, true // zero complement: "denies Deutsche Bank got a subpoena"
	}
	if t[i].Lower == "of" || t[i].Lower == "any" && i+1 < len(t) && t[i+1].Lower == "of" {
		i++
	}
	ch := s.ChunkAt(i)
	if ch < 0 {
		return i, direct && t[i].Lower != "to" && t[i].Lower != "for"
	}
	c := s.Chunks[ch]
	if t[c.Head].Lower == "her" && c.To < len(t) && t[c.To].Word && s.ChunkAt(c.To) < 0 && s.VerbAt(c.To) >= 0 && clsClaimNoun.Has(t[c.To]) {
		// "denied her claim": "her" read as the object, "claim" as a verb.
		c.Head, c.To = c.To, c.To+1
	}
	head := t[c.Head]
	if clsRequestNoun.Has(head) || clsRequestNoun.Match(t, c.Head) > 0 {
		return c.To, false
	}
	if clsEvidenceNoun.Has(head) && c.To < len(t) && t[c.To].Lower == "against" {
		return c.To, true // "the defence disputed the evidence against its client" (guide)
	}
	if clsClaimNoun.Has(head) {
		if c.To < len(t) && t[c.To].Lower == "for" || d.filed(c) {
			return c.To, false // "a claim for damages", "the insurance claim" was filed
		}
		return c.To, true
	}
	if !direct {
		// "rejected the premise" is listed; "rejected the bill" is not.
		// "dismissed reports of": the claim noun may follow "of".
		if c.To+1 < len(t) && t[c.To].Lower == "of" {
			if n := s.ChunkAt(c.To + 1); n >= 0 && clsClaimNoun.Has(t[s.Chunks[n].Head]) {
				return s.Chunks[n].To, true
			}
		}
		return c.To, false
	}
	if (head.Tag == postag.NNP || head.Tag == postag.PRP && head.Lower != "it") && c.To < len(t) && s.ChunkAt(c.To) >= 0 {
		return c.To, false // "denied Smith a hearing", "denied him a chance"
	}
	if c.To+1 < len(t) && t[c.To].Lower == "to" && s.ChunkAt(c.To+1) >= 0 {
		return c.To, false // "denying vaccines to detainees" withholds
	}
	if d.isName(c) {
		return c.To, false // "the goalkeeper denied Salah": a person, not a claim
	}
	if p := c.Head - 1; p >= c.From && t[c.Head].Tag == postag.NN && (t[p].Tag == postag.NNS || t[p].Tag == postag.NNPS || clsPersonNoun.Has(t[p])) {
		return c.To, false // "denying migrants access", "denied the men bail": two objects the chunker joined, a party kept from a thing
	}
	return c.To, true
}

// claimBefore: a claim noun stands within four words before i, as the
// antecedent of the verb ("allegations the police reject", "the reports,
// which he denied").
func (d *detector) claimBefore(i int) bool {
	t := d.s.Tokens
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if clsClaimNoun.Has(t[k]) {
			return true
		}
	}
	return false
}

// deniesWhatWasSaid: the verb, with no object of its own, is in a
// relative clause that refers back to a whole claim: ", which the
// ministry rejects" after what someone said, alleged, suspected or
// feared ("is alleged to have paid the agent, which it disputes").
func (d *detector) deniesWhatWasSaid(g text.VerbGroup, end int) bool {
	s := d.s
	t := s.Tokens
	c := s.Clauses[s.ClauseAt(g.Head)]
	if c.Kind != text.Relative || c.Opener < 2 || t[c.Opener].Lower != "which" || t[c.Opener-1].Lower != "," {
		return false
	}
	if end < len(t) && t[end].Word && t[end].Tag != postag.RB {
		return false // an object of its own: what it rejects is that
	}
	return d.firstClaimWord() < c.Opener-1
}

// firstClaimWord returns the first word of the sentence that puts a
// claim (a verb of saying, accusing, suspecting or fearing, or an
// allegation), len(tokens) if none; found once per sentence, so a
// sentence of many relatives stays linear.
func (d *detector) firstClaimWord() int {
	if d.claimWordAt == 0 {
		t := d.s.Tokens
		k := 0
		for k < len(t) && !(clsSpeechVerb.Has(t[k]) || clsAccuseVerb.Has(t[k]) || clsSuspectVerb.Has(t[k]) || clsFearVerb.Has(t[k]) || clsAllegationPhrase.Match(t, k) > 0) {
			k++
		}
		d.claimWordAt = k + 1
	}
	return d.claimWordAt - 1
}

// unreal: the group is urged, expected or hypothetical: "would deny",
// "should reject", "is expected to deny".
func (d *detector) unreal(g text.VerbGroup) bool {
	t := d.s.Tokens
	if g.Modal >= 0 && clsModalUnreal.Has(t[g.Modal]) {
		return true
	}
	// "should either clearly refute": a modal the tagger left out of the
	// group, before adverbs and a correlative.
	for k := g.From - 1; k >= 0 && k >= g.From-4; k-- {
		if clsModalUnreal.Has(t[k]) {
			return true
		}
		if tg := t[k].Tag; tg != postag.RB && tg != postag.CC && tg != postag.DT {
			break
		}
	}
	if g.From < 2 || t[g.From-1].Lower != "to" {
		return false
	}
	// "vowed to fight the charges", "is prepared to contest them": the
	// party's own pledge is its answer (the guide's "vowed to prove his
	// innocence"); "is expected to deny", "was urged to reject" are not.
	return !clsVowVerb.Has(t[g.From-2])
}

// confirmOrDeny: "would neither confirm nor deny" answers nothing.
func (d *detector) confirmOrDeny(g text.VerbGroup) bool {
	t := d.s.Tokens
	for k := g.From - 1; k >= 0 && k >= g.From-3; k-- {
		if t[k].Lemma == "confirm" || t[k].Lower == "confirm" {
			return true
		}
	}
	return false
}

// courtSubject: a court, judge or vote rejects a request, not a claim.
func (d *detector) courtSubject(g text.VerbGroup) bool {
	s := d.s
	c := s.Clauses[s.ClauseAt(g.Head)]
	subj := c.Subject
	if c.Kind == text.Relative && c.Opener > 0 {
		subj = s.ChunkAt(c.Opener - 1)
		if subj < 0 && c.Opener > 1 {
			subj = s.ChunkAt(c.Opener - 2)
		}
	}
	if subj < 0 {
		return false
	}
	// "the Supreme Court of the United States, which rejected": the
	// antecedent may stand before "of" phrases; a few are looked at, so
	// a chain of them stays linear.
	for n := 0; n < 3 && subj >= 0; n++ {
		ch := s.Chunks[subj]
		for k := ch.From; k < ch.To; k++ {
			if clsCourtNoun.Has(s.Tokens[k]) {
				return true
			}
		}
		if ch.From < 2 || s.Tokens[ch.From-1].Lower != "of" {
			break
		}
		subj = s.ChunkAt(ch.From - 2)
	}
	return false
}

// filed: a word before the chunk's head makes its claim one filed for
// money or a right ("the flood damage claim").
func (d *detector) filed(c text.Chunk) bool {
	for k := c.From; k < c.Head; k++ {
		if clsClaimFiling.Has(d.s.Tokens[k]) {
			return true
		}
	}
	return false
}

// denyGroups returns the verb groups whose head may be a verb of
// denying, and a deny verb the tagger read as a noun in a verb's place
// ("the bank disputes that …": a noun before it, "that" or a
// determiner after it).
func (d *detector) denyGroups() []text.VerbGroup {
	s := d.s
	t := s.Tokens
	dv := clsDenyVerb
	var out []text.VerbGroup
	for _, g := range s.Verbs {
		if dv.Match(t, g.Head) > 0 {
			out = append(out, g)
		}
	}
	for i := 1; i+1 < len(t); i++ {
		if (t[i].Tag != postag.NNS && t[i].Tag != postag.NN) || dv.Match(t, i) < 0 {
			continue
		}
		if t[i-1].Tag == postag.POS || t[i-1].Tag == postag.PRPS {
			continue // "Thursday night's fight that …", "his dismissal": a noun after a possessive
		}
		if s.ChunkAt(i-1) < 0 || s.Chunks[s.ChunkAt(i-1)].Head != i-1 && s.Chunks[s.ChunkAt(i-1)].Head != i {
			if t[i+1].Lower == "that" && d.verbAfterName(i) {
				out = append(out, text.VerbGroup{From: i, To: i + 1, Head: i, Modal: -1, Neg: -1, Finite: true})
			}
			continue
		}
		if n := t[i+1]; n.Lower == "that" || n.Tag == postag.DT || n.Tag == postag.PRPS || d.verbAfterName(i) {
			out = append(out, text.VerbGroup{From: i, To: i + 1, Head: i, Modal: -1, Neg: -1, Finite: true})
		}
	}
	return out
}

// verbAfterName: a deny verb the tagger read as a noun right after a
// name, a pronoun or a plural ("something Moscow denies", "allegations
// the police reject"), in a verb's form and not a noun's: the past, the
// base or a third-person "-ies" ("denies"), which no noun of the class
// takes; an "-s" form ("rejects", "disputes", nouns too) only where the
// clause ends on it.
func (d *detector) verbAfterName(i int) bool {
	t := d.s.Tokens
	w := t[i].Lower
	ends := i+1 >= len(t) || !t[i+1].Word || t[i+1].Lower == "that"
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ies") && w != t[i].Lemma && !ends {
		return false // "disputes", "rejects" go on as nouns unless the clause ends on them
	}
	if i+1 < len(t) && t[i+1].Lower == "that" {
		return true // "Dick Clark Productions, denies that …"
	}
	switch t[i-1].Tag {
	case postag.NNP, postag.NNPS, postag.PRP, postag.NNS, postag.NN:
	default:
		return false
	}
	if n := t[i+1]; n.Word && n.Tag != postag.IN && n.Tag != postag.RB && n.Lower != "that" {
		return false // "the Moscow denial campaign": a noun goes on
	}
	return true
}
