package detect

import (
	"github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// A speculative modal ("may", "might", "could") heading a verb group
// presents what it reports as only possible. The tagger's MD tag keeps
// the month, the noun "might" and names out; the sense tests below keep
// out the modal of ability, option, permission, purpose and of a
// speaker's conditional argument, which the guide does not count.
func init() {
	register("unc.modal", (*detector).speculativeModal)
	register("unc.modal", (*detector).probableModal)
}

// A modal of probability ("should") says what is expected only when a
// verb of outcome follows it, or "be" with a measure or a state of
// readiness ("sales should pick up", "the chip should be about 30
// percent faster"); after the writer, the reader or people told what
// to do it is duty or advice ("we should act", "drivers should slow
// down"). The test reads the words, not the tags: "should" is a modal
// whatever its tag.
func (d *detector) probableModal() {
	t := d.s.Tokens
	for i := range t {
		if !clsProbableModal.Has(t[i]) {
			continue
		}
		if p := i - 1; p >= 0 {
			if t[p].Lower != "your" && clsReaderPronoun.Has(t[p]) {
				continue // "we should act"
			}
			if clsDutySubject.Has(t[p]) && (i+1 >= len(t) || t[i+1].Lower != "benefit") {
				continue // "drivers should slow down", not "investors should benefit"
			}
		}
		next := func(j int) string {
			if i+j < len(t) {
				return t[i+j].Lower
			}
			return ""
		}
		if probableAfter(next) {
			d.hit(i, d.wholeWordsAfter(i+1, 3), i, i+1)
		}
	}
}

// probableAfter: the words after a modal of probability (next(1),
// next(2), …; "" past the sentence) make it one: past adverbs
// (should_adverb), a verb of outcome (should_outcome), or "be" with a
// word of should_be_outcome or a number.
func probableAfter(next func(j int) string) bool {
	j := 1
	for next(j) != "" && clsShouldAdverb.HasWord(next(j)) {
		j++
	}
	w := next(j)
	if w == "" {
		return false
	}
	if clsShouldOutcome.HasWord(w) {
		return true
	}
	if w != "be" {
		return false
	}
	n := next(j + 1)
	return clsShouldBeOutcome.HasWord(n) || n != "" && n[0] >= '0' && n[0] <= '9'
}

func (d *detector) speculativeModal() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		m := g.Modal
		if m < 0 && t[g.Head].Tag == postag.MD {
			m = g.Head
		}
		if m < 0 || t[m].Tag != postag.MD || !clsSpeculativeModal.Has(t[m]) {
			continue
		}
		g.Modal = m
		if g.Head == m {
			// An adverb left the modal alone ("could later support"): the
			// group after it carries the verb.
			if n := d.verbAfter(m); n >= 0 {
				v := s.Verbs[n]
				g.Head, g.To, g.Passive = v.Head, v.To, v.Passive
				if g.Neg < 0 {
					g.Neg = v.Neg
				}
			}
		}
		if !d.speculative(g) {
			continue
		}
		cue := m + 1
		if cue < g.To && (t[cue].Lemma == "have" || clsModalIntensifier.Has(t[cue])) {
			cue++ // "could have", "may well"
		}
		// The span runs over the verb and a few words after it, and
		// gives back an auxiliary it would end on ("may be in for").
		end := d.wordsAfter(g.To, 3)
		for end > cue && clsSpanStop.Has(t[end-1]) {
			end--
		}
		d.hit(m, end, m, cue)
	}
}

// verbAfter returns the verb group that starts within three adverbs
// after token m, or -1.
func (d *detector) verbAfter(m int) int {
	s := d.s
	own := s.VerbAt(m)
	for j := m + 1; j < len(s.Tokens) && j <= m+3; j++ {
		if v := s.VerbAt(j); v >= 0 && v != own {
			if s.Verbs[v].From == j {
				return v
			}
			return -1
		}
		if s.Tokens[j].Tag != postag.RB {
			return -1
		}
	}
	return -1
}

// speculative runs the sense tests on the modal group g.
// modalReach bounds how far from a modal its frame is looked for
// ("under the new rules …", "two years ago …"): far more than a framing
// clause of news takes, and a bound, so a sentence of many modals is
// still read in linear time.
const modalReach = 60

