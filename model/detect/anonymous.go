package detect

import (
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// Unnamed speakers found by their place in the clause rather than by a
// listed phrase: the subject of a verb of saying or of holding a view
// (speech_verb, view_verb), or the agent of such a verb in the passive,
// that is a vague group ("many have voiced concerns", "those close to
// the club say", "the film was panned by critics") or one person
// described by what they do and nothing else ("one commenter wrote").
func init() {
	register("anon.vague_group", (*detector).vagueSpeaker)
	register("anon.unnamed_person", (*detector).unnamedSpeaker)
	register("anon.vague_group", (*detector).bareGroupSpeaker)
	register("anon.vague_group", (*detector).citedGroup)
	register("anon.unnamed_person", (*detector).citedPerson)
	register("anon.unnamed_person", (*detector).unnamedAgent)
	register("anon.vague_group", (*detector).modifierVoice)
}

// modifierVoice: a kind of person as the bare modifier of a noun of a
// view or of saying, with its content after "that" ("employee concerns
// that the figures were wrong", "resident complaints that the water
// smelled"): the claim is a vague group's, "employees'". A determiner,
// a possessive or a name in the phrase ties the view to someone; a
// view with no content ("customer complaints rose") offers none.
func (d *detector) modifierVoice() {
	s := d.s
	t := s.Tokens
	for _, c := range s.Chunks {
		h := c.Head
		if h < 1 || h-1 < c.From || h+1 >= len(t) || t[h+1].Lower != "that" || !d.saidNoun(h) {
			continue
		}
		m := t[h-1]
		if m.Tag != postag.NN || m.Cap || !clsPersonNoun.Has(m) || clsGenericPersonNoun.Has(m) || d.quoted(h) {
			continue
		}
		tied := false
		for k := c.From; k < h-1; k++ {
			if tg := t[k].Tag; tg != postag.JJ && tg != postag.NN && tg != postag.HYPH {
				tied = true // "the", "his", "Acme": the view is someone's the text gives
			}
		}
		if !tied {
			d.hit(c.From, h+1, h-1, h)
		}
	}
}

// citedGroup: "according to health workers", "citing local farmers": a
// bare or counted plural of people (unnamedPlural) named as the source
// by a frame rather than a verb.
func (d *detector) citedGroup() {
	for _, c := range d.citedPhrases() {
		if d.unnamedPlural(c) {
			d.hit(c.From, c.To, c.Head, c.Head+1)
		}
	}
}

// citedPerson: "according to a nurse at the clinic", "citing one
// resident": one indefinite person so cited, with no name beside.
func (d *detector) citedPerson() {
	t := d.s.Tokens
	for _, c := range d.citedPhrases() {
		h := t[c.Head]
		if clsIndefiniteWord.Has(t[c.From]) && h.Tag == postag.NN && clsPersonNoun.Has(h) && !d.quoted(c.Head) && !d.apposedName(c) {
			d.hit(c.From, c.To, c.Head, c.Head+1)
		}
	}
}

// citedPhrases returns the phrases a frame gives as a source: the one
// after "according to" (according_word) or after a citing verb
// (cite_verb), walked over nothing, less those of a named body or
// party ("according to researchers at Harvard", "friends of Smith").
func (d *detector) citedPhrases() []text.Chunk {
	if d.citedRead {
		return d.cited // four rules ask in every sentence
	}
	d.citedRead = true
	s := d.s
	t := s.Tokens
	var out []text.Chunk
	for i := 0; i+1 < len(t); i++ {
		k := -1
		switch {
		case clsAccordingWord.Has(t[i]) && t[i+1].Lower == "to":
			k = i + 2
		case d.saidNoun(i):
			if o := d.originAfter(i); o >= 0 {
				k = o + 1 // "a warning from doctors", "a declaration by health chiefs", "“fury” from locals"
			}
		case clsCiteVerb.Has(t[i]) && (t[i].Tag == postag.VBG || t[i].Tag == postag.VBD || t[i].Tag == postag.VBN):
			k = i + 1
		}
		if k < 0 || k >= len(t) {
			continue
		}
		ch := s.ChunkAt(k)
		if ch < 0 || s.Chunks[ch].From != k {
			continue
		}
		c := s.Chunks[ch]
		if d.ofNamed(c) || d.affiliated(c) {
			continue
		}
		out = append(out, c)
	}
	d.cited = out
	return out
}

// originAfter returns the "by" or "from" after the noun at i, over a
// closing quotation mark ("what the paper called “fury” from locals"),
// or -1.
func (d *detector) originAfter(i int) int {
	t := d.s.Tokens
	k := i + 1
	if k < len(t) && t[k].Tag == postag.CloseQuote {
		k++
	}
	if k+1 < len(t) && (t[k].Lower == "by" || t[k].Lower == "from") {
		return k
	}
	return -1
}

// saidNoun: token i heads a phrase naming something said or claimed
// (statement_noun, claim_noun, view_noun).
func (d *detector) saidNoun(i int) bool {
	t := d.s.Tokens[i]
	// A lower-case word the tagger took for a name ("fury/NNP from
	// local chiefs") is a common noun.
	if t.Tag != postag.NN && t.Tag != postag.NNS && !(t.Tag == postag.NNP && !t.Cap) {
		return false
	}
	return clsStatementNoun.Has(t) || clsClaimNoun.Has(t) || clsViewNoun.Has(t)
}

// apposedName: a name follows the phrase after a comma ("according to a
// resident, Jo Bloggs"), or stands in it after its head.
func (d *detector) apposedName(c text.Chunk) bool {
	s := d.s
	t := s.Tokens
	for k := c.Head + 1; k < c.To; k++ {
		if t[k].Tag == postag.NNP || t[k].Tag == postag.NNPS {
			return true
		}
	}
	if c.To+1 < len(t) && t[c.To].Lower == "," {
		if n := s.ChunkAt(c.To + 1); n >= 0 && len(d.names(s.Chunks[n])) > 0 {
			return true
		}
	}
	return false
}

// vagueSpeaker: a subject headed by a vague quantifier or pronoun, or a
// by-agent that is a bare plural of people, voicing a view.
func (d *detector) vagueSpeaker() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if !d.viewVerb(g) || !g.Passive && d.actedWith(g) {
			continue // "some protesters responded by throwing bottles": an act
		}
		if g.Passive {
			if ch, ok := d.byAgent(g); ok {
				d.hit(s.Chunks[ch].From, s.Chunks[ch].To, s.Chunks[ch].Head, s.Chunks[ch].Head+1)
			}
			continue
		}
		sub := d.subjectOf(g)
		if sub < 0 {
			sub = d.causedSpeaker(g)
		}
		if sub < 0 {
			continue
		}
		c := s.Chunks[sub]
		if !clsVaguePronoun.Has(t[c.From]) || d.ofNamed(c) || d.headedByNamed(c) {
			continue
		}
		// "some studies", "many companies": no unnamed people. A plural
		// name is a people or a party ("some Tories", "many Americans"):
		// a vague part of it is unnamed.
		if h := t[c.Head]; c.From != c.Head && (h.Tag == postag.NN || h.Tag == postag.NNP ||
			h.Tag == postag.NNS && !h.Cap && !clsPersonNoun.Has(h) && !clsBodyNoun.Has(h)) {
			continue
		}
		d.hit(c.From, g.To, c.Head, c.Head+1)
	}
}

