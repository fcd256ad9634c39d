package detect

// A claim called false: by a verb of calling, a copula, the claim's own
// adjective or a dismissive noun in an accused party's words, or a
// negated "true" (deny.called_false, deny.not_true).

import (
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// calledFalse: a claim called false, by a verb of calling ("called the
// allegations baseless", "the inquiry, which he has called a hoax",
// "dismissed the report as fabricated"), by a copula after a claim or a
// pronoun in a party's answer ("the reports were false", "“It's a
// smear”"), or as the claim's own adjective in a party's words ("these
// baseless allegations").
func (d *detector) calledFalse() {
	s := d.s
	t := s.Tokens
	dism := clsDismissive
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
		if k := d.claimNounAfter(end); k >= 0 && d.spoken(ci, i) {
			d.hit(i, k+1, i, end)
			i = k
			continue
		}
		if d.dismissiveNoun(ci, i, end) {
			d.hit(i, end, i, end)
			i = end - 1
		}
	}
}

// claimNounAfter returns the claim noun the dismissive word ending at
// token end modifies ("baseless allegations"), over more adjectives
// coordinated with it ("false and malicious claims", "false, defamatory
// allegations"), or -1. The look is a few tokens.
func (d *detector) claimNounAfter(end int) int {
	t := d.s.Tokens
	for k := end; k < len(t) && k < end+claimNounReach; k++ {
		if clsClaimNoun.Has(t[k]) {
			return k
		}
		if !(t[k].Lower == "and" || t[k].Lower == "," || t[k].Tag == postag.JJ) {
			return -1
		}
	}
	return -1
}

// claimNounReach bounds the adjectives claimNounAfter reads over.
const claimNounReach = 4

// dismissiveNoun: the dismissive word heads a noun phrase of its own in
// the words of a party under a claim, which so casts the claim or the
// campaign about it as false ("we will not endure this charade", "a
// rebuttal to all the nonsense"), as the guide decides even when the
// claim is not named. From anyone else it is an opinion.
//
// The dismissive word may also modify a campaign_noun heading the phrase
// ("the victim of a smear campaign", "a disinformation operation"): the
// campaign cast as false is the accuser's.
func (d *detector) dismissiveNoun(ci, i, end int) bool {
	s := d.s
	t := s.Tokens
	ch := s.ChunkAt(end - 1)
	if ch < 0 {
		return false
	}
	h := s.Chunks[ch].Head
	if h != end-1 && !(h == end && clsCampaignNoun.Has(t[h])) || t[h].Tag != postag.NN && t[h].Tag != postag.NNS {
		return false
	}
	return d.spoken(ci, i) && d.accusedSpeaks(ci, i)
}

// callLink finds a verb of calling before the dismissive word in its
// clause, or in the relative clause's antecedent chain.
func (d *detector) callLink(c text.Clause, i int) (int, bool) {
	s := d.s
	t := s.Tokens
	call := clsCallVerb
	from := c.From
	if c.Kind == text.Complement && c.Opener < 0 && c.Parent >= 0 {
		// "called the report flawed": a participle read as the verb of a
		// clause of its own, whose object is the call's.
		from = s.Clauses[c.Parent].From
	}
	for k := i - 1; k >= from && k >= i-10; k-- {
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
		if ch := s.ChunkAt(i); ch >= 0 && s.Chunks[ch].From == k+1 && d.modifiesNoun(max(i, clsDismissive.Match(t, i)-1)) {
			return 0, false // "described the doctored video as satire": the writer's word for the object, not what it is called
		}
		return k, true
	}
	return 0, false
}

// copulaLink: "the reports were false", "it is a hoax", "the claims
// were fabricated" in a party's words, "that was not true" is handled by negatedAnswer.
func (d *detector) copulaLink(c text.Clause, i int) (int, bool) {
	s := d.s
	t := s.Tokens
	if from, ok := d.contentCopula(c, i); ok {
		return from, true
	}
	if c.Verb < 0 || c.Subject < 0 {
		return 0, false
	}
	g := s.Verbs[c.Verb]
	// A dismissive participle is the copula's predicate read as a
	// passive: "the claims were fabricated", "were politically motivated".
	passive := g.Passive && i >= g.From && i < g.To
	grounded := d.groundedOn(g, i)
	if (t[g.Head].Lemma != "be" || g.Head > i) && !passive && !grounded || d.unreal(g) {
		return 0, false
	}
	subj := s.Chunks[c.Subject]
	head := t[subj.Head]
	if grounded && clsStatementNoun.Has(head) {
		return subj.From, d.spoken(s.ClauseAt(i), i) // "her statements were based on false information"
	}
	if k := d.claimBeforeCopula(g.From); k >= 0 && !clsClaimNoun.Has(head) {
		// "claims it had tortured detainees were baseless": the claim
		// stands before a short clause that describes it.
		return s.Chunks[k].From, true
	}
	switch {
	case clsExhibitNoun.Has(head):
		return subj.From, d.spoken(s.ClauseAt(i), i) // "the ministry said the video was fake"
	case clsClaimNoun.Has(head) || clsEvidenceNoun.Has(head):
		return subj.From, d.spoken(s.ClauseAt(i), i) || clsClaimNoun.Has(head)
	case head.Tag == postag.PRP || head.Lower == "this" || head.Lower == "that":
		l := head.Lower
		if l == "it" || l == "this" || l == "that" || l == "they" {
			return subj.From, d.spoken(s.ClauseAt(i), i)
		}
	}
	return 0, false
}