func (d *detector) speculative(g text.VerbGroup) bool {
	s := d.s
	t := s.Tokens
	m := g.Modal
	ci := s.ClauseAt(m)
	c := s.Clauses[ci]
	if c.Subject >= 0 && t[s.Chunks[c.Subject].Head].Lower == "you" {
		return false // "you may remember": an address to the reader
	}
	if t[m].Lower == "may" && (t[m].Cap && (c.Subject < 0 || s.Chunks[c.Subject].From > m) || m+1 < len(t) && t[m+1].Tag == postag.CD) {
		return false // the month: "May brought rain", "May 4 was the last day"
	}
	if t[m].Lower == "may" && clsLeaveVerb.Has(t[g.Head]) {
		return false // "pensioners may apply for the rebate": leave given
	}
	if c.Subject >= 0 && d.fusedSuperlative(s.Chunks[c.Subject]) {
		return false // "the least they could do": what is owed, not a guess
	}
	if g.Head == m && (m+1 >= len(t) || !t[m+1].Word) {
		return false // "as soon as they could", "come what may", "be that as it may": nothing guessed
	}
	if d.request(c, m) {
		return false // "May I ask", "could you help me": a request
	}
	if t[m].Lower == "could" && (g.Neg >= 0 || m > 0 && t[m-1].Lower == "never" || d.inGroupClass(g, clsLimitingAdverb) || clsLimitingAdverb.Match(t, m+1) > 0 || d.negativeSubject(c)) {
		return false // "could not reach", "never could have guessed", "could only watch", "could no longer enter", "neither side could score": what was not possible
	}
	if g.Neg >= 0 && g.Passive && t[m].Lower == "may" && !d.perfect(g) {
		return false // "may not be used": a prohibition
	}
	if t[m].Lower == "could" && !d.perfect(g) && d.whClause(c, g) || d.openedBy(c, g, clsPurposeOpener) || d.purposeSo(c, g) || d.conditional(ci, c, g) {
		return false
	}
	if d.firstPersonSubject(c) && clsCallVerb.Has(t[g.Head]) {
		return false // "we might call it a selfie": a way of putting it, not a guess
	}
	if c.Kind == text.Complement && !d.perfect(g) && d.ruledBy(c) {
		return false // "the court ruled that worshippers may now gather": leave given
	}
	if d.permitted(m) || d.genericRelative(c) || d.hoped(c) || d.breachSubject(m) || d.conceded(g) || d.varied(ci, m) {
		return false
	}
	if !d.perfect(g) && (d.genericSubject(c) || d.byMeans(ci, c, g) || d.openedBy(c, g, clsRejectedReason) || d.endFronted(m)) {
		return false
	}
	if g.Passive && !d.perfect(g) && clsLodgeVerb.Has(t[g.Head]) && d.filingSubject(c) {
		return false // "an appeal could be made to the attorney general": what the procedure allows
	}
	could := t[m].Lower == "could"
	if could && !d.perfect(g) {
		h := t[g.Head]
		if clsAbilityVerb.Has(h) && !(h.Lemma == "hear" && d.courtBefore(m)) {
			return false // "could hear gunfire", not "the court could hear the case"
		}
		if m+1 < len(t) && clsOptionAdverb.Has(t[m+1]) && d.reportedBy(ci) >= 0 {
			return false // "said customers could now stream it": a reported "can"
		}
		if m+1 < len(t) && clsHabitAdverb.Has(t[m+1]) && !(m+2 < len(t) && clsRepeatWord.Has(t[m+2])) {
			return false // "visitors could once walk", not "could once again"
		}
		if from, _ := clsPastFrame.Find(t, max(0, m-modalReach), m); from >= 0 {
			return false // "as a child she could swim"
		}
	}
	if h := t[g.Head]; clsPenaltyVerb.Has(h) && g.To < len(t) {
		if end := min(len(t), g.To+5); d.hasClass(g.To, end, clsPenaltyNoun) {
			return false // "could face up to 10 years in prison", "could receive a life sentence": what the law allows
		}
	}
	return true
}