// unnamedSpeaker: "a commenter said", "one resident told", "another
// viewer wrote": an indefinite singular person noun (person_noun) as the
// subject of a verb of saying, with no name beside it.
func (d *detector) unnamedSpeaker() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if g.Passive || !d.viewVerb(g) {
			continue
		}
		sub := d.subjectOf(g)
		if sub < 0 {
			continue
		}
		c := s.Chunks[sub]
		switch t[c.From].Lower {
		case "a", "an", "one", "another":
		default:
			continue
		}
		near := g
		if d.trailingParticiple(g) || d.participleSetOff(c, g) {
			near.From = c.To
		}
		if t[c.Head].Tag != postag.NN || !clsPersonNoun.Has(t[c.Head]) || d.namedNear(c, near) {
			continue
		}
		d.hit(c.From, g.To, c.Head, c.Head+1)
	}
}

// bareGroupSpeaker: a plural of people with no determiner, bare or
// counted, as the subject of a verb of saying or of a view, in any tense
// or aspect ("residents say", "consumer advocates are urging", "health
// workers have long warned", "settlers, who …, said"): a group described
// only by what its members do or where they stand. A determiner ("the
// residents", "his supporters") ties it to someone or refers back; a
// name in the phrase names it ("Republicans", "NASA researchers",
// "supporters of Smith").
func (d *detector) bareGroupSpeaker() {
	s := d.s
	for _, g := range s.Verbs {
		// "when doctors don't consider …": a negated view is what a
		// kind of person does not do, no view offered.
		if g.Passive || g.Neg >= 0 || !d.viewVerb(g) || d.actedWith(g) {
			continue
		}
		sub := d.subjectOf(g)
		if sub < 0 {
			sub = d.causedSpeaker(g)
		}
		if sub < 0 {
			continue
		}
		c := s.Chunks[sub]
		if d.sceneClause(s.ClauseAt(g.Head), c) || d.reportedByNamed(s.ClauseAt(g.Head)) && !clsSpeechVerb.Has(s.Tokens[g.Head]) {
			continue // "McConnell told reporters that party officials were considering …": McConnell's account; "the paper says employees said …" relays them
		}
		from := c.From
		if n := d.countedOf(c); n >= 0 {
			c = s.Chunks[n] // "dozens of parents": the parents
		}
		// A name inside a relative clause between the phrase and its verb
		// ("settlers, who back Smith, said") is not beside the phrase.
		near := g
		if cl := s.Clauses[s.ClauseAt(c.Head)]; cl.To < near.From {
			near.From = cl.To
		}
		if d.trailingParticiple(g) || d.participleSetOff(c, g) {
			near.From = c.To // "…, saying", ", clutching her bags,": a verb and object of their own stand between
		}
		if !d.unnamedPlural(c) {
			if p := d.conjoinedBefore(g, c); p >= 0 {
				c, from = s.Chunks[p], s.Chunks[p].From // "experts and brokerages are of the view"
			}
		}
		if !d.unnamedPlural(c) || d.ofNamed(c) || d.headedByNamed(c) || d.namedNear(c, near) || d.affiliated(c) {
			continue
		}
		d.hit(from, g.To, c.Head, c.Head+1)
	}
}

