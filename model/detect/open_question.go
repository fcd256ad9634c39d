package detect

import "github.com/caveat-reader/caveat/model/text/postag"

// A "whether" (or "investigating if", "not clear if") leaves the events
// an open question. Not a choice or condition ("whether to stay",
// "regardless of whether": open_question_blocker), a question put
// ("asked him whether": ask_verb just before) or a judgement ("whether
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
		whether := d.class("whether_word").Match(t, i)
		e := whether
		if e < 0 {
			e = d.class("open_question_phrase").Match(t, i)
		}
		if e < 0 || d.blockedQuestion(i, e) {
			continue
		}
		if whether > 0 && (d.askedBefore(i) || d.judgedAfter(e) || d.concessive(e)) {
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
		if d.class("open_question_blocker").Match(d.s.Tokens, j) > i {
			return true
		}
	}
	return false
}

// askedBefore: a verb of asking stands within three tokens before i.
func (d *detector) askedBefore(i int) bool {
	return d.hasClass(max(0, i-3), i, "ask_verb")
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
		if d.class("judgement_word").Has(t[k]) {
			return true
		}
	}
	return false
}