// request: the modal opens a question asking leave or a favour ("May I
// ask", "Could you help me?"): "may" with any pronoun after it, "could"
// with "you". "Could I have a stalker?" and "Could it be …?" ask about
// the events and stay guesses.
func (d *detector) request(c text.Clause, m int) bool {
	t := d.s.Tokens
	if m+1 >= len(t) || t[m+1].Tag != postag.PRP || c.Subject >= 0 && d.s.Chunks[c.Subject].From <= m && !d.invertedAfterMark(m) {
		return false
	}
	switch t[m].Lower {
	case "may":
		return true
	case "could":
		return t[m+1].Lower == "you"
	}
	return false
}

// invertedAfterMark: the modal at m opens a question of its own after a
// comma, colon or opening quotation mark, a "?" ending the stretch it
// opens ("if I come over every day, could you help me?"): the parser
// may carry the clause before the mark on, with its subject, but the
// modal before its pronoun is inverted, a question put.
func (d *detector) invertedAfterMark(m int) bool {
	t := d.s.Tokens
	if m == 0 {
		return false
	}
	switch p := t[m-1]; {
	case p.Tag == postag.Comma, p.Tag == postag.Colon, p.Tag == postag.OpenQuote:
	default:
		return false
	}
	for k := m + 2; k < len(t) && k < m+modalReach; k++ {
		switch t[k].Tag {
		case postag.Period:
			return t[k].Lower == "?"
		case postag.Colon:
			return false
		}
	}
	return false
}

// conceded: "may" with a verb of seeming or being, turned by a "but"
// after it ("it may sound odd, but it works", "the shop may be small,
// yet it is always busy"): the writer grants a point to set it aside,
// guessing nothing.
func (d *detector) conceded(g text.VerbGroup) bool {
	t := d.s.Tokens
	if t[g.Modal].Lower != "may" || d.perfect(g) || !clsConcessionVerb.Has(t[g.Head]) {
		return false
	}
	if !d.turnRead {
		d.turnRead, d.lastTurn = true, -1
		for k := len(t) - 1; k > 0; k-- { // once per sentence: a sentence of "may"s stays linear
			if !clsConcessiveTurn.Has(t[k]) {
				continue
			}
			j := k - 1
			if j > 0 && isQuoteMark(t[j].Lower) {
				j-- // `…," she said, "but …`: the quotation resumes on the turn
			}
			if t[j].Lower == "," {
				d.lastTurn = k
				break
			}
		}
	}
	return d.lastTurn > g.To
}

// varied: a variation_frame stands in the modal's clause after it
// ("may be lower or higher depending on the lifestyle", "might change
// depending on the opponent") or opens the sentence in the clause just
// before the modal's ("Depending on your use case, you may be
// unaffected"): the modal says what holds in some cases, varying with a
// condition, not a guess about the events. A frame in another clause
// ("prices vary depending on the season, and the plant could close")
// leaves the modal alone.
func (d *detector) varied(ci, m int) bool {
	s := d.s
	t := s.Tokens
	for k := m + 1; k < len(t) && s.ClauseAt(k) == ci; k++ {
		if clsVariationFrame.Match(t, k) > 0 {
			return true
		}
	}
	return clsVariationFrame.Match(t, 0) > 0 && ci == s.ClauseAt(0)+1
}

// negativeSubject: the clause's subject is a negative quantifier or opens
// on a negator ("no one could", "neither side could score").
func (d *detector) negativeSubject(c text.Clause) bool {
	if c.Subject < 0 {
		return false
	}
	ch := d.s.Chunks[c.Subject]
	return ch.Neg || c.Neg >= 0 && c.Neg == ch.From-1
}

// breachSubject: a failure or refusal to act, no one's in particular,
// stands within breachReach words before the modal m, as its subject
// ("failure to return the form may result in …"; the parser may read the
// infinitive's object as the modal's subject): the modal states the
// penalty a rule sets out, not a guess.
func (d *detector) breachSubject(m int) bool {
	t := d.s.Tokens
	for k := max(0, m-breachReach); k+1 < m; k++ {
		if clsBreachNoun.Has(t[k]) && t[k+1].Lower == "to" {
			// Someone's own failure ("Sessions' failure to disclose it
			// could amount to perjury") is a case judged, not a rule.
			return k == 0 || t[k-1].Tag != postag.POS && t[k-1].Tag != postag.PRPS
		}
	}
	return false
}

// breachReach bounds the infinitive phrase after "failure to" ("failure
// to return the questionnaire without a reasonable explanation").
const breachReach = 12