// conjoinedBefore returns the phrase joined by "and" or "or" before the
// subject c of g, when the parser read the two as a verbless clause and
// a coordinate clause ("[Experts] and [brokerages] are of the view"):
// both are the verb's subject. -1 if there is none.
func (d *detector) conjoinedBefore(g text.VerbGroup, c text.Chunk) int {
	s := d.s
	ci := s.ClauseAt(g.Head)
	cl := s.Clauses[ci]
	if ci == 0 || cl.Kind != text.Coordinate || cl.Opener < 1 || cl.Opener+1 != c.From || !clsCoordinator.Has(s.Tokens[cl.Opener]) {
		return -1
	}
	if p := s.Clauses[ci-1]; p.Verb >= 0 || p.To != cl.Opener && p.To != cl.From {
		return -1
	}
	n := s.ChunkAt(cl.Opener - 1)
	if n < 0 || s.Chunks[n].To != cl.Opener {
		return -1
	}
	return n
}

// causedSpeaker returns the phrase a causing verb (cause_verb) moves to
// voice the view of the infinitive g ("prompted some users to argue",
// "led many fans to complain"), -1 if g is no such infinitive. The
// causing verb must be active and not negated.
func (d *detector) causedSpeaker(g text.VerbGroup) int {
	s := d.s
	t := s.Tokens
	if g.From < 3 || t[g.From-1].Lower != "to" {
		return -1
	}
	ch := s.ChunkAt(g.From - 2)
	if ch < 0 || s.Chunks[ch].To != g.From-1 || s.Chunks[ch].From < 1 {
		return -1
	}
	v := s.VerbAt(s.Chunks[ch].From - 1)
	if v < 0 {
		return -1
	}
	if cv := s.Verbs[v]; cv.Head != s.Chunks[ch].From-1 || cv.Passive || cv.Neg >= 0 || !clsCauseVerb.Has(t[cv.Head]) {
		return -1
	}
	return ch
}

// reportedByNamed: clause ci is what a named speaker reports, so a group
// acting in it is the speaker's account, not a source of its own.
func (d *detector) reportedByNamed(ci int) bool {
	v := d.reportedBy(ci)
	if v < 0 || d.quoted(v) {
		return false
	}
	c := d.s.Clauses[d.s.ClauseAt(v)]
	if c.Subject < 0 {
		return false
	}
	sp := d.s.Chunks[c.Subject]
	return len(d.names(sp)) > 0 || d.s.Tokens[sp.Head].Tag == postag.PRP && !clsPluralPronoun.Has(d.s.Tokens[sp.Head])
}

// actedWith: the verb goes on with "with" or "by" ("protesters
// responded with stones", "answered by walking out"): an act, not words,
// unless what follows is a view ("responded with anger"); or it is a
// verb of replying that says nothing (repliesInWords).
func (d *detector) actedWith(g text.VerbGroup) bool {
	t := d.s.Tokens
	if g.To < len(t) && (t[g.To].Lower == "with" || t[g.To].Lower == "by") && d.voicedWith(g) < 0 {
		return true
	}
	return clsReplyVerb.Has(t[g.Head]) && !d.repliesInWords(g) && d.voicedWith(g) < 0 // "responded with anger" voices a view
}

// repliesInWords: a verb of replying gives what it says (a clause, a
// colon or a quotation after it, "that") or what it answers ("to the
// claims", "to questions": a noun of saying, a claim, a view or a
// question).
func (d *detector) repliesInWords(g text.VerbGroup) bool {
	s := d.s
	t := s.Tokens
	k := d.skipTag(g.To, postag.RB) // "responded angrily"
	if k >= len(t) || t[k].Tag == postag.Period || t[k].Tag == postag.Comma {
		return true // "residents replied angrily.": the words are the quotation around it
	}
	switch {
	case t[k].Lower == "that" || t[k].Tag == postag.Colon || t[k].Tag == postag.OpenQuote:
		return true
	case t[k].Lower == "to" && k+1 < len(t):
		if ch := s.ChunkAt(k + 1); ch >= 0 {
			h := t[s.Chunks[ch].Head]
			return d.saidNoun(s.Chunks[ch].Head) || clsQuestionNoun.Has(h)
		}
	}
	return s.ClauseAt(k) != s.ClauseAt(g.Head) // a reported clause of its own
}

