package detect

import (
	"strings"

	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// A word or phrase that leaves a claim unestablished by its own sense
// ("reportedly", "possibly", "rumours", "signs point to": hedge_phrase)
// is uncertainty, unless a hedge_blocker overlaps it ("as possible",
// "made it possible", "probable cause"). Six words have a test:
// "potential" not as the noun of capacity (capacityNoun);
// "preliminary" only as a predicate (modifiesNoun);
// "suspect" only as the verb (suspectVerb); "possible" not negated nor
// guarded against (precaution_word);
// "possibility of" + a gerund
// is an option weighed, not a doubt ("the possibility of organizing a
// trip"); a rumour noun a party calls false is its denial, not a hedge
// (rumourDismissed).
func init() {
	register("unc.hedge_word", (*detector).hedgeWord)
}

// blockerReach is the most words a hedge_blocker may start before the
// hedge word it holds ("comment on market rumours").
const blockerReach = 4

func (d *detector) hedgeWord() {
	t := d.s.Tokens
	for i := 0; i < len(t); i++ {
		e := clsHedgePhrase.Match(t, i)
		if e < 0 {
			continue
		}
		if !d.hedgeBlocked(i, e) && d.hedgeHolds(i, e) {
			d.hedgeHit(i, e)
		}
		// A longer phrase holds the shorter ones inside it.
		i = e - 1
	}
}

// hedgeHit flags the phrase at [i, e) with up to three words after it.
// An abbreviation's period ("U.S.") ends the span, outside it, as a
// mark does: the span shows the words the hedge bears on, as the phrase
// rules did before this rule was structural.
func (d *detector) hedgeHit(i, e int) {
	t := d.s.Tokens
	to, trim := d.wholeWordsAfter(e, 3), false
	for k := e; k < to; k++ {
		if t[k].Word && len(t[k].Lower) > 1 && strings.HasSuffix(t[k].Lower, ".") {
			to, trim = k+1, true
			break
		}
	}
	d.hit(i, to, i, e)
	if h := &d.out[len(d.out)-1]; trim && h.Span.End == t[to-1].End {
		h.Span.End--
	}
}

// hedgeBlocked: a hedge_blocker overlaps tokens [i, e).
func (d *detector) hedgeBlocked(i, e int) bool {
	for j := max(0, i-blockerReach); j < e; j++ {
		if b := clsHedgeBlocker.Match(d.s.Tokens, j); b > i {
			return true
		}
	}
	return false
}

// hedgeHolds applies the tests of "suspect", "possible",
// "potential(ly)", "possibility" and the rumour nouns to the phrase at
// [i, e).
func (d *detector) hedgeHolds(i, e int) bool {
	t := d.s.Tokens
	switch w := t[i].Lower; {
	case w == "suspect" || w == "suspects" || w == "suspected":
		if i+1 < len(t) && text.IsNegator(t[i+1].Lower) {
			return false // "police suspect no foul play", "suspected nothing": no suspicion held, as "do not suspect" is
		}
		if w == "suspected" {
			return true
		}
		return d.suspectVerb(i)
	case w == "possible":
		// "would not have been possible": what could not happen is
		// stated, not left open.
		c := d.s.Clauses[d.s.ClauseAt(i)]
		if c.Neg >= 0 && c.Neg < i && i-c.Neg <= 4 {
			return false
		}
		if d.superlativeBefore(i) || d.penaltyAfter(e) || d.conditionedPossible(i, e) {
			return false
		}
		// "prepare against the enemy's possible moves", "screening for
		// possible faults": what a precaution guards against (guide).
		return !d.hasClass(max(0, i-4), i, clsPrecautionWord)
	case w == "potential" || w == "potentially":
		if w == "potential" && (d.capacityNoun(i) || d.prospectRole(e)) {
			return false
		}
		// "recalled potentially affected batches": the same (guide).
		return !d.hasClass(max(0, i-4), i, clsPrecautionWord) && !d.penaltyAfter(e)
	case w == "preliminary":
		// Before a noun it names the stage of a procedure ("the
		// preliminary hearing", "preliminary charges", "preliminary tests
		// by the lab"), as "first-round" would, and says nothing of what
		// was found; as a predicate ("the results are preliminary") it
		// says the findings are not settled yet.
		return !d.modifiesNoun(i)
	case w == "possibility" || w == "possibilities":
		return !(d.lowerAt(e) == "of" && strings.HasSuffix(d.lowerAt(e+1), "ing") && d.lowerAt(e+2) != "been") && !d.penaltyAfter(e)
	case clsHearsayNoun.Has(t[i]):
		return !d.rumourDismissed(i, e)
	}
	return true
}

// prospectRole: a prospect_role_noun at e heads the phrase "potential"
// opens ("a potential client", "potential jurors", "potential
// candidates for the nomination"): the set phrase of one who may take
// the role. A noun after it ("potential voter fraud") is the head, and
// the hedge stays.
func (d *detector) prospectRole(e int) bool {
	t := d.s.Tokens
	if e >= len(t) || !clsProspectRoleNoun.Has(t[e]) || t[e].Tag != postag.NN && t[e].Tag != postag.NNS {
		return false
	}
	if e+1 < len(t) {
		switch t[e+1].Tag {
		case postag.NN, postag.NNS, postag.NNP, postag.NNPS, postag.POS:
			return false
		}
	}
	return true
}

// capacityNoun: "potential" at i heads its noun phrase ("has huge
// potential", "more upside potential", "the potential to win"): the
// noun of what someone or something is capable of, which leaves no
// event open. Only "potential for" keeps the hedge ("the potential for
// more violence" weighs an event, as "the possibility of" does). The
// adjective ("potential collusion") modifies the noun after it, so its
// phrase has another head.
func (d *detector) capacityNoun(i int) bool {
	s := d.s
	t := s.Tokens
	if t[i].Tag != postag.NN {
		return false
	}
	if ch := s.ChunkAt(i); ch < 0 || s.Chunks[ch].Head != i {
		return false
	}
	return d.lowerAt(i+1) != "for"
}

// suspectVerb: "suspect" at i is the verb ("scientists suspect", "some
// officials suspect"): after a pronoun or a suspecting_subject noun not
// itself after a determiner ("the police suspect" is read as the noun,
// as the decided cases have it), never at the sentence's start.
func (d *detector) suspectVerb(i int) bool {
	t := d.s.Tokens
	if i == 0 {
		return false
	}
	p := t[i-1]
	if !(clsPersonalPronoun.Has(p) || clsSuspectingSubject.Has(p)) {
		return false
	}
	w := d.lowerAt(i - 2)
	det := clsSourceDeterminer.HasWord(w) || clsNumberWord.HasWord(w) || w != "" && w[0] >= '0' && w[0] <= '9'
	return !det || w == "some" || w == "many"
}

// rumourDismissed: the rumour noun at [i, e) is what a party calls a
// claim about itself: "as" among the three words before it ("dismissed
// the reports as pure speculation"), a verb of denying there ("denied
// the rumours": a claim only the object of a denial adds no
// uncertainty, guide), or a form of "be" and then a
// dismissive word within ten tokens after it ("the rumours were made
// up").
func (d *detector) rumourDismissed(i, e int) bool {
	t := d.s.Tokens
	for k, words := i-1, 0; k >= 0 && words < 3; k-- {
		if !t[k].Word {
			continue
		}
		if t[k].Lower == "as" || clsDenyVerb.Has(t[k]) {
			return true // "dismissed as speculation"; "denied the rumours": only the object of a denial (guide)
		}
		words++
	}
	be := false
	for k := e; k < len(t) && k <= e+10; k++ {
		be = be || clsBeForm.Has(t[k])
		if be && clsDismissive.Match(t, k) > 0 {
			return true
		}
	}
	return false
}

// lowerAt is the lower-cased token i, or "" outside the sentence.
func (d *detector) lowerAt(i int) string {
	if i < 0 || i >= len(d.s.Tokens) {
		return ""
	}
	return d.s.Tokens[i].Lower
}

// penaltyAfter: the noun phrase the hedge word opens, or its "of"
// phrase, ends on a penalty_noun ("carries a possible life sentence",
// "the possibility of the death penalty"): the terms of a law, what it
// allows, as "could face up to ten years" is (guide: what a plan or law
// would allow), not a doubt about the events. Only determiners,
// adjectives, nouns, numbers and "of" may stand between, so "possible
// in the coming months" is still a hedge; the look is a few tokens.
func (d *detector) penaltyAfter(e int) bool {
	t := d.s.Tokens
	for k := e; k < len(t) && k < e+5; k++ {
		// A penalty_modifier is a penalty only before one ("a possible
		// life sentence"); "the possibility of life on Titan" is a doubt.
		if clsPenaltyNoun.Has(t[k]) && !clsPenaltyModifier.Has(t[k]) && (t[k].Tag == postag.NN || t[k].Tag == postag.NNS) {
			return true
		}
		switch t[k].Tag {
		case postag.DT, postag.JJ, postag.NN, postag.NNS, postag.CD:
		default:
			if t[k].Lower != "of" {
				return false
			}
		}
	}
	return false
}

// conditionedPossible: "possible" as the whole of a clause of condition
// or time, its verb left out, with only adverbs and conjunctions after
// the opener ("if possible", "if physically or financially possible",
// "whenever possible"): the set phrase of "if it can be done", no event
// left open. Before a noun ("when possible talks resume") it is the
// adjective of that noun and hedges it.
func (d *detector) conditionedPossible(i, e int) bool {
	t := d.s.Tokens
	if e < len(t) {
		switch t[e].Tag {
		case postag.NN, postag.NNS, postag.NNP, postag.NNPS, postag.JJ:
			return false
		}
	}
	k := i - 1
	for k >= 0 && (t[k].Tag == postag.RB || t[k].Tag == postag.CC) {
		k--
	}
	return k >= 0 && (t[k].Tag == postag.WRB || clsConditionOpener.Has(t[k]))
}

// superlativeBefore: "possible" follows a noun phrase with a
// superlative ("the best places possible", "the highest rate
// possible"): a degree, as "best possible" is, not a doubt.
func (d *detector) superlativeBefore(i int) bool {
	t := d.s.Tokens
	if i == 0 || t[i-1].Tag != postag.NN && t[i-1].Tag != postag.NNS {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		switch t[k].Tag {
		case postag.JJS, postag.RBS:
			return true
		case postag.JJ, postag.NN, postag.NNS:
		default:
			return false
		}
	}
	return false
}