// purposeSo: the modal's clause opens on "so" with no mark before it
// ("moved so they could be closer", "so our readers may learn more"): a
// purpose. After a comma ("the talks failed, so prices could rise") it is
// a result, and the modal guesses.
func (d *detector) purposeSo(c text.Clause, g text.VerbGroup) bool {
	t := d.s.Tokens
	k := g.From - 1
	if c.Subject >= 0 {
		k = d.s.Chunks[c.Subject].From - 1
	}
	return k >= 1 && t[k].Lower == "so" && t[k-1].Word
}

// firstPersonSubject: the clause's subject is "I" or "we".
func (d *detector) firstPersonSubject(c text.Clause) bool {
	if c.Subject < 0 {
		return false
	}
	h := d.s.Tokens[d.s.Chunks[c.Subject].Head]
	return clsFirstPerson.Has(h)
}

// ruledBy: clause c is what a ruling decides ("the court ruled that …",
// "the board decided that …"): its modal states what the ruling allows.
func (d *detector) ruledBy(c text.Clause) bool {
	s := d.s
	if c.Parent < 0 {
		return false
	}
	p := s.Clauses[c.Parent]
	return p.Verb >= 0 && clsRulingVerb.Has(s.Tokens[s.Verbs[p.Verb].Head])
}

// whClause: the modal's clause is a question or a manner, time or place
// clause opened by a wh-adverb ("understood how officials could be
// confused", "asked when they could return").
func (d *detector) whClause(c text.Clause, g text.VerbGroup) bool {
	k := g.From - 1
	if c.Subject >= 0 {
		k = d.s.Chunks[c.Subject].From - 1
	}
	return k >= 0 && d.s.Tokens[k].Tag == postag.WRB
}

// openedBy: an entry of class ends right before the clause's subject (or
// its verb group, with no subject): "until next of kin could be told",
// "so that voters could see".
func (d *detector) openedBy(c text.Clause, g text.VerbGroup, class *lexicon.Class) bool {
	end := g.From
	if c.Subject >= 0 {
		end = d.s.Chunks[c.Subject].From
	}
	if c.Opener >= 0 && class.Match(d.s.Tokens, c.Opener) > 0 {
		return true // "until next of kin could be told"
	}
	return d.endsAt(class, end)
}

// conditional: the modal stands in a condition ("if we could have won"),
// or in the consequence of a condition that has a modal of its own (a
// speaker's conditional argument) or, for "could have", a past tense (a
// counterfactual: "could have won if he had trained"). A plain condition
// ("if the talks fail, prices could rise") leaves the forecast a guess.
func (d *detector) conditional(ci int, c text.Clause, g text.VerbGroup) bool {
	s := d.s
	if d.condition(c) {
		return true
	}
	for k := s.ClauseAt(max(0, g.From-modalReach)); k < len(s.Clauses) && s.Clauses[k].From <= g.To+modalReach; k++ {
		o := s.Clauses[k]
		if k == ci || !d.condition(o) || o.Verb < 0 {
			continue
		}
		if m := s.Verbs[o.Verb].Modal; m >= 0 && clsSpeculativeModal.Has(s.Tokens[m]) {
			return true // "if we could have won …, we could …"
		}
		if d.perfect(g) && s.Verbs[o.Verb].Past && s.Tokens[g.Modal].Lower != "may" {
			return true // "could have soured me if the powers hadn't hooked me": a counterfactual, what did not happen ("may have spread if the fences failed" still guesses)
		}
	}
	return false
}

// condition: clause o is opened by a word of condition, not one that
// asks ("asked if", "when or if": an indirect question).
func (d *detector) condition(o text.Clause) bool {
	return o.Kind == text.Adverbial && o.Opener >= 0 && clsConditionOpener.Has(d.s.Tokens[o.Opener]) && !d.askedAt(o.Opener)
}

// askedAt: the word before token i is a verb of asking or a conjunction
// after a wh-word, so an "if" at i asks ("asked if", "when or if")
// rather than sets a condition ("should resign if").
func (d *detector) askedAt(i int) bool {
	if i < 1 {
		return false
	}
	t := d.s.Tokens
	if t[i-1].Tag == postag.CC {
		return i > 1 && t[i-2].Tag == postag.WRB
	}
	return clsInquireVerb.Has(t[i-1])
}

