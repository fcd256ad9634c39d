package detect

import (
	"strings"

	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// A claim says a party did something: "accused the bank of hiding
// losses", "allegedly hid", "reports that the bank hid losses". A party
// answering it with the same act negated ("it had never hidden any
// losses", "we did not lie") denies it, whatever the verb: the relation
// between the claim and the answer makes the denial, not a list of
// denying verbs. The memory keeps the acts' lemmas for as long as it
// keeps the parties (storyParagraphs), and logs them as it logs the
// parties, so a paragraph analysed ahead replays them.

type act struct {
	lemma string
	para  int
}

// addAct records an act a claim puts on a party.
func (p *Parties) addAct(lemma string) {
	if p.log != nil {
		p.record(Event{op: opAct, words: []string{lemma}})
	}
	if len(p.acts) == maxTargets {
		copy(p.acts, p.acts[1:])
		p.acts = p.acts[:maxTargets-1]
	}
	p.acts = append(p.acts, act{lemma: lemma, para: p.para})
}

// ActClaimed reports whether a claim in the story so far puts the act
// lemma on a party.
func (p *Parties) ActClaimed(lemma string) bool {
	if p == nil {
		return false
	}
	got := p.actClaimed(lemma)
	if p.log != nil {
		p.record(Event{op: opActRead, words: []string{lemma}, readOut: got})
	}
	return got
}

func (p *Parties) actClaimed(lemma string) bool {
	for _, a := range p.acts {
		if a.lemma == lemma {
			return true
		}
	}
	return false
}

// noteAct records the act a verb token names.
func (d *detector) noteAct(k int) {
	t := d.s.Tokens
	if k >= 0 && k < len(t) && isVerbTag(t[k].Tag) {
		d.noteLemma(t[k].Lemma)
	}
}

// noteLemma records an act by its verb's lemma, unless the verb is too
// general to name one ("accused of being", "of having").
func (d *detector) noteLemma(lemma string) {
	if lemma != "" && !clsGeneralVerb.HasWord(lemma) {
		d.ctx.Parties.addAct(lemma)
	}
}

// noteActAfterOf records the act of "of" + a gerund at k ("accused the
// bank of hiding", "is suspected of leaking"). A gerund with an object
// after "of" is often tagged a noun ("of hiding losses"): an -ing word
// there that a noun phrase follows is read as the verb it is.
func (d *detector) noteActAfterOf(k int) {
	t := d.s.Tokens
	if k+1 >= len(t) || t[k].Lower != "of" {
		return
	}
	g := t[k+1]
	switch {
	case g.Tag == postag.VBG:
		d.noteLemma(g.Lemma)
	case g.Tag == postag.NN && strings.HasSuffix(g.Lower, "ing") && k+2 < len(t) && opensNounPhrase(t[k+2].Tag):
		d.noteLemma(postag.Lemma(g.Lower, postag.VBG))
	}
}

// opensNounPhrase: a tag that may begin an object ("hiding the losses",
// "hiding losses", "hiding its losses").
func opensNounPhrase(tag postag.Tag) bool {
	return tag == postag.DT || tag == postag.PRPS || tag == postag.NN || tag == postag.NNS || tag == postag.JJ || tag == postag.CD
}

// noteContentActs records the act of a claim's content clause ("reports
// that the bank hid losses", "allegations that she lied").
func (d *detector) noteContentActs() {
	s := d.s
	for _, c := range s.Clauses {
		if c.Kind != text.NounComplement || c.Opener < 1 || c.Verb < 0 {
			continue
		}
		if n := s.Tokens[c.Opener-1]; clsClaimNoun.Has(n) || clsAccusationNoun.Has(n) {
			if g := s.Verbs[c.Verb]; g.Neg < 0 && !d.unreal(g) {
				d.noteAct(g.Head)
			}
		}
	}
}

// noteReportedActs: an accuser's account of what a party did ("police
// say the firm dumped waste", "prosecutors said he had taken the money")
// puts the party under a claim and the act on it: a past act, neither
// negated nor conditional, in a clause reported by a verb whose subject
// is an accuser_noun. Plans and forecasts ("officials said the firm will
// hire") put nothing on anyone.
func (d *detector) noteReportedActs() {
	s := d.s
	t := s.Tokens
	for ci, c := range s.Clauses {
		if c.Kind != text.Complement || c.Verb < 0 || c.Subject < 0 {
			continue
		}
		g := s.Verbs[c.Verb]
		if g.Neg >= 0 || g.Modal >= 0 || g.Passive || !(g.Past || d.perfect(g)) || d.unreal(g) || clsGeneralVerb.Has(t[g.Head]) {
			continue
		}
		v := d.reportedBy(ci)
		if v < 0 || d.quoted(v) {
			continue
		}
		rc := s.Clauses[s.ClauseAt(v)]
		if rc.Subject < 0 || !clsAccuserNoun.Has(t[s.Chunks[rc.Subject].Head]) {
			continue
		}
		sub := s.Chunks[c.Subject]
		if t[sub.Head].Tag == postag.PRP && clsFirstPerson.Has(t[sub.Head]) {
			continue
		}
		d.addTarget(sub)
		d.noteAct(g.Head)
	}
}

// answersAct: the negated verb group is an act the story's claims put on
// a party.
func (d *detector) answersAct(g text.VerbGroup) bool {
	h := d.s.Tokens[g.Head]
	return d.ctx.Parties != nil && !clsGeneralVerb.Has(h) && h.Lemma != "" && d.ctx.Parties.ActClaimed(h.Lemma)
}

func isVerbTag(t postag.Tag) bool {
	return t == postag.VB || t == postag.VBD || t == postag.VBG || t == postag.VBN || t == postag.VBP || t == postag.VBZ
}