// sceneClause: the group speaks inside a relative clause, or one opened
// by "where" or "when" after a noun or a comma ("the hearing, where
// senators voiced anger", "adverts in which people say"): a scene the
// sentence sets, not the source of what it reports.
func (d *detector) sceneClause(ci int, c text.Chunk) bool {
	s := d.s
	t := s.Tokens
	cl := s.Clauses[ci]
	if c.From < cl.From {
		return false // the antecedent, outside the clause
	}
	if cl.Kind == text.Relative {
		return true
	}
	k := c.From - 1 // "where" may stand inside the clause before it, or open it
	if k < 1 || t[k].Tag != postag.WRB && !(t[k].Tag == postag.WDT && t[k-1].Tag == postag.IN) {
		return false
	}
	p := t[k-1].Tag
	return p == postag.Comma || p == postag.NN || p == postag.NNS || p == postag.NNP || p == postag.IN
}

// countedOf returns the phrase after "of" when c is only a count of it
// ("dozens of parents", "a handful of residents": quantity_noun), -1
// otherwise.
func (d *detector) countedOf(c text.Chunk) int {
	s := d.s
	t := s.Tokens
	if !clsQuantityNoun.Has(t[c.Head]) || c.To+1 >= len(t) || t[c.To].Lower != "of" {
		return -1
	}
	n := s.ChunkAt(c.To + 1)
	if n < 0 || s.Chunks[n].From != c.To+1 {
		return -1
	}
	return n
}

// unnamedPlural: the phrase is a plural person noun (person_noun) with
// nothing before it but counts, adjectives and nouns ("two retired
// teachers", "health workers", "Ohio farmers", "Labour activists"): a
// name before the noun places or describes the group, as "a State
// Department official" is still unnamed; only a determiner or a
// possessive ties it to someone.
func (d *detector) unnamedPlural(c text.Chunk) bool {
	t := d.s.Tokens
	h := t[c.Head]
	if h.Tag != postag.NNS || !clsPersonNoun.Has(h) && !clsBodyNoun.Has(h) || d.quoted(c.Head) {
		return false // "groups that track misinformation said": bodies left unnamed speak as a vague group
	}
	if clsGenericPersonNoun.Has(h) && (c.From == c.Head || t[c.From].Tag != postag.CD) {
		return false // "people say": anyone; "two people said" is counted
	}
	if d.exemplified(c) {
		return false // "critics such as Jo Bloggs said": the group given by its named members
	}
	if !clsPersonNoun.Has(h) {
		// Bodies: "rights groups" are left unnamed, "U.S. intelligence
		// agencies" and "the Russian and Syrian defence ministries" are
		// named by their country, as the institutions they are.
		for k := c.From; k < c.Head; k++ {
			if t[k].Tag == postag.NNP || t[k].Tag == postag.NNPS || t[k].Cap && k > 0 {
				return false
			}
		}
	}
	for k := c.From; k < c.Head; k++ {
		switch tk := t[k]; tk.Tag {
		case postag.CD, postag.JJ, postag.JJR, postag.JJS, postag.NN, postag.NNS, postag.NNP, postag.NNPS, postag.VBN, postag.VBG, postag.RB, postag.HYPH:
		case postag.POS:
			if k == 0 || !clsPlaceName.Has(t[k-1]) {
				return false // "Smith's aides" are tied to Smith; "China's health chiefs" only placed
			}
		default:
			return false // a determiner, a possessive, a pronoun
		}
	}
	return true
}

// exemplified: the phrase goes on, after its head and at most a comma,
// with an example_opener and a name ("commentators such as Jo Bloggs",
// "critics, like Ann Lee,", "experts including Dr Smith"): the group is
// given by members the text names, as "Smith and others" is. A name
// inside the phrase after the opener ("such" read into the chunk) counts
// the same.
func (d *detector) exemplified(c text.Chunk) bool {
	s := d.s
	t := s.Tokens
	k := c.Head + 1
	if k < len(t) && t[k].Lower == "," {
		k++
	}
	e := clsExampleOpener.Match(t, k)
	if e < 0 || e >= len(t) {
		return false
	}
	n := s.ChunkAt(e)
	return n >= 0 && len(d.names(s.Chunks[n])) > 0 && !d.placeOnly(s.Chunks[n])
}

// affiliated: the phrase goes on with "at", "from", "for", "of" or
// "with" and a name ("researchers at Harvard", "lawyers for Smith"):
// people of a named body or speaking for a named party. "In" places
// them ("officials in Ohio"): still unnamed.
func (d *detector) affiliated(c text.Chunk) bool {
	s := d.s
	t := s.Tokens
	if c.To+1 >= len(t) {
		return false
	}
	switch t[c.To].Lower {
	case "at", "from", "for", "of", "with":
	default:
		return false
	}
	n := s.ChunkAt(c.To + 1)
	return n >= 0 && len(d.names(s.Chunks[n])) > 0 && !d.placeOnly(s.Chunks[n])
}