// permitted: a rule, law or plan before the modal states what it allows,
// by "under" before it ("under the new rules, shops may open") or a
// verb of allowing after it ("the rules say members may", "legislation
// that would have meant suspects could be sent").
func (d *detector) permitted(m int) bool {
	s := d.s
	t := s.Tokens
	frame := clsPermitFrame
	for k := max(0, m-modalReach); k < m; k++ {
		if !frame.Has(t[k]) {
			continue
		}
		for j := max(0, k-3); j < k; j++ {
			if t[j].Lower == "under" {
				return true
			}
		}
		for j := k + 1; j <= k+5 && j < m; j++ {
			if g := s.VerbAt(j); g >= 0 && s.Verbs[g].From == j && clsPermitVerb.Has(t[s.Verbs[g].Head]) && d.subjectIs(s.Verbs[g], k) {
				return true
			}
		}
	}
	return false
}

// subjectIs: token k heads the subject of group g, directly ("the rules
// say") or as the antecedent of its relative clause ("legislation that
// would have meant").
func (d *detector) subjectIs(g text.VerbGroup, k int) bool {
	s := d.s
	c := s.Clauses[s.ClauseAt(g.Head)]
	if c.Subject >= 0 {
		return s.Chunks[c.Subject].Head == k
	}
	if c.Kind == text.Relative && c.Opener > 0 {
		ch := s.ChunkAt(c.Opener - 1)
		return ch >= 0 && s.Chunks[ch].Head == k
	}
	return false
}

// genericRelative: the modal stands in a relative clause on a generic
// pronoun ("anyone who might have information"): whom an appeal is for,
// not a guess about the events, also on the object of a verb of
// reaching out ("urged people who may have eaten the fish to call").
// ("People who could be affected" may be a forecast, so a bare plural
// is not enough.)
func (d *detector) genericRelative(c text.Clause) bool {
	s := d.s
	if c.Kind != text.Relative || c.Opener < 1 {
		return false
	}
	ch := s.ChunkAt(c.Opener - 1)
	if ch < 0 {
		return false
	}
	if clsGenericPronoun.Has(s.Tokens[s.Chunks[ch].Head]) {
		return true
	}
	// A bare generic person noun is the same whoever ("tracing people
	// who may have been exposed"): a category the sentence acts on, where
	// "the officials who may have leaked it" guesses at someone.
	if np := s.Chunks[ch]; np.From == np.Head && clsGenericPersonNoun.Has(s.Tokens[np.Head]) {
		return true
	}
	// The object of a verb of reaching out ("encouraged people who might
	// be struggling"): whom the appeal is for.
	from := s.Chunks[ch].From
	return from > 0 && s.VerbAt(from-1) >= 0 && clsOutreachVerb.Has(s.Tokens[from-1])
}

// courtBefore: a court noun stands within five words before token i
// ("the court could hear the case").
func (d *detector) courtBefore(i int) bool {
	return d.hasClass(max(0, i-5), i, clsCourtNoun)
}

// fusedSuperlative: a subject that is a superlative fused with a pronoun
// ("the least they", "the best we"): the idiom of what one can do at
// most or least.
func (d *detector) fusedSuperlative(c text.Chunk) bool {
	sup := false
	for k := c.From; k < c.To && k < c.From+3; k++ { // "the least they": the superlative opens the phrase
		sup = sup || d.s.Tokens[k].Tag == postag.JJS || d.s.Tokens[k].Tag == postag.RBS
	}
	return sup && d.s.Tokens[c.Head].Tag == postag.PRP
}

// hoped: the modal's clause is what someone hopes ("were optimistic
// that this may get resolved"): a hope, not a guess (guide).
func (d *detector) hoped(c text.Clause) bool {
	if c.Kind != text.Complement && c.Kind != text.NounComplement {
		return false
	}
	from := c.From
	if c.Opener >= 0 {
		from = c.Opener
	}
	return d.hasClass(max(0, from-7), from, clsHopeWord) // "were optimistic as recently as yesterday that"
}

// inGroupClass: a word of class stands inside the verb group.
func (d *detector) inGroupClass(g text.VerbGroup, class *lexicon.Class) bool {
	return d.hasClass(g.From, g.To, class)
}

// hasClass: a word of class stands in tokens [from, to).
func (d *detector) hasClass(from, to int, cl *lexicon.Class) bool {
	for k := from; k < to; k++ {
		if cl.Has(d.s.Tokens[k]) {
			return true
		}
	}
	return false
}