// groundedOn: the dismissive word at i stands in the phrase right after
// a passive grounding verb and its preposition ("were based on false
// information", "is built on flawed data"): the subject rests on it.
func (d *detector) groundedOn(g text.VerbGroup, i int) bool {
	t := d.s.Tokens
	if !g.Passive || !clsGroundingVerb.Has(t[g.Head]) || g.To >= len(t) || t[g.To].Tag != postag.IN {
		return false
	}
	ch := d.s.ChunkAt(g.To + 1)
	return ch >= 0 && i > g.To && i <= d.s.Chunks[ch].Head
}

// contentCopula: "the reports that the mayor took bribes are false".
// The parser ends the claim's subject phrase at its content clause ("that
// the mayor took bribes") and reads the copula after it either as that
// clause's second verb or as a clause reported by its verb ("took bribes
// [that] the mayor were false"), which a verb taking no clause cannot
// have. Either way the copula is the claim noun's, however long the
// content in between, when the two agree in number.
func (d *detector) contentCopula(c text.Clause, i int) (int, bool) {
	s := d.s
	t := s.Tokens
	if i == 0 {
		return 0, false
	}
	k := i - 1
	for k > c.From && d.groupOf(k) < 0 && t[k].Tag == postag.RB {
		k-- // "are completely false"
	}
	g := d.groupOf(k)
	if g < 0 || t[s.Verbs[g].Head].Lemma != "be" || d.unreal(s.Verbs[g]) {
		return 0, false
	}
	if c.Kind == text.Complement && c.Opener < 0 && c.Verb == g && c.Parent >= 0 {
		if p := s.Clauses[c.Parent]; p.Kind == text.NounComplement && p.Verb >= 0 && !d.viewVerb(s.Verbs[p.Verb]) {
			c = p
		}
	} else if c.Kind != text.NounComplement || c.Verb < 0 || s.Verbs[g].From <= s.Verbs[c.Verb].To {
		return 0, false
	}
	if c.Kind != text.NounComplement || c.Opener < 1 {
		return 0, false
	}
	n := c.Opener - 1
	ch := s.ChunkAt(n)
	if ch < 0 || s.Chunks[ch].Head != n || !clsClaimNoun.Has(t[n]) || (t[n].Tag == postag.NNS) != pluralCopula(t[s.Verbs[g].Head]) {
		return 0, false
	}
	return s.Chunks[ch].From, true
}

// pluralCopula: "are", "were" agree with a plural subject.
func pluralCopula(v text.Token) bool {
	return v.Lower == "are" || v.Lower == "were" || v.Lower == "'re"
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
		if ch < 0 || s.Chunks[ch].Head != k || !clsClaimNoun.Has(t[k]) || k+1 >= i {
			continue
		}
		if n := t[k+1]; n.Lower == "that" || n.Tag == postag.PRP || n.Tag == postag.NNP {
			from := s.Chunks[ch].From
			if from == 0 || s.VerbAt(from-1) < 0 || clsSpeechVerb.Has(t[s.Verbs[s.VerbAt(from-1)].Head]) {
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
		if clsClaimNoun.Has(t[k]) || clsInquiryNoun.Has(t[k]) || clsAccusationNoun.Has(t[k]) || clsEvidenceNoun.Has(t[k]) || clsAssertionNoun.Has(t[k]) {
			return true
		}
		if clsDemonstrativePronoun.Has(t[k]) || clsPluralBackPronoun.Has(t[k]) {
			return true
		}
	}
	return !any
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
	if p >= 0 && t[p].Tag == postag.DT && p+1 < len(t) {
		p++ // "that is not the case"
	}
	if p < 0 || p < n || !clsTruthWord.Has(t[p]) {
		return false
	}
	if p+1 < len(t) && t[p+1].Tag == postag.IN && t[p+1].Lower != "that" {
		return false // "not the case for every patient", "not true of all": a limit, not a claim called false
	}
	return clsClaimNoun.Has(h) || clsDemonstrativePronoun.Has(h)
}

// subjectHead returns the head word of clause c's subject, reading a
// "that" right before the verb as the subject itself ("said that was
// not true"), or false if there is none.
func (d *detector) subjectHead(c text.Clause) (text.Token, bool) {
	s := d.s
	if c.Subject >= 0 {
		return s.Tokens[s.Chunks[c.Subject].Head], true
	}
	if c.Opener >= 0 && c.Verb >= 0 && s.Verbs[c.Verb].From == c.Opener+1 && clsDemonstrativePronoun.Has(s.Tokens[c.Opener]) {
		return s.Tokens[c.Opener], true
	}
	return text.Token{}, false
}
