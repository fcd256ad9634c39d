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
}

// denyVerb: "denied the allegations", "rejected claims that …",
// "disputes that", "Club denies it made an offer". deny.verb takes the
// verbs of deny_direct, which deny whatever they take; deny.reject_claim
// takes the others, which deny only a claim.
func (d *detector) denyVerb() {
	s := d.s
	direct := d.class("deny_direct")
	for _, g := range d.denyGroups() {
		h := g.Head
		end := d.class("deny_verb").Match(s.Tokens, h)
		if end < 0 {
			continue
		}
		if isDirect := direct.Match(s.Tokens, h) > 0; isDirect != (d.rule == "deny.verb") {
			continue
		}
		if d.unreal(g) || g.Neg >= 0 || d.confirmOrDeny(g) {
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
		if !ok && !d.claimBefore(g.From) {
			continue
		}
		d.hit(h, max(obj, d.wordsAfter(end, 3)), h, end)
	}
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
	if c := s.ClauseAt(i); c > 0 && s.Clauses[c].From == i && s.Clauses[c].Kind == text.Complement {
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
	if t[c.Head].Lower == "her" && c.To < len(t) && t[c.To].Word && s.ChunkAt(c.To) < 0 && s.VerbAt(c.To) >= 0 && d.class("claim_noun").Has(t[c.To]) {
		// "denied her claim": "her" read as the object, "claim" as a verb.
		c.Head, c.To = c.To, c.To+1
	}
	head := t[c.Head]
	if d.class("request_noun").Has(head) || d.class("request_noun").Match(t, c.Head) > 0 {
		return c.To, false
	}
	if d.class("claim_noun").Has(head) {
		if c.To < len(t) && t[c.To].Lower == "for" || d.filed(c) {
			return c.To, false // "a claim for damages", "the insurance claim" was filed
		}
		return c.To, true
	}
	if !direct {
		// "rejected the premise" is listed; "rejected the bill" is not.
		// "dismissed reports of": the claim noun may follow "of".
		if c.To+1 < len(t) && t[c.To].Lower == "of" {
			if n := s.ChunkAt(c.To + 1); n >= 0 && d.class("claim_noun").Has(t[s.Chunks[n].Head]) {
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
	return c.To, true
}

// claimBefore: a claim noun stands within four words before i, as the
// antecedent of the verb ("allegations the police reject", "the reports,
// which he denied").
func (d *detector) claimBefore(i int) bool {
	t := d.s.Tokens
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if d.class("claim_noun").Has(t[k]) {
			return true
		}
	}
	return false
}

// unreal: the group is urged, expected or hypothetical: "would deny",
// "should reject", "is expected to deny", "vowed to refute".
func (d *detector) unreal(g text.VerbGroup) bool {
	t := d.s.Tokens
	if g.Modal >= 0 && d.class("modal_unreal").Has(t[g.Modal]) {
		return true
	}
	// "should either clearly refute": a modal the tagger left out of the
	// group, before adverbs and a correlative.
	for k := g.From - 1; k >= 0 && k >= g.From-4; k-- {
		if d.class("modal_unreal").Has(t[k]) {
			return true
		}
		if tg := t[k].Tag; tg != postag.RB && tg != postag.CC && tg != postag.DT {
			break
		}
	}
	return g.From > 0 && t[g.From-1].Lower == "to"
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
	ch := s.Chunks[subj]
	for k := ch.From; k < ch.To; k++ {
		if d.class("court_noun").Has(s.Tokens[k]) {
			return true
		}
	}
	return false
}

// calledFalse: a claim called false, by a verb of calling ("called the
// allegations baseless", "the inquiry, which he has called a hoax",
// "dismissed the report as fabricated"), by a copula after a claim or a
// pronoun in a party's answer ("the reports were false", "“It's a
// smear”"), or as the claim's own adjective in a party's words ("these
// baseless allegations").
func (d *detector) calledFalse() {
	s := d.s
	t := s.Tokens
	dism := d.class("dismissive")
	for i := 0; i < len(t); i++ {
		end := dism.Match(t, i)
		if end < 0 {
			continue
		}
		ci := s.ClauseAt(i)
		c := s.Clauses[ci]
		if c.Neg >= 0 && c.Neg < i && i-c.Neg <= 3 || d.questioned(i) {
			continue // "not false", "is not a hoax", "is it true or false?"
		}
		if from, ok := d.callLink(c, i); ok {
			d.hit(from, end, i, end)
			i = end - 1
			continue
		}
		if from, ok := d.copulaLink(c, i); ok && !d.thirdParty(ci, i) {
			d.hit(from, end, i, end)
			i = end - 1
			continue
		}
		if end < len(t) && d.class("claim_noun").Has(t[end]) && d.spoken(ci, i) {
			d.hit(i, end+1, i, end)
			i = end
			continue
		}
		if d.dismissiveNoun(ci, i, end) {
			d.hit(i, end, i, end)
			i = end - 1
		}
	}
}

// dismissiveNoun: the dismissive word heads a noun phrase of its own in
// the words of a party under a claim, which so casts the claim or the
// campaign about it as false ("we will not endure this charade", "a
// rebuttal to all the nonsense"), as the guide decides even when the
// claim is not named. From anyone else it is an opinion.
func (d *detector) dismissiveNoun(ci, i, end int) bool {
	s := d.s
	ch := s.ChunkAt(end - 1)
	if ch < 0 || s.Chunks[ch].Head != end-1 || s.Tokens[end-1].Tag != postag.NN && s.Tokens[end-1].Tag != postag.NNS {
		return false
	}
	return d.spoken(ci, i) && d.accusedSpeaks(ci, i)
}

// callLink finds a verb of calling before the dismissive word in its
// clause, or in the relative clause's antecedent chain.
func (d *detector) callLink(c text.Clause, i int) (int, bool) {
	s := d.s
	t := s.Tokens
	call := d.class("call_verb")
	for k := i - 1; k >= c.From && k >= i-10; k-- {
		if !call.Has(t[k]) || t[k].Tag == postag.NN || t[k].Tag == postag.NNS {
			continue
		}
		if k+1 < len(t) && (t[k+1].Lower == "for" || t[k+1].Lower == "on" || t[k+1].Lower == "off") {
			return 0, false // "called for", "called on"
		}
		if g := d.groupOf(k); g >= 0 && d.unreal(s.Verbs[g]) {
			return 0, false
		}
		if !d.claimObject(k+1, i) {
			return 0, false // "called the network fake news": an insult, not a denial
		}
		return k, true
	}
	return 0, false
}

// copulaLink: "the reports were false", "it is a hoax" in a party's
// words, "that was not true" is handled by negatedAnswer.
func (d *detector) copulaLink(c text.Clause, i int) (int, bool) {
	s := d.s
	t := s.Tokens
	if c.Verb < 0 || c.Subject < 0 {
		return 0, false
	}
	g := s.Verbs[c.Verb]
	if t[g.Head].Lemma != "be" || g.Head > i || d.unreal(g) {
		return 0, false
	}
	subj := s.Chunks[c.Subject]
	head := t[subj.Head]
	if k := d.claimBeforeCopula(g.From); k >= 0 && !d.class("claim_noun").Has(head) {
		// "claims it had tortured detainees were baseless": the claim
		// stands before a short clause that describes it.
		return s.Chunks[k].From, true
	}
	switch {
	case d.class("exhibit_noun").Has(head):
		return subj.From, d.spoken(s.ClauseAt(i), i) // "the ministry said the video was fake"
	case d.class("claim_noun").Has(head) || d.class("evidence_noun").Has(head):
		return subj.From, d.spoken(s.ClauseAt(i), i) || d.class("claim_noun").Has(head)
	case head.Tag == postag.PRP || head.Lower == "this" || head.Lower == "that":
		l := head.Lower
		if l == "it" || l == "this" || l == "that" || l == "they" {
			return subj.From, d.spoken(s.ClauseAt(i), i)
		}
	}
	return 0, false
}

// claimBeforeCopula returns the chunk of a claim noun that opens a
// clause describing it, within eight words before the copula at i
// ("claims it had tortured detainees were"), or -1. The claim must be
// followed at once by the describing clause (a pronoun, "that" or a
// name), not be the object of some other verb.
func (d *detector) claimBeforeCopula(i int) int {
	s := d.s
	t := s.Tokens
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if !t[k].Word {
			return -1
		}
		ch := s.ChunkAt(k)
		if ch < 0 || s.Chunks[ch].Head != k || !d.class("claim_noun").Has(t[k]) || k+1 >= i {
			continue
		}
		if n := t[k+1]; n.Lower == "that" || n.Tag == postag.PRP || n.Tag == postag.NNP {
			from := s.Chunks[ch].From
			if from == 0 || s.VerbAt(from-1) < 0 || d.class("speech_verb").Has(t[s.Verbs[s.VerbAt(from-1)].Head]) {
				return ch // "said claims it had …": the claim is what the party speaks of
			}
		}
		return -1
	}
	return -1
}

// questioned: token i stands in a question, a "?" closing its words
// before a quotation ends or the sentence does ("why aren't they …?,”
// he wrote"). A question asks; it answers nothing.
func (d *detector) questioned(i int) bool {
	if d.asked == nil {
		t := d.s.Tokens
		d.asked = make([]bool, len(t))
		q := false
		for k := len(t) - 1; k >= 0; k-- {
			d.asked[k] = q
			switch t[k].Lower {
			case "?":
				q = true
			case "”", "\"":
				q = false
			}
		}
	}
	return d.asked[i]
}

func (d *detector) groupOf(k int) int { return d.s.VerbAt(k) }

// spoken: token i stands in a party's words: quoted, or in a clause
// reported by a speech verb.
func (d *detector) spoken(ci, i int) bool {
	if d.quoted(i) {
		return true
	}
	return d.reportedBy(ci) >= 0
}

// reportedBy returns the speech verb token whose reported clause holds
// clause ci (through its parents), or -1. "according to" reports too.
// Computed for every clause at once, in one pass: a parent precedes its
// children.
func (d *detector) reportedBy(ci int) int {
	if d.reported == nil {
		d.findReported()
	}
	return d.reported[ci]
}

func (d *detector) findReported() {
	s := d.s
	t := s.Tokens
	speech := d.class("speech_verb")
	own := make([]int, len(s.Clauses)) // a speech verb heading a group in the clause
	for i := range own {
		own[i] = -1
	}
	for _, g := range s.Verbs {
		if c := s.ClauseAt(g.Head); own[c] < 0 && speech.Has(t[g.Head]) && g.Neg < 0 && !d.unreal(g) {
			own[c] = g.Head
		}
	}
	according := -1
	for k := 0; k+1 < len(t); k++ {
		if t[k].Lower == "according" && t[k+1].Lower == "to" {
			according = k
			break
		}
	}
	d.reported = make([]int, len(s.Clauses))
	for ci, c := range s.Clauses {
		d.reported[ci] = according
		if p := c.Parent; p >= 0 && p < ci {
			if own[p] >= 0 {
				d.reported[ci] = own[p]
			} else if d.reported[p] >= 0 {
				d.reported[ci] = d.reported[p]
			}
		}
	}
}

// negatedAnswer: a negation in what a party says about itself: "he said
// he had never met them", "“We did not,” she said", "no subpoena has
// been received", "there is no evidence of collusion".
func (d *detector) negatedAnswer() {
	s := d.s
	t := s.Tokens
	for ci, c := range s.Clauses {
		if c.Neg < 0 || c.Kind == text.Relative || c.Kind == text.Adverbial {
			continue
		}
		if c.Kind == text.NounComplement && !d.inStatement(c) && !d.addressed(c) {
			continue // "claims that he never paid", "his statement that …": content of a noun, not the answer
		}
		n := c.Neg
		if t[n].Lower == "without" || n+1 < len(t) && (t[n+1].Lower == "to" && t[n].Tag == postag.RB || t[n+1].Tag == postag.VBG && !d.finiteAt(n)) {
			continue // "without it", "chose not to", "not knowing": no finite answer ("were not targeting" is one)
		}
		if d.class("neg_set_phrase").Match(t, n) > 0 || n > 0 && d.class("neg_set_phrase").Match(t, n-1) > 0 {
			continue
		}
		heading := d.headlineDenial(c, n)
		if !d.quoted(n) && d.reportedBy(ci) < 0 && !heading || d.questioned(n) {
			continue
		}
		g := -1
		if c.Verb >= 0 {
			g = c.Verb
		}
		if gi := d.groupOf(n); gi >= 0 {
			g = gi
		}
		if g >= 0 {
			vg := s.Verbs[g]
			// "I don't know her" and "I did not know they were paid"
			// disclaim the claim; "I don't know why" doubts.
			knows := d.knowsPerson(vg) || vg.Past && d.class("knowing_verb").Has(t[vg.Head]) && !d.asksAfter(vg.To)
			if vg.Modal >= 0 || d.class("unanswer_verb").Has(t[vg.Head]) && !knows || vg.From > 0 && t[vg.From-1].Lower == "to" {
				continue
			}
			if !d.settled(vg, n) && !knows && !(d.class("stative_verb").Has(t[vg.Head]) && d.accusedSpeaks(ci, n)) {
				continue // "we're not shutting the door", "I do not see": a stance, not an answer about what happened
			}
			if p := d.predicate(vg); p >= 0 && d.class("unanswer_word").Has(t[p]) {
				continue // "we're not sure": doubt, not denial
			}
			if vg.To < len(t) && d.class("manner_adverb").Has(t[vg.To]) {
				continue // "we didn't play well": self-assessment, not an answer
			}
		}
		if ch := s.ChunkAt(n); ch >= 0 && d.class("unanswer_verb").Has(t[s.Chunks[ch].Head]) {
			continue // "no further comment", "no details"
		}
		untrue := d.calledUntrue(c, n) && !d.thirdParty(ci, n) || d.institutionAnswer(c, n) && (!d.thirdParty(ci, n) || d.officialSpeaks(ci, n))
		if !heading && !untrue && !d.aboutItself(ci, c, n) && !d.accusedSpeaks(ci, n) {
			continue
		}
		from := n
		if c.Subject >= 0 {
			from = min(from, s.Chunks[c.Subject].From)
		}
		cueEnd := n + 1
		if g >= 0 && s.Verbs[g].To > n {
			cueEnd = s.Verbs[g].To
		} else if ch := s.ChunkAt(n); ch >= 0 {
			cueEnd = s.Chunks[ch].To
		}
		d.hit(from, d.wordsAfter(cueEnd, 3), n, cueEnd)
		if untrue || d.aboutItself(ci, c, n) && d.hasClass(n+1, min(c.To, n+8), "answer_predicate") {
			d.out[len(d.out)-1].Standalone = true
		}
	}
}

// asksAfter: a question clause opens at token i ("did not know when
// …", "whether", "what"): not knowing it is doubt.
func (d *detector) asksAfter(i int) bool {
	s := d.s
	if i >= len(s.Tokens) {
		return false
	}
	c := s.Clauses[s.ClauseAt(i)]
	return c.From == i && (c.Kind == text.Adverbial || c.Kind == text.Relative)
}

// finiteAt: token i stands inside a finite verb group ("were not
// targeting").
func (d *detector) finiteAt(i int) bool {
	g := d.s.VerbAt(i)
	return g >= 0 && d.s.Verbs[g].Finite && d.s.Verbs[g].From < i
}

// headlineDenial: a heading that opens on the negation of a past act
// and names no subject ("Never urged the council to sell the land")
// gives a party's denial in the heading's short form.
func (d *detector) headlineDenial(c text.Clause, n int) bool {
	s := d.s
	if !d.ctx.Headline || c.From != 0 || c.Subject >= 0 || !d.opensClause(c, n) || n+1 >= len(s.Tokens) {
		return false // a heading that ends on its negation ("No") denies nothing
	}
	g := s.VerbAt(n + 1)
	return g >= 0 && s.Verbs[g].From == n+1 && s.Verbs[g].Past
}

// aboutItself: the negated clause is the party's answer about itself or
// those it speaks for: its subject is the speaker ("I", "we", a pronoun
// standing for the reported speaker), a negative quantifier ("no one
// from the bank", "nothing"), or "there" with "no evidence".
func (d *detector) aboutItself(ci int, c text.Clause, n int) bool {
	s := d.s
	t := s.Tokens
	if ch := s.ChunkAt(n); ch >= 0 && s.Chunks[ch].Neg {
		if ch == c.Subject || c.Verb >= 0 && s.Chunks[ch].To <= s.Verbs[c.Verb].From && d.opensClause(c, s.Chunks[ch].From) {
			// "no one (from the bank) has received", "nothing was hidden";
			// from a third party (the prosecutors: "no checks were
			// conducted") it accuses.
			return !d.thirdParty(ci, n)
		}
		if d.class("evidence_noun").Has(t[s.Chunks[ch].Head]) {
			// "there is no evidence", "we have seen no proof": a denial
			// from a party under a claim; from anyone else, in a story
			// that names such parties, a statement of what is not
			// established (unc.scant_evidence).
			return !d.ctx.Parties.Known() || d.accusedSpeaks(ci, n)
		}
	}
	if c.Subject < 0 {
		return false
	}
	if d.topicObject(c) {
		return true // "the bank has not received any subpoena", the title's claim
	}
	subj := t[s.Chunks[c.Subject].Head]
	if f := t[s.Chunks[c.Subject].From]; f.Tag == postag.PRPS && s.Chunks[c.Subject].From < s.Chunks[c.Subject].Head {
		subj = d.possessor(f) // "its staff had never", "our players did not"
	}
	switch subj.Lower {
	case "i", "we":
		return true
	case "he", "she", "they", "it":
		// The reported speaker's own pronoun: "he said he had never …".
		v := d.reportedBy(ci)
		if v < 0 {
			return false
		}
		sc := s.Clauses[s.ClauseAt(v)]
		if sc.Subject < 0 {
			return subj.Lower != "it"
		}
		sp := t[s.Chunks[sc.Subject].Head]
		if sp.Tag == postag.PRP {
			return sp.Lower == subj.Lower
		}
		plural := sp.Tag == postag.NNS || sp.Tag == postag.NNPS
		// "it" stands for a named speaker only when the name is a body's
		// ("Moscow said it had never …"), not a person's.
		body := sp.Tag != postag.NNP || d.class("metonym_name").Has(sp)
		return (subj.Lower == "they") == plural && (subj.Lower != "it" || body)
	}
	return false
}

// calledUntrue: the negated clause says a claim, or what "it", "that"
// or "this" points back to, is not true ("that was not true", "the
// reports are not accurate"): a claim called false.
func (d *detector) calledUntrue(c text.Clause, n int) bool {
	s := d.s
	t := s.Tokens
	h, ok := d.subjectHead(c)
	if !ok || c.Verb < 0 || t[s.Verbs[c.Verb].Head].Lemma != "be" {
		return false
	}
	p := d.predicate(s.Verbs[c.Verb])
	if p < 0 || p < n || !d.class("truth_word").Has(t[p]) {
		return false
	}
	return d.class("claim_noun").Has(h) || d.class("demonstrative_pronoun").Has(h)
}

// subjectHead returns the head word of clause c's subject, reading a
// "that" right before the verb as the subject itself ("said that was
// not true"), or false if there is none.
func (d *detector) subjectHead(c text.Clause) (text.Token, bool) {
	s := d.s
	if c.Subject >= 0 {
		return s.Tokens[s.Chunks[c.Subject].Head], true
	}
	if c.Opener >= 0 && c.Verb >= 0 && s.Verbs[c.Verb].From == c.Opener+1 && d.class("demonstrative_pronoun").Has(s.Tokens[c.Opener]) {
		return s.Tokens[c.Opener], true
	}
	return text.Token{}, false
}

// institutionAnswer: the negated answer is about a body, by name or by
// kind ("the city was not involved", "Washington was not involved"),
// and says what the body did or had to do with it (answer_predicate):
// the body answering through the one who speaks for it.
func (d *detector) institutionAnswer(c text.Clause, n int) bool {
	h, ok := d.subjectHead(c)
	if !ok || !d.hasClass(n+1, min(c.To, n+8), "answer_predicate") {
		return false
	}
	return d.class("institution_noun").Has(h) || d.class("body_noun").Has(h) || d.class("company_noun").Has(h) || d.class("metonym_name").Has(h)
}

// possessor returns the personal pronoun a possessive stands for
// ("its" -> "it", "our" -> "we"), from the pronoun lexicon, so a subject
// "its staff" is the speaker's own people.
func (d *detector) possessor(t text.Token) text.Token {
	for _, e := range d.class("possessive_pronoun").Entries() {
		if f := strings.Fields(e); len(f) == 2 && f[0] == t.Lower {
			t.Lower = f[1]
			return t
		}
	}
	return t
}

// accusedSpeaks: the party whose words hold the negation is one the
// story has put a claim about, so its negation answers that claim
// whatever the clause's subject ("the company says she did not need
// its permission").
func (d *detector) accusedSpeaks(ci, n int) bool {
	c, ok := d.speaker(ci, n)
	if !ok {
		// A quotation with no speaker of its own continues the latest
		// quotation whose speaker was named, as news writing runs a
		// speaker's quotations on.
		return d.quoted(n) && d.ctx.Parties != nil && d.ctx.Parties.quote()
	}
	return d.speaksFor(c) || d.accused(c)
}

// officialSpeaks: the words holding clause ci are an official's ("the
// official said", "a US diplomat said"), who speaks for the government
// or body he serves: its answer about that body is
// the body's own (the guide's "…, but Washington was not involved").
func (d *detector) officialSpeaks(ci, n int) bool {
	c, ok := d.speaker(ci, n)
	return ok && d.class("official_noun").Has(d.s.Tokens[c.Head])
}

// agentSpeaks: the words holding clause ci are spoken by one who speaks
// for another (a lawyer, a spokesperson).
func (d *detector) agentSpeaks(ci, n int) bool {
	c, ok := d.speaker(ci, n)
	return ok && d.speaksFor(c)
}

// speaker returns the description of the party whose words hold clause
// ci, from its phrase up to its speech verb ("Jo Bloggs, a spokesperson
// for the U.S. operation, told"), so an apposition can name the party
// it speaks for.
func (d *detector) speaker(ci, n int) (text.Chunk, bool) {
	sp := d.speakerOf(ci, n)
	if sp < 0 {
		return text.Chunk{}, false
	}
	c := d.s.Chunks[sp]
	if v := d.reportedBy(ci); v >= c.To {
		c.To = v
		// "Smith's lawyer, Jo Bloggs, said": the description runs from
		// the start of the speech verb's clause.
		c.From = min(c.From, d.s.Clauses[d.s.ClauseAt(v)].From)
	}
	return c, true
}

// speaksFor: the description names one who speaks for another party (a
// spokesperson, a lawyer: agent_noun), which is that party answering.
func (d *detector) speaksFor(c text.Chunk) bool {
	for k := c.From; k < c.To; k++ {
		if d.class("agent_noun").Has(d.s.Tokens[k]) {
			return true
		}
	}
	// "Bloggs said", of one the story introduced as a spokesperson.
	names := d.names(c)
	return len(names) > 0 && d.ctx.Parties.isAgent(names)
}

// thirdParty: in a story that names the parties its claims are about,
// the speaker of clause ci is a named or described party that is none
// of them, so a claim it calls false is its view of someone else's
// claim ("a researcher said the ministry's allegations are false"). A
// pronoun or first-person speaker is not judged.
func (d *detector) thirdParty(ci, n int) bool {
	if !d.ctx.Parties.Known() {
		return false
	}
	c, ok := d.speaker(ci, n)
	if !ok || d.s.Tokens[c.Head].Tag == postag.PRP || d.s.Tokens[c.From].Tag == postag.PRPS || d.speaksFor(c) {
		return false // a pronoun ("its director": of one named before), or one speaking for a party unnamed here
	}
	return !d.accused(c)
}

// predicate returns the first word after a copula group ("not so sure"
// -> "sure"), or -1.
func (d *detector) predicate(g text.VerbGroup) int {
	t := d.s.Tokens
	if t[g.Head].Lemma != "be" {
		return -1
	}
	for k := g.To; k < len(t) && k < g.To+3; k++ {
		if t[k].Word && t[k].Tag != postag.RB && !text.IsNegator(t[k].Lower) {
			return k
		}
	}
	return -1
}

// topicObject: the negated clause's object is what the article's title
// is about, so the party answers the story's claim.
func (d *detector) topicObject(c text.Clause) bool {
	s := d.s
	if len(d.ctx.Topic) == 0 || c.Verb < 0 {
		return false
	}
	g := s.Verbs[c.Verb]
	if g.Neg < 0 {
		return false
	}
	if ch := s.ChunkAt(min(g.To, len(s.Tokens)-1)); ch >= 0 && s.Chunks[ch].From == g.To {
		h := s.Tokens[s.Chunks[ch].Head]
		return (h.Tag == postag.NN || h.Tag == postag.NNS) && d.ctx.Topic[h.Lemma]
	}
	return false
}

// inStatement: a noun complement that reports speech through a
// preposition ("said in a statement that …").
func (d *detector) inStatement(c text.Clause) bool {
	s := d.s
	if c.Opener < 1 {
		return false
	}
	ch := s.ChunkAt(c.Opener - 1)
	if ch < 0 || d.class("claim_noun").Has(s.Tokens[s.Chunks[ch].Head]) {
		return false
	}
	from := s.Chunks[ch].From
	return from > 0 && s.Tokens[from-1].Tag == postag.IN
}

// addressed: the noun phrase before a noun complement's "that" is the
// one spoken to, not a claim holding the clause as its content ("told
// reporters that …", "said in an email to The Associated Press that …"):
// a name or a noun for people hears; "reports that" does not.
func (d *detector) addressed(c text.Clause) bool {
	s := d.s
	if c.Opener < 1 {
		return false
	}
	ch := s.ChunkAt(c.Opener - 1)
	if ch < 0 {
		return false
	}
	h := s.Tokens[s.Chunks[ch].Head]
	if h.Tag == postag.NNP || h.Tag == postag.NNPS {
		return !d.class("claim_noun").Has(h)
	}
	return d.class("person_noun").Has(h) || d.class("source_person_noun").Has(h) || d.class("source_people_noun").Has(h)
}

// opensClause: only marks stand between the clause's start and token i.
func (d *detector) opensClause(c text.Clause, i int) bool {
	for k := c.From; k < i; k++ {
		if d.s.Tokens[k].Word {
			return false
		}
	}
	return true
}

// isName: the chunk is a proper name only ("Salah", "John Smith").
func (d *detector) isName(c text.Chunk) bool {
	for k := c.From; k < c.To; k++ {
		if tg := d.s.Tokens[k].Tag; tg != postag.NNP && tg != postag.NNPS {
			return false
		}
	}
	return true
}

// knowsPerson: the group is a verb of knowing a person (acquaint_verb)
// whose object is a person named or pronominal, directly or after
// "anything/anyone about": "I don't know her", "we don't know anything
// about Smith". Not knowing a fact ("I don't know why") is doubt.
func (d *detector) knowsPerson(g text.VerbGroup) bool {
	t := d.s.Tokens
	if !d.class("acquaint_verb").Has(t[g.Head]) {
		return false
	}
	k := g.To
	if k+1 < len(t) && (t[k].Lower == "anything" || t[k].Lower == "anyone") && t[k+1].Lower == "about" {
		k += 2
	}
	if k >= len(t) {
		return false
	}
	switch t[k].Tag {
	case postag.PRP:
		return t[k].Lower == "him" || t[k].Lower == "her" || t[k].Lower == "them"
	case postag.NNP:
		return true
	}
	// "I don't even know the woman": a person by a word for one.
	if ch := d.s.ChunkAt(k); ch >= 0 {
		h := t[d.s.Chunks[ch].Head]
		return d.class("female_word").Has(h) || d.class("male_word").Has(h) || d.class("person_noun").Has(h)
	}
	return false
}

// settled: the negated group speaks of what did or did not happen: past
// tense, a perfect, a copula or passive, or "never". A present or
// progressive action verb ("we're not shutting", "I do not see") states
// a stance or plan.
func (d *detector) settled(g text.VerbGroup, n int) bool {
	t := d.s.Tokens
	if g.Past || g.Passive || t[n].Lower == "never" || t[g.Head].Lemma == "be" {
		return true
	}
	for k := g.From; k < g.Head; k++ {
		if t[k].Lemma == "have" && t[g.Head].Tag == postag.VBN {
			return true
		}
	}
	return t[g.Head].Lemma == "have" && g.From < g.Head && t[g.From].Tag == postag.VBD
}

// filed: a word before the chunk's head makes its claim one filed for
// money or a right ("the flood damage claim").
func (d *detector) filed(c text.Chunk) bool {
	for k := c.From; k < c.Head; k++ {
		if d.class("claim_filing").Has(d.s.Tokens[k]) {
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
	dv := d.class("deny_verb")
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

// claimObject: the words between a verb of calling and the dismissive
// word name a claim, an inquiry or an accusation, or point back to one
// ("it", "this", "them"), or there are none ("which he called a hoax").
func (d *detector) claimObject(from, to int) bool {
	t := d.s.Tokens
	any := false
	for k := from; k < to; k++ {
		if !t[k].Word || t[k].Tag == postag.DT || t[k].Tag == postag.RB || t[k].Lower == "as" {
			continue
		}
		any = true
		if d.class("claim_noun").Has(t[k]) || d.class("inquiry_noun").Has(t[k]) || d.class("accusation_noun").Has(t[k]) || d.class("evidence_noun").Has(t[k]) {
			return true
		}
		switch t[k].Lower {
		case "it", "this", "that", "them", "these", "those":
			return true
		}
	}
	return !any
}

// claimedInnocence: a party saying it is innocent ("he said he was
// innocent of the charges") or holding to its innocence ("she has
// maintained her innocence"). Not an innocent third party ("innocent
// bystanders", "the victims were innocent").
func (d *detector) claimedInnocence() {
	s := d.s
	t := s.Tokens
	for i, tk := range t {
		if !d.class("innocence_word").Has(tk) {
			continue
		}
		ci := s.ClauseAt(i)
		c := s.Clauses[ci]
		switch {
		case tk.Tag == postag.JJ:
			if i+1 < len(t) && t[i+1].Word && t[i+1].Lower != "of" && t[i+1].Lower != "and" {
				continue // "innocent bystanders"
			}
			if !d.spoken(ci, i) || !d.aboutItself(ci, c, i) && !d.agentSpeaks(ci, i) {
				continue // "his attorney said the coach was innocent" speaks for him
			}
		case i > 0 && t[i-1].Tag == postag.PRPS:
			// "maintained his innocence": the subject holds to its own.
			if c.Subject < 0 {
				continue
			}
			if h := t[s.Chunks[c.Subject].Head]; h.Tag != postag.PRP && h.Tag != postag.NNP {
				continue
			}
		default:
			continue
		}
		from := i
		if c.Subject >= 0 {
			from = s.Chunks[c.Subject].From
		}
		d.hit(from, d.wordsAfter(i+1, 3), i, i+1)
		d.out[len(d.out)-1].Standalone = true // a claim of innocence answers a charge by its own words
	}
}