// genericSubject: the modal's subject is a generic pronoun with a
// relative clause of its own ("those who come into contact may need
// antibiotics", "anyone who breaks the rules could be fined"): the
// modal says what holds for whoever fits, advice or a rule, not a guess
// about the events ("those who were aboard may have died", a perfect,
// still guesses). The parser may close the subject's clause before the
// relative and read the rest as a new clause; then the modal's group is
// the first after the relative's verb.
func (d *detector) genericSubject(c text.Clause) bool {
	s := d.s
	ci := s.ClauseAt(c.From)
	for k := s.ClauseAt(max(0, c.From-modalReach)); k < ci; k++ {
		r := s.Clauses[k+1]
		if r.Kind != text.Relative || r.Opener < 1 || r.Opener != r.From || r.Verb < 0 {
			continue
		}
		ch := s.ChunkAt(r.Opener - 1)
		if ch < 0 || !clsGenericPronoun.Has(s.Tokens[s.Chunks[ch].Head]) {
			continue
		}
		// The pronoun opens its clause, as a subject does: "appealed to
		// anyone who …" is an object.
		if o := s.Clauses[k]; s.Chunks[ch].From > o.From && !(o.Opener >= 0 && s.Chunks[ch].From == o.Opener+1) {
			continue
		}
		if c.Subject == ch || c.Verb == r.Verb+1 {
			return true
		}
	}
	return false
}

// byMeans: "by" and a gerund follow the modal's verb in its clause,
// with a verb in the passive or a subject that can act ("the mass could
// be reduced by removing the crew quarters", "makers could remedy it by
// using iodised salt"): the modal states a way something can be done, a
// feasibility, not a guess. A thing as subject keeps the forecast
// ("tariffs could hurt buyers by raising prices").
func (d *detector) byMeans(ci int, c text.Clause, g text.VerbGroup) bool {
	s := d.s
	t := s.Tokens
	if !g.Passive && !d.agentSubject(c) {
		return false
	}
	for k := g.To; k+1 < len(t) && k < g.To+modalReach && s.ClauseAt(k) == ci; k++ {
		if t[k].Lower == "by" && t[k+1].Tag == postag.VBG {
			return true
		}
	}
	return false
}

// endFronted: the sentence opens on an infinitive of purpose set off by
// a comma before the modal ("To clear the air, the city could subsidise
// farmers", "To cut costs, the firm may close a plant"): the modal
// gives a way to that end, an option weighed, as "could be reduced by
// removing" does (byMeans), not a guess at the events.
func (d *detector) endFronted(m int) bool {
	t := d.s.Tokens
	if len(t) < 3 || t[0].Lower != "to" || t[1].Tag != postag.VB {
		return false
	}
	for k := 2; k < m; k++ {
		if t[k].Lower == "," {
			return true
		}
	}
	return false
}

// agentSubject: the clause's subject names someone who can act: a
// personal pronoun other than "it", a name, or a noun of people,
// companies or institutions.
func (d *detector) agentSubject(c text.Clause) bool {
	if c.Subject < 0 {
		return false
	}
	h := d.s.Tokens[d.s.Chunks[c.Subject].Head]
	return h.Tag == postag.PRP && h.Lower != "it" || h.Tag == postag.NNP || h.Tag == postag.NNPS ||
		clsPersonNoun.Has(h) || clsCompanyNoun.Has(h) || clsInstitutionNoun.Has(h) || clsBodyNoun.Has(h)
}

// filingSubject: the clause's subject is a filing_noun, also before a
// prepositional phrase the parser reads as the subject ("an appeal
// against the decision could be made").
func (d *detector) filingSubject(c text.Clause) bool {
	s := d.s
	if c.Subject < 0 {
		return false
	}
	ch := s.Chunks[c.Subject]
	if clsFilingNoun.Has(s.Tokens[ch.Head]) {
		return true
	}
	if p := ch.From - 1; p >= 1 && s.Tokens[p].Tag == postag.IN {
		if o := s.ChunkAt(p - 1); o >= 0 && s.Chunks[o].To == p {
			return clsFilingNoun.Has(s.Tokens[s.Chunks[o].Head])
		}
	}
	return false
}