// placeOnly: every name in the phrase is a place ("farmers from Ohio").
func (d *detector) placeOnly(c text.Chunk) bool {
	for k := c.From; k < c.To; k++ {
		if tk := d.s.Tokens[k]; (tk.Tag == postag.NNP || tk.Tag == postag.NNPS) && !clsPlaceName.Has(tk) {
			return false
		}
	}
	return true
}

// viewVerb: the group's verb is one of saying or of holding a view, and
// it is stated, not only urged or supposed.
func (d *detector) viewVerb(g text.VerbGroup) bool {
	t := d.s.Tokens
	h := t[g.Head]
	if d.quoted(g.Head) || d.unreal(g) && !d.catenativeGroup(g) && d.causedSpeaker(g) < 0 {
		return false
	}
	if g.From == g.Head && (h.Tag == postag.VBN || h.Tag == postag.VBD) && g.To < len(t) && t[g.To].Lower == "to" && clsDistanceVerb.Has(h) {
		return false // "a man suspected to have supplied the gun": a passive with its "be" left out, no one's view
	}
	if d.phoneCall(g) {
		return false
	}
	return clsSpeechVerb.Has(h) || clsViewVerb.Has(h) || clsViewPhraseVerb.Match(d.s.Tokens, g.Head) > 0 || d.voicedWith(g) >= 0 || d.ofView(g)
}

// phoneCall: the verb telephones a service ("a woman called the police
// after …"), which says nothing the sentence reports.
func (d *detector) phoneCall(g text.VerbGroup) bool {
	if !clsPhoneVerb.Has(d.s.Tokens[g.Head]) || g.To >= len(d.s.Tokens) {
		return false
	}
	ch := d.s.ChunkAt(g.To)
	if ch < 0 {
		return false
	}
	// Any word of the object: "the police", "the fire service".
	for k := d.s.Chunks[ch].From; k <= d.s.Chunks[ch].Head; k++ {
		if clsPhoneObject.Has(d.s.Tokens[k]) {
			return true
		}
	}
	return false
}

// ofView: the group is a copula holding a view ("are of the view that",
// "is of the opinion that").
func (d *detector) ofView(g text.VerbGroup) bool {
	s := d.s
	t := s.Tokens
	if t[g.Head].Lemma != "be" || g.To+1 >= len(t) || t[g.To].Lower != "of" {
		return false
	}
	ch := s.ChunkAt(g.To + 1)
	return ch >= 0 && clsHeldViewNoun.Has(t[s.Chunks[ch].Head])
}

// skipTag returns the first token from k not tagged tag.
func (d *detector) skipTag(k int, tag postag.Tag) int {
	t := d.s.Tokens
	for k < len(t) && t[k].Tag == tag {
		k++
	}
	return k
}

// voicedWith returns the view noun the verb shows its view with ("reacted
// with fury", "lit up with doubts", "erupted in anger"), -1 if none.
func (d *detector) voicedWith(g text.VerbGroup) int {
	s := d.s
	t := s.Tokens
	k := d.skipTag(g.To, postag.RP) // "lit up with"
	if k+1 >= len(t) || t[k].Lower != "with" && t[k].Lower != "in" {
		return -1
	}
	ch := s.ChunkAt(k + 1)
	if ch < 0 || !clsViewNoun.Has(t[s.Chunks[ch].Head]) {
		return -1
	}
	return s.Chunks[ch].Head
}

