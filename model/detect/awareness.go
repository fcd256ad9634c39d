package detect

import (
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// A speaker limiting an answer to what he knows ("I am not aware of any
// payment", "she said she had no knowledge of the plan", "at no time was
// I aware of it") leaves open what happened: the guide's "not to my
// knowledge". This reads a negated word of awareness in the speaker's
// own clause, whatever stands between.
func init() {
	register("unc.speaker_doubt", (*detector).limitedKnowledge)
	register("unc.speaker_doubt", (*detector).notSure)
	register("unc.speaker_doubt", (*detector).notKnown)
}

// notSure: a negated adjective of certainty ("officials are not sure
// what caused it", "we're not so sure"), or one that needs no negation
// (unsure_adjective: "they are unsure whether"): whoever is unsure, the
// thing is not known.
func (d *detector) notSure() {
	s := d.s
	t := s.Tokens
	sure := clsDoubtAdjective
	for i, tk := range t {
		if clsUnsureAdjective.Has(tk) {
			d.hit(i, d.wholeWordsAfter(i+1, 3), i, i+1) // its own negation, in any tag
			continue
		}
		if !sure.Has(tk) || tk.Tag != postag.JJ {
			continue
		}
		c := s.Clauses[s.ClauseAt(i)]
		n := c.Neg
		if n < 0 || n > i || i-n > 3 || c.Verb < 0 || t[s.Verbs[c.Verb].Head].Lemma != "be" {
			continue // "make sure", "a certain man"; "not sure" is "be" with "not" just before
		}
		d.hit(n, d.wordsAfter(i+1, 3), n, i+1)
	}
}

// notKnown: a verb of knowing or believing negated in the present by the
// speaker ("I don't know", "we do not believe it happened") or with no
// one as subject ("nobody knows why"). Not knowing a person ("I don't
// know her") disclaims the accuser (deny.not_true); "nobody knows the
// hills better than …" praises. Past and future leave a question open
// only when the question follows: "no one knew what had become of
// them", "we may never know who sent it" (a "didn't know" alone tells
// a story, "won't know until" a date).
func (d *detector) notKnown() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		memory := clsMemoryVerb.Has(t[g.Head])
		if !clsDoubtVerb.Has(t[g.Head]) && !memory {
			continue
		}
		forgot := memory && d.rememberedNothing(g)
		if (g.Past || g.Modal >= 0) && !d.openQuestionAfter(g) && !forgot && !d.neverKnown(g) {
			continue
		}
		if g.To+1 < len(t) && clsOpenQuestionWord.Has(t[g.To]) && t[g.To+1].Lower == "to" {
			continue // "I don't know what to think": what to do, not what happened
		}
		if t[g.Head].Lemma == "believe" && g.To < len(t) && t[g.To].Lower == "in" {
			continue // "I don't believe in luck": a faith or a value disowned, not a fact left open
		}
		ci := s.ClauseAt(g.Head)
		c := s.Clauses[ci]
		if c.Subject < 0 || d.knowsPerson(g) {
			continue
		}
		subj := s.Chunks[c.Subject]
		n := g.Neg
		switch {
		case subj.Neg && n < 0:
			if d.comparedAfter(g.To) {
				continue
			}
			n = subj.From // "nobody knows", "no one knows why"
		case n >= 0 && g.Past:
			continue // "we didn't know why": the past of a story, unless no one knew
		case n >= 0 && clsFirstPerson.Has(t[subj.Head]) && subj.From == subj.Head && (!memory || d.recalledEvent(g)):
		case forgot: // "she could not remember who was there"
		default:
			continue
		}
		d.hit(min(n, subj.From), d.wordsAfter(g.To, 3), n, g.Head+1)
	}
}

// rememberedNothing: a memory_verb with an ability modal and a
// negation, before a question word or nothing ("could not remember who
// was there", "I can't remember."): what the speaker cannot
// recall is left open. "did not remember the date" tells the story.
func (d *detector) rememberedNothing(g text.VerbGroup) bool {
	t := d.s.Tokens
	if g.Neg < 0 || g.Modal < 0 || !clsAbilityModal.Has(t[g.Modal]) {
		return false
	}
	return g.To >= len(t) || !t[g.To].Word || clsOpenQuestionWord.Has(t[g.To])
}

// recalledEvent: what a memory_verb does not recall is an event or a
// fact ("I don't recall meeting him", "… ever meeting him", "… that he
// called", "… who was there"), not a thing the speaker has forgotten
// ("I don't remember much from the games").
func (d *detector) recalledEvent(g text.VerbGroup) bool {
	t := d.s.Tokens
	k := g.To
	for k < len(t) && t[k].Tag == postag.RB {
		k++ // "ever"
	}
	return k < len(t) && (t[k].Tag == postag.VBG || clsComplementizer.Has(t[k]) || clsOpenQuestionWord.Has(t[k]))
}

