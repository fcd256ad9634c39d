package detect

// A negation in what a party says about itself (deny.not_true): whose
// answer it is, what it is about, and when it stands with no claim in
// the story before it.

import (
	"strings"

	"github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

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
		if clsNegSetPhrase.Match(t, n) > 0 || n > 0 && clsNegSetPhrase.Match(t, n-1) > 0 {
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
		act := false // the negated verb is the act a claim put on a party (acts.go)
		if g >= 0 {
			vg := s.Verbs[g]
			if vg.Modal >= 0 || vg.From > 0 && t[vg.From-1].Lower == "to" {
				continue
			}
			// Only the party the claim is about answers it so: another
			// saying it never did the same is no answer.
			negated := vg.Neg >= 0 || n < vg.From && n >= vg.From-2 // "we never hid"
			act = negated && d.answersAct(vg) && d.accusedSpeaks(ci, n)
			// "I don't know her" and "I did not know they were paid"
			// disclaim the claim; "I don't know why" doubts.
			knows := act || d.knowsPerson(vg) || vg.Past && clsKnowingVerb.Has(t[vg.Head]) && !d.asksAfter(vg.To)
			if clsUnanswerVerb.Has(t[vg.Head]) && !knows {
				continue
			}
			if !d.settled(vg, n) && !knows && !(clsStativeVerb.Has(t[vg.Head]) && d.accusedSpeaks(ci, n)) {
				continue // "we're not shutting the door", "I do not see": a stance, not an answer about what happened
			}
			if p := d.predicate(vg); p >= 0 && clsUnanswerWord.Has(t[p]) {
				continue // "we're not sure": doubt, not denial
			}
			if d.extraposedJudgement(c, vg) {
				continue // "it was not safe to travel", "it is not possible to help": a judgement on an act, not an answer about what happened
			}
			if vg.To < len(t) && clsMannerAdverb.Has(t[vg.To]) {
				continue // "we didn't play well": self-assessment, not an answer
			}
		}
		if ch := s.ChunkAt(n); ch >= 0 && clsUnanswerVerb.Has(t[s.Chunks[ch].Head]) {
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
		if untrue || d.aboutItself(ci, c, n) && (act || d.hasClass(n+1, min(c.To, n+8), clsAnswerPredicate) || d.noSuch(n) || d.deniedWrong(g)) {
			d.out[len(d.out)-1].Standalone = true
		}
	}
}

// deniedWrong: the negated verb is an act of wrongdoing ("I did not
// leak the documents", "we never cheated"): a party saying it did not do
// it answers the suspicion by its own words.
func (d *detector) deniedWrong(g int) bool {
	return g >= 0 && clsWrongdoingVerb.Has(d.s.Tokens[d.s.Verbs[g].Head])
}

// noSuch: the negation opens a pointing_negation before a noun ("no such
// meeting took place"): the phrase points back at something claimed, so
// the answer stands even where the claim itself is not in the story.
func (d *detector) noSuch(n int) bool {
	t := d.s.Tokens
	end := clsPointingNegation.Match(t, n)
	return end >= 0 && end < len(t) && (t[end].Tag == postag.NN || t[end].Tag == postag.NNS)
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
		if clsEvidenceNoun.Has(t[s.Chunks[ch].Head]) {
			// "there is no evidence", "we have seen no proof": a denial
			// from a party under a claim (or one who speaks for it);
			// from anyone else, a statement of what is not established
			// (unc.scant_evidence), also in a story that names no party
			// ("no epidemiological evidence linking the cases, the
			// health commission said" answers no claim about itself).
			return d.accusedSpeaks(ci, n)
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
	return d.speakerPronoun(ci, subj) || d.ownConductPredicate(ci, c)
}

// speakerPronoun: the pronoun subj stands for the speaker of the words
// holding clause ci: "I" and "we", or a third-person pronoun agreeing
// with the reported speaker ("he said he had never …").
func (d *detector) speakerPronoun(ci int, subj text.Token) bool {
	s := d.s
	t := s.Tokens
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
		body := sp.Tag != postag.NNP || clsMetonymName.Has(sp)
		return (subj.Lower == "they") == plural && (subj.Lower != "it" || body)
	}
	return false
}

// ownConductPredicate: a negated "be" whose predicate noun ties its
// subject, through a preposition, to the speaker's own conduct: a
// possessive standing for the speaker ("race was not a factor in its
// decision", "the minister was not a topic of our talks") or a clause
// whose subject does ("was not a factor in the way they handled it").
// Whatever the subject, the party answers about itself: the suspicion
// that its act had that motive or that content. "not our fight" has no
// preposition, "not exactly like I can …" no predicate noun: a stance,
// not an answer. The look is two phrases past the verb, so it stays
// linear.
func (d *detector) ownConductPredicate(ci int, c text.Clause) bool {
	s := d.s
	t := s.Tokens
	if c.Verb < 0 {
		return false
	}
	g := s.Verbs[c.Verb]
	if g.Neg < 0 || t[g.Head].Lemma != "be" {
		return false
	}
	p := d.predicate(g)
	if p < 0 || s.ChunkAt(p) < 0 || s.Chunks[s.ChunkAt(p)].From != p {
		return false
	}
	k := s.Chunks[s.ChunkAt(p)].To
	if k+1 >= len(t) || t[k].Tag != postag.IN || s.ClauseAt(k) != ci {
		return false
	}
	k++
	if t[k].Tag == postag.PRPS {
		return d.speakerPronoun(ci, d.possessor(t[k]))
	}
	if ch := s.ChunkAt(k); ch >= 0 && s.Chunks[ch].From == k {
		k = s.Chunks[ch].To // "in the way they …"
	} else if t[k].Tag == postag.WRB {
		k++ // "in how they …"
	}
	if k >= len(t) || s.ClauseAt(k) == ci {
		return false
	}
	// The clause after the preposition: its subject pronoun is the
	// speaker's ("in the way they approached", "in how we acted").
	nc := s.Clauses[s.ClauseAt(k)]
	return nc.From == k && nc.Subject >= 0 && t[s.Chunks[nc.Subject].Head].Tag == postag.PRP &&
		d.speakerPronoun(ci, t[s.Chunks[nc.Subject].Head])
}

// institutionAnswer: the negated answer is about a body, by name or by
// kind ("the city was not involved", "Washington was not involved"),
// and says what the body did or had to do with it (answer_predicate):
// the body answering through the one who speaks for it.
func (d *detector) institutionAnswer(c text.Clause, n int) bool {
	h, ok := d.subjectHead(c)
	if !ok || !d.hasClass(n+1, min(c.To, n+8), clsAnswerPredicate) && !d.hasEntry(n+1, min(c.To, n+8), clsInvolvementPhrase) {
		return false
	}
	return clsInstitutionNoun.Has(h) || clsBodyNoun.Has(h) || clsCompanyNoun.Has(h) || clsMetonymName.Has(h)
}

// hasEntry: an entry of cl, of one word or more ("to do with"), starts
// among tokens [from, to). The look is bounded by the caller.
func (d *detector) hasEntry(from, to int, cl *lexicon.Class) bool {
	for k := from; k < to; k++ {
		if cl.Match(d.s.Tokens, k) > 0 {
			return true
		}
	}
	return false
}

// possessor returns the personal pronoun a possessive stands for
// ("its" -> "it", "our" -> "we"), from the pronoun lexicon, so a subject
// "its staff" is the speaker's own people.
func (d *detector) possessor(t text.Token) text.Token {
	for _, e := range clsPossessivePronoun.Entries() {
		if f := strings.Fields(e); len(f) == 2 && f[0] == t.Lower {
			t.Lower = f[1]
			return t
		}
	}
	return t
}

// predicate returns the first word after a copula group ("not so sure"
// -> "sure"), or -1. Quotation marks do not count toward the three
// tokens looked at: a party's words quoted inside the reported clause
// ("said that was “absolutely not the case”") are the same predicate.
func (d *detector) predicate(g text.VerbGroup) int {
	t := d.s.Tokens
	if t[g.Head].Lemma != "be" {
		return -1
	}
	for k, n := g.To, 0; k < len(t) && n < 3; k++ {
		if isQuoteMark(t[k].Lower) {
			continue
		}
		if t[k].Word && t[k].Tag != postag.RB && !text.IsNegator(t[k].Lower) {
			return k
		}
		n++
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
	if ch < 0 || clsClaimNoun.Has(s.Tokens[s.Chunks[ch].Head]) {
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
		return !clsClaimNoun.Has(h)
	}
	return clsPersonNoun.Has(h) || clsSourcePersonNoun.Has(h) || clsSourcePeopleNoun.Has(h)
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

// knowsPerson: the group is a verb of knowing a person (acquaint_verb)
// whose object is a person named or pronominal, directly or after
// "anything/anyone about": "I don't know her", "we don't know anything
// about Smith". Not knowing a fact ("I don't know why") is doubt.
func (d *detector) knowsPerson(g text.VerbGroup) bool {
	t := d.s.Tokens
	if !clsAcquaintVerb.Has(t[g.Head]) {
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
		return clsFemaleWord.Has(h) || clsMaleWord.Has(h) || clsPersonNoun.Has(h)
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

// extraposedJudgement: an expletive "it" with a negated "be" whose real
// subject is a to-infinitive after the predicate ("it is not possible to
// help", "it was not in the interest of anyone to wait"). It judges an
// act yet to be done; what is called untrue is a claim ("it is not true
// that …", read by calledUntrue before this). The look is bounded to a
// few tokens past the verb, so it stays linear.
func (d *detector) extraposedJudgement(c text.Clause, vg text.VerbGroup) bool {
	s := d.s
	t := s.Tokens
	if c.Subject < 0 || t[s.Chunks[c.Subject].Head].Lower != "it" || t[vg.Head].Lemma != "be" {
		return false
	}
	if p := d.predicate(vg); p >= 0 && clsTruthWord.Has(t[p]) {
		return false
	}
	for k := vg.To; k+1 < len(t) && k < vg.To+8; k++ {
		if !t[k].Word || t[k].Lower == "that" {
			return false
		}
		if t[k].Lower == "to" && t[k+1].Tag == postag.VB {
			return true
		}
	}
	return false
}