// subjectOf returns the subject chunk of the group's clause, walked back
// over prepositional modifiers (phraseHead), when the group is the
// clause's own verb; -1 otherwise.
func (d *detector) subjectOf(g text.VerbGroup) int {
	s := d.s
	if ch := d.absoluteSubject(g); ch >= 0 {
		return d.phraseHead(ch)
	}
	c := s.Clauses[s.ClauseAt(g.Head)]
	if c.Kind == text.Complement && c.Opener < 0 && c.Parent >= 0 && c.Verb >= 0 && s.Verbs[c.Verb].Head == g.Head {
		// "many who fled the fire said": the parser read "the fire
		// said" as a complement of "fled"; a verb that takes no clause
		// (no verb of saying or of a view) leaves the finite verb to
		// the relative clause's antecedent.
		if p := s.Clauses[c.Parent]; p.Kind == text.Relative && p.Verb >= 0 && p.Opener > 0 && !d.viewVerb(s.Verbs[p.Verb]) && d.objectOnly(s.Verbs[p.Verb].To, g.From) {
			if ch := s.ChunkAt(p.Opener - 1); ch >= 0 {
				return d.phraseHead(ch)
			}
		}
	}
	if c.Kind == text.Relative && c.Verb >= 0 && s.Verbs[c.Verb].Head == g.Head && c.Opener > 0 && s.Tokens[c.Opener].Lower == "who" {
		// "spoke to one nurse, who said the ward was full": the verb of
		// a relative clause on a person is its antecedent's. Not on a
		// pronoun: "those who believe it are deluding themselves" is
		// the writer's view of them, not theirs.
		k := c.Opener - 1
		if k > 0 && s.Tokens[k].Tag == postag.Comma {
			k--
		}
		if ch := s.ChunkAt(k); ch >= 0 {
			if h := d.phraseHead(ch); h >= 0 && (s.Tokens[s.Chunks[h].Head].Tag == postag.NN || s.Tokens[s.Chunks[h].Head].Tag == postag.NNS) {
				return h
			}
		}
		return -1
	}
	if c.Kind == text.Relative && c.Verb >= 0 && s.Verbs[c.Verb].Head != g.Head && c.Opener > 0 {
		// "a man who lives nearby said", "groups that favour curbs
		// said": the relative clause has its own verb, and a second
		// finite verb after it is the antecedent's.
		if d.finiteAfterNoun(g) && d.onlyModifiers(s.Verbs[c.Verb].To, g.From) {
			if ch := s.ChunkAt(c.Opener - 1); ch >= 0 {
				return d.phraseHead(ch)
			}
		}
		return -1
	}
	if c.Verb >= 0 && c.Subject < 0 && s.Verbs[c.Verb].Head != g.Head {
		// "farmers, angered by the decision, said": the parser gives no
		// subject to a clause whose first verb follows a comma.
		if v := s.Verbs[c.Verb]; v.From >= 2 && s.Tokens[v.From-1].Tag == postag.Comma {
			if ch := s.ChunkAt(v.From - 2); ch >= 0 && s.Chunks[ch].From >= c.From {
				p := c
				p.Subject = ch
				if d.participleBefore(p, g) {
					return d.phraseHead(ch)
				}
			}
		}
	}
	if c.Verb >= 0 && s.Verbs[c.Verb].Head != g.Head && c.Subject >= 0 && (d.participleBefore(c, g) || d.catenative(c, g)) {
		// "those making the claim say": a participle phrase modifies the
		// subject; "critics were quick to condemn", "residents began to
		// complain": the view is the subject's.
		return d.phraseHead(c.Subject)
	}
	if c.Verb >= 0 && s.Verbs[c.Verb].Head != g.Head && c.Subject >= 0 && d.trailingParticiple(g) {
		// "residents blocked the road, saying …": a participle after a
		// comma speaks for the clause's subject.
		return d.phraseHead(c.Subject)
	}
	if c.Verb < 0 || s.Verbs[c.Verb].Head != g.Head {
		return -1
	}
	if c.Subject < 0 {
		return d.subjectAcrossRelative(s.ClauseAt(g.Head), g)
	}
	return d.phraseHead(c.Subject)
}

// absoluteSubject returns the phrase between "with" and a bare
// participle ("with one poster writing …", "with many saying …"): an
// absolute construction, whose participle that phrase speaks. -1 if g is
// no such participle.
func (d *detector) absoluteSubject(g text.VerbGroup) int {
	s := d.s
	t := s.Tokens
	if g.From != g.Head || t[g.Head].Tag != postag.VBG || g.From < 2 {
		return -1
	}
	ch := s.ChunkAt(g.From - 1)
	if ch < 0 || s.Chunks[ch].To != g.From {
		return -1
	}
	if f := s.Chunks[ch].From; f < 1 || t[f-1].Lower != "with" {
		return -1
	}
	return ch
}

// participleSetOff: a participle phrase between commas stands between
// the phrase and the group ("one shopper, clutching her bags,
// complained").
func (d *detector) participleSetOff(c text.Chunk, g text.VerbGroup) bool {
	t := d.s.Tokens
	k := c.To
	return k+2 < g.From && t[k].Tag == postag.Comma && (t[k+1].Tag == postag.VBG || t[k+1].Tag == postag.VBN) && t[g.From-1].Tag == postag.Comma
}

// finiteAfterNoun: the group is finite, or a bare verb the tagger read
// otherwise after a noun: a past as a participle ("who lives nearby
// said/VBN"), a present as a base form ("who live near the plant
// say/VB"), with no "to" or modal before it.
func (d *detector) finiteAfterNoun(g text.VerbGroup) bool {
	t := d.s.Tokens
	if g.Finite {
		return true
	}
	if g.From != g.Head || g.From == 0 {
		return false
	}
	p := t[g.From-1].Tag
	return t[g.Head].Tag == postag.VBN || t[g.Head].Tag == postag.VB && p != postag.TO && p != postag.MD
}

