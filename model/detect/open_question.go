package detect

import "github.com/caveat-reader/caveat/model/text/postag"

// A "whether" (or "investigating if", "not clear if") leaves the events
// an open question. Not a choice or condition ("whether to stay",
// "regardless of whether": open_question_blocker), a question put
// ("asked him whether": ask_verb just before), a choice to be settled
// ("a draw will decide whether": choice_verb) or a judgement ("whether
// the fine was fair": judgement_word in the clause it opens). The other
// open-question rules (uncertainty.go) read raised questions and
// searches from the structure.
func init() {
	register("unc.open_question", (*detector).openQuestion)
}

// judgementReach bounds how far after "whether" a word of judgement is
// looked for, up to the first mark.
const judgementReach = 12

func (d *detector) openQuestion() {
	t := d.s.Tokens
	for i := 0; i < len(t); i++ {
		whether := clsWhetherWord.Match(t, i)
		e := whether
		if e < 0 {
			e = clsOpenQuestionPhrase.Match(t, i)
		}
		if e < 0 || d.blockedQuestion(i, e) {
			continue
		}
		if whether > 0 && (d.askedBefore(i) || d.chosenBefore(i) || d.judgedAfter(e) || d.concessive(e) || d.alternatives(i, e)) {
			continue
		}
		d.hit(i, d.wholeWordsAfter(e, 4), i, e)
		i = e - 1
	}
}

// blockedQuestion: an entry of open_question_blocker overlaps tokens
// [i, e) ("regardless of whether", "whether to").
func (d *detector) blockedQuestion(i, e int) bool {
	for j := max(0, i-3); j < e; j++ {
		if clsOpenQuestionBlocker.Match(d.s.Tokens, j) > i {
			return true
		}
	}
	return false
}

// askedBefore: a verb of asking stands within three tokens before i.
func (d *detector) askedBefore(i int) bool {
	return d.hasClass(max(0, i-3), i, clsAskVerb)
}

// chosenBefore: a verb of settling a choice stands just before i, or
// before "on" ("a draw will decide whether", "to decide on whether"):
// what is to be decided is a choice or a scheduled outcome, not a fact
// nobody knows.
func (d *detector) chosenBefore(i int) bool {
	t := d.s.Tokens
	k := i - 1
	if k >= 1 && t[k].Lower == "on" {
		k--
	}
	return k >= 0 && clsChoiceVerb.Has(t[k]) && t[k].Tag != postag.NN && t[k].Tag != postag.NNS
}

// concessive: the "whether" clause from e has the bare "be" for its verb
// ("whether they be in film or in print"): "whatever they are", no
// question.
func (d *detector) concessive(e int) bool {
	t := d.s.Tokens
	for k := e; k < len(t) && k < e+4 && t[k].Word; k++ {
		if t[k].Lower == "be" {
			return k > e && t[k-1].Tag != postag.MD && t[k-1].Tag != postag.TO && t[k-1].Tag != postag.RB // "whether it might be": a question
		}
	}
	return false
}

// judgedAfter: a word of judgement stands in the words from e, up to
// the first mark and within judgementReach.
func (d *detector) judgedAfter(e int) bool {
	t := d.s.Tokens
	for k := e; k < len(t) && k < e+judgementReach && t[k].Word; k++ {
		if clsJudgementWord.Has(t[k]) {
			return true
		}
	}
	return false
}

// alternativesReach bounds how far the "or" of a "whether … or" is looked
// for, up to the first full stop.
const alternativesReach = 16

// alternatives: a "whether … or" that nothing governs lists the cases
// something holds in ("adjusts the temperature whether the top is up or
// down", "— whether it's the halftime show or the snacks", "Whether it's
// banks or tech firms, startups will fail"): "in either case", no
// question. A "whether" after a verb, an adjective, a preposition or a
// noun of asking ("unclear whether", "the question whether"), or after a
// parenthetical adverb ("unclear, however, whether"), asks one; opening
// the sentence, the clause must end on a comma before the main clause,
// since "Whether he lied or not remains unknown" is its subject.
func (d *detector) alternatives(i, e int) bool {
	t := d.s.Tokens
	if i > 0 {
		switch p := t[i-1]; {
		case p.Tag.IsVerb(), p.Tag == postag.MD, p.Tag == postag.JJ, p.Tag == postag.IN, p.Tag == postag.TO, p.Tag == postag.CC, clsQuestionNoun.Has(p):
			return false // "and whether": coordinated with a governed one
		}
	}
	or := -1
	for k := e; k < len(t) && k < e+alternativesReach && t[k].Lower != "."; k++ {
		if t[k].Lower == "or" {
			or = k
			break
		}
	}
	if or < 0 {
		return false
	}
	if i > 0 {
		// After a mark, a parenthetical may stand between the governing
		// word and "whether" ("unclear, however, whether").
		if p := i - 2; !t[i-1].Word && p >= 0 && t[p].Tag == postag.RB {
			return false
		}
		return true
	}
	for k := or + 1; k < len(t) && k < or+alternativesReach; k++ {
		if t[k].Lower == "," {
			return true // a dash may open an aside ("Whether it was sincere or not – and whether …"), a comma the main clause
		}
		if d.s.VerbAt(k) >= 0 && d.s.Verbs[d.s.VerbAt(k)].From == k {
			return false // "whether he lied or not remains …": the main verb
		}
	}
	return false
}