// openQuestionAfter: the verb of knowing is "know", any modal's negator
// is "never", and a question word opens what follows ("never know why").
func (d *detector) openQuestionAfter(g text.VerbGroup) bool {
	t := d.s.Tokens
	if t[g.Head].Lemma != "know" || g.To >= len(t) || !clsOpenQuestionWord.Has(t[g.To]) {
		return false
	}
	// "no one will ever know what happened": the negative subject
	// carries the negation a "never" would. Only with "will": "nobody
	// can know who she is", "no company should know what you read" keep
	// a secret or say what ought to be.
	return g.Modal < 0 || (g.Neg >= 0 && t[g.Neg].Lower == "never") ||
		t[g.Modal].Lemma == "will" && d.negativeSubject(d.s.Clauses[d.s.ClauseAt(g.Head)])
}

// neverKnown: "never know" with nothing after it in the clause ("we
// will never know", "some things we may never know."): what is not
// known is the matter itself, as "never know why" says with the
// question. "will never know her" has an object: it tells of a person.
func (d *detector) neverKnown(g text.VerbGroup) bool {
	t := d.s.Tokens
	if t[g.Head].Lemma != "know" || g.Neg < 0 || t[g.Neg].Lower != "never" || g.Past {
		return false
	}
	return g.To >= len(t) || !t[g.To].Word
}

// comparedAfter: a comparison follows within a few words ("knows the
// hills better than the rangers").
func (d *detector) comparedAfter(i int) bool {
	t := d.s.Tokens
	for k := i; k < len(t) && k < i+6; k++ {
		if t[k].Tag == postag.JJR || t[k].Tag == postag.RBR {
			return true
		}
	}
	return false
}

func (d *detector) limitedKnowledge() {
	s := d.s
	t := s.Tokens
	aware := clsAwarenessWord
	for i, tk := range t {
		if !aware.Has(tk) || tk.Tag == postag.VB || tk.Tag == postag.VBP {
			continue
		}
		if i > 1 && t[i-1].Tag == postag.PRPS && clsFirstPerson.Has(t[i-1]) && (t[i-2].Lower == "to" || t[i-2].Lower == "of") {
			d.hit(i-2, i+1, i-2, i+1) // "to my knowledge", "to the best of our knowledge"
			continue
		}
		ci := s.ClauseAt(i)
		c := s.Clauses[ci]
		n := d.negationOf(c, i)
		if n < 0 || d.questioned(i) || !d.spoken(ci, i) {
			continue
		}
		if !d.speakerOwn(ci, c, n, i) || d.untilAfter(i) {
			continue
		}
		d.hit(n, d.wordsAfter(i+1, 3), n, i+1)
	}
}

// negationOf returns the negator that limits the word at i: the clause's
// negation before it ("not aware", "at no time was I aware"), or a "no"
// in its own phrase ("no knowledge"); -1 if none.
func (d *detector) negationOf(c text.Clause, i int) int {
	s := d.s
	if ch := s.ChunkAt(i); ch >= 0 && s.Chunks[ch].Neg {
		for k := max(s.Chunks[ch].From, i-3); k < i; k++ { // "no knowledge", "no real knowledge
			if text.IsNegator(s.Tokens[k].Lower) {
				return k
			}
		}
	}
	if c.Neg >= 0 && c.Neg < i {
		return c.Neg
	}
	return -1
}

// speakerOwn: the clause speaks of the speaker's own knowledge: its
// subject is the speaker (aboutItself's test), or a first-person pronoun
// stands after its verb ("was I aware").
func (d *detector) speakerOwn(ci int, c text.Clause, n, i int) bool {
	s := d.s
	t := s.Tokens
	if c.Verb >= 0 {
		if g := s.Verbs[c.Verb]; g.To < len(t) && clsFirstPerson.Has(t[g.To]) {
			return true
		}
	}
	if c.Subject < 0 {
		return false
	}
	subj := t[s.Chunks[c.Subject].Head]
	if clsFirstPerson.Has(subj) {
		return true
	}
	return subj.Tag == postag.PRP && d.aboutItself(ci, c, n)
}

// untilAfter: "until" follows the word of awareness at i in its sentence
// part ("I was not made aware of the reference until the transcript was
// released"): the speaker tells when the not-knowing ended, so what he
// learned is known now, not left open. The look stops at a comma or a
// semicolon and is bounded, so it stays linear.
func (d *detector) untilAfter(i int) bool {
	t := d.s.Tokens
	for k := i + 1; k < len(t) && k <= i+untilReach; k++ {
		switch t[k].Lower {
		case "until", "till":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// untilReach bounds the words untilAfter reads ("not aware of any
// reference to the vice president or his son by the president until").
const untilReach = 20