// participleBefore: the clause's first verb group is a bare participle
// right after its subject ("those making the claim say"), or set off by
// commas ("farmers, angered by the decision, said"), and the group g,
// finite, follows it with no conjunction or other mark between.
func (d *detector) participleBefore(c text.Clause, g text.VerbGroup) bool {
	s := d.s
	t := s.Tokens
	v := s.Verbs[c.Verb]
	if v.Finite || v.From != v.Head || t[v.Head].Tag != postag.VBG && t[v.Head].Tag != postag.VBN || !d.finiteAfterNoun(g) {
		return false
	}
	// Set off by commas ("one shopper, clutching her bags, complained")
	// or not at all ("those making the claim say").
	from, to := s.Chunks[c.Subject].To, g.From
	if commas := t[from].Tag == postag.Comma; commas {
		if to-1 <= v.To || t[to-1].Tag != postag.Comma {
			return false
		}
		from, to = from+1, to-1
	}
	if v.From != from {
		return false
	}
	for k := v.To; k < to; k++ {
		if !t[k].Word || t[k].Tag == postag.CC {
			return false
		}
	}
	return true
}

// catenative: g is an infinitive ("to condemn") hanging on the clause's
// finite verb, with at most an adjective between, after a word of
// view_onset ("were quick to", "began to", "continue to"), in the active
// and not negated.
func (d *detector) catenative(c text.Clause, g text.VerbGroup) bool {
	s := d.s
	t := s.Tokens
	if c.Verb < 0 || g.From < 2 || t[g.From-1].Tag != postag.TO || !clsViewOnset.Has(t[g.From-2]) {
		return false
	}
	v := s.Verbs[c.Verb]
	if !v.Finite || v.Passive || v.Neg >= 0 {
		return false
	}
	gap := g.From - 1 - v.To
	return gap == 0 || gap == 1 && t[v.To].Tag == postag.JJ
}

// catenativeGroup: g is such an infinitive of its own clause's verb.
func (d *detector) catenativeGroup(g text.VerbGroup) bool {
	s := d.s
	c := s.Clauses[s.ClauseAt(g.Head)]
	return c.Verb >= 0 && s.Verbs[c.Verb].Head != g.Head && c.Subject >= 0 && d.catenative(c, g)
}

// trailingParticiple: the group is a bare -ing form right after a comma
// ("…, saying", "…, warning that").
func (d *detector) trailingParticiple(g text.VerbGroup) bool {
	t := d.s.Tokens
	return g.From == g.Head && t[g.Head].Tag == postag.VBG && g.From > 0 && t[g.From-1].Tag == postag.Comma
}

// subjectAcrossRelative: "settlers, who live in the hills, said": the
// parser ends the subject's clause at the relative clause and opens a
// new one, with no subject, at the finite verb after it. The subject is
// the phrase of the clause before the relative clauses, when that
// clause has no verb of its own.
func (d *detector) subjectAcrossRelative(ci int, g text.VerbGroup) int {
	s := d.s
	if !g.Finite && !(g.From == g.Head && s.Tokens[g.Head].Tag == postag.VBN) {
		return -1
	}
	k := ci - 1
	for k >= 0 && s.Clauses[k].Kind == text.Relative {
		k--
	}
	if k < 0 || k == ci-1 {
		return -1
	}
	p := s.Clauses[k]
	if p.Verb >= 0 {
		return -1
	}
	if p.Subject >= 0 {
		return d.phraseHead(p.Subject)
	}
	// A clause with no verb has no subject either: its last phrase.
	for j := p.To - 1; j >= p.From; j-- {
		if ch := s.ChunkAt(j); ch >= 0 {
			return d.phraseHead(ch)
		}
	}
	return -1
}

// objectOnly: tokens [from, to) are words, none a pronoun: the object
// of the relative clause's verb ("fled the fire"), not a new subject
// ("lie to you,” she").
func (d *detector) objectOnly(from, to int) bool {
	for k := from; k < to; k++ {
		if t := d.s.Tokens[k]; !t.Word || t.Tag == postag.PRP {
			return false
		}
	}
	return true
}

// onlyModifiers: tokens [from, to) are words that modify the relative
// clause's verb ("who lives nearby said", "who live near the plant
// say", "who fled the fire said"): no conjunction ("lives nearby and
// said": both verbs are the relative clause's), no subject of the
// second verb ("who would never lie,” she said"), no mark.
func (d *detector) onlyModifiers(from, to int) bool {
	s := d.s
	for k := from; k < to; k++ {
		t := s.Tokens[k]
		if !t.Word || t.Tag == postag.CC {
			return false
		}
		if ch := s.ChunkAt(k); ch >= 0 {
			// "who live near the plant say": the object of a preposition
			// belongs to the relative clause; a phrase standing bare
			// before the verb may be its own subject.
			c := s.Chunks[ch]
			if c.From == from || c.From > from && s.Tokens[c.From-1].Tag == postag.IN {
				if s.Tokens[c.Head].Tag != postag.PRP {
					k = c.To - 1
					continue
				}
			}
			return false
		}
	}
	return true
}

// byAgent returns the chunk after "by" following a passive group when it
// is a bare plural of people or a vague pronoun ("by critics", "by many
// fans"), with no name in it.
func (d *detector) byAgent(g text.VerbGroup) (int, bool) {
	s := d.s
	t := s.Tokens
	k := g.To
	for k < len(t) && t[k].Tag == postag.RB {
		k++
	}
	if k+1 >= len(t) || t[k].Lower != "by" {
		return -1, false
	}
	ch := s.ChunkAt(k + 1)
	if ch < 0 {
		return -1, false
	}
	c := s.Chunks[ch]
	head := t[c.Head]
	if len(d.names(c)) > 0 || d.ofNamed(c) {
		return -1, false
	}
	first := t[c.From]
	if first.Tag == postag.DT && first.Lower != "some" && first.Lower != "many" || first.Tag == postag.PRPS || first.Tag == postag.POS {
		return -1, false // "by the critics", "by his fans": a group the text has named or tied to someone
	}
	if c.From == c.Head && clsVaguePronoun.Has(head) {
		return ch, true
	}
	return ch, head.Tag == postag.NNS && clsPersonNoun.Has(head)
}

// unnamedAgent: one unnamed person as the agent of a passive view or
// speech verb ("was confirmed by a senior official", "criticised by
// one source"): the active "a senior official confirmed it".
func (d *detector) unnamedAgent() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if !g.Passive || !d.viewVerb(g) || g.To+2 >= len(t) || t[g.To].Lower != "by" {
			continue
		}
		ch := s.ChunkAt(g.To + 1)
		if ch < 0 || s.Chunks[ch].From != g.To+1 {
			continue
		}
		c := s.Chunks[ch]
		head := t[c.Head]
		if head.Tag != postag.NN || !clsIndefiniteDeterminer.Has(t[c.From]) || !clsAnonPerson.Has(head) || len(d.names(c)) > 0 {
			continue
		}
		d.hit(c.From, c.To, c.Head, c.Head+1)
	}
}

// headedByNamed: the phrase is joined to a name, a pronoun or one
// person before it ("Smith and others", "he and others", "the mayor and
// others"): a group headed by an identified person is not unnamed.
func (d *detector) headedByNamed(c text.Chunk) bool {
	t := d.s.Tokens
	if c.From < 2 || t[c.From-1].Lower != "and" && t[c.From-1].Lower != "or" {
		return false
	}
	p := t[c.From-2]
	if ch := d.s.ChunkAt(c.From - 2); ch >= 0 {
		p = t[d.s.Chunks[ch].Head] // "the mayor and others": one identified by office
	}
	return p.Tag == postag.NNP || p.Tag == postag.NNPS || p.Tag == postag.PRP || p.Tag == postag.NN
}

// ofNamed: the phrase continues with "of" and a name or pronoun ("some of
// them", "many of the Smiths"): a part of a group the text names. A
// group only tied to a named person ("some of Smith's supporters") names
// none of its members, as "some Tories" does not.
func (d *detector) ofNamed(c text.Chunk) bool {
	s := d.s
	t := s.Tokens
	if c.To+1 >= len(t) || t[c.To].Lower != "of" {
		return false
	}
	n := s.ChunkAt(c.To + 1)
	if n < 0 {
		return false
	}
	c2 := s.Chunks[n]
	h := t[c2.Head]
	if h.Tag == postag.NNS && clsPersonNoun.Has(h) && d.ownerOnly(c2) {
		return false // "some of Smith's supporters": a vague part of a group no one in it named
	}
	return h.Tag == postag.PRP || len(d.names(c2)) > 0
}

// ownerOnly: every name in the phrase is an owner before "'s" ("Smith's
// supporters"), none the head or beside it.
func (d *detector) ownerOnly(c text.Chunk) bool {
	t := d.s.Tokens
	owner := false
	for k := c.From; k < c.To; k++ {
		if t[k].Tag != postag.NNP && t[k].Tag != postag.NNPS {
			continue
		}
		j := k
		for j+1 < c.To && (t[j+1].Tag == postag.NNP || t[j+1].Tag == postag.NNPS) {
			j++
		}
		if j+1 >= c.To || t[j+1].Tag != postag.POS {
			return false
		}
		owner = true
		k = j
	}
	return owner
}

// namedNear: a name stands in the subject phrase or between it and its
// verb ("a resident, Jo Bloggs, said", "a resident's son said"). A name
// before the noun describes it ("one Weibo commenter", "a Smith
// supporter": still no one identified).
func (d *detector) namedNear(c text.Chunk, g text.VerbGroup) bool {
	t := d.s.Tokens
	if c.From >= 2 && t[c.From-1].Lower == "," && (t[c.From-2].Tag == postag.NNP || t[c.From-2].Tag == postag.NNPS) {
		return true // "Jo Bloggs, a scientist who led the study, said": an apposition to a name
	}
	for k := c.From; k < g.From && k < len(t); k++ {
		if t[k].Tag == postag.NNP || t[k].Tag == postag.NNPS {
			if k < c.Head {
				continue // "one Weibo commenter": a platform or place before the noun describes, it does not name
			}
			return true
		}
		if t[k].Tag == postag.POS || t[k].Tag == postag.PRPS {
			return true
		}
	}
	return false
}
