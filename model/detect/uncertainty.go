package detect

import (
	"strings"

	"github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// Uncertainty as slots over the structure: a figure given as an
// estimate by an attributive participle, and a title that quotes the
// claim itself.
func init() {
	register("unc.estimate", (*detector).estimatedFigure)
	register("unc.allegation", (*detector).quotedHeadline)
	register("unc.scant_evidence", (*detector).scantEvidence)
	register("unc.appearance", (*detector).seeming)
	register("unc.appearance", (*detector).implied)
	register("unc.appearance", (*detector).fitsEvidence)
	register("unc.open_question", (*detector).raisedQuestion)
	register("unc.speaker_doubt", (*detector).reasonToSuspect)
	register("unc.unknown", (*detector).notEstablished)
	register("unc.unknown", (*detector).unknownPredicate)
	register("unc.distancing_passive", (*detector).distancingPassive)
	register("unc.distancing_passive", (*detector).whatTheyCall)
	register("unc.hypothetical", (*detector).ifTrue)
	register("unc.open_question", (*detector).searchedFor)
	register("unc.open_question", (*detector).foundOut)
	register("unc.doubtful_source", (*detector).doubtfulSource)
}

// distancingPassive: a verb of believing or reporting in the passive,
// with no one named as holding the view, and what it distances after it:
// an infinitive ("is believed to have fled", "is not thought to be
// serious"), "as" ("is seen as"), "with" for credit ("is credited
// with"), "of" for suspicion ("is suspected of"), a state for a verb of
// presuming ("are feared dead", "presumed lost"), or "it" as its subject
// ("it is understood that", "it is feared"). A "by" agent names the
// holder ("is seen by analysts as") and ends it.
func (d *detector) distancingPassive() {
	s := d.s
	t := s.Tokens
	for i := 1; i < len(t); i++ {
		h := t[i]
		if !clsDistanceVerb.Has(h) || h.Tag != postag.VBN && h.Tag != postag.VBD && h.Tag != postag.JJ {
			continue
		}
		// The passive: a form of "be" just before, over adverbs ("are
		// widely seen"); the tagger may read the participle as an
		// adjective ("are understood/JJ to").
		be := -1
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if t[j].Lemma == "be" || t[j].Lower == "been" || t[j].Lower == "being" {
				be = j
				break
			}
			if t[j].Tag != postag.RB {
				break
			}
		}
		reduced := false
		if be < 0 {
			// A reduced relative after a comma: "the territories, seen as
			// pivotal to a state, …" distances as "which are seen as" does;
			// adverbs may stand between (", widely seen as").
			p := i - 1
			for p > 0 && t[p].Tag == postag.RB {
				p--
			}
			if h.Tag == postag.JJ || !(t[p].Lower == "," || p >= 1 && t[p-1].Lower == "," && clsApposedQuantifier.Has(t[p])) && !d.objectModified(i) {
				continue // ", both considered to be …" reduces ", who are both considered …"
			}
			be, reduced = i, true
		}
		lemma := postag.Lemma(h.Lower, postag.VBN)
		k := i + 1
		for k < len(t) && t[k].Tag == postag.RB {
			k++
		}
		ok := false
		switch {
		case k < len(t) && t[k].Lower == "by":
		case k+1 < len(t) && t[k].Lower == "to" && (s.VerbAt(k+1) >= 0 || t[k+1].Tag == postag.VB):
			ok = true
		case k < len(t) && t[k].Lower == "as" && lemma != "say":
			ok = true
		case k < len(t) && lemma == "consider" && (t[k].Tag == postag.DT || t[k].Lower == "one"):
			ok = true // "is considered a strong candidate", "considered one of the favourites"
		case k < len(t) && t[k].Lower == "with" && lemma == "credit":
			ok = true
		case k < len(t) && t[k].Lower == "of" && lemma == "suspect":
			ok = true
		case !reduced && k < len(t) && (t[k].Tag == postag.JJ || t[k].Tag == postag.VBN) && clsPresumedStateVerb.Has(h) && !d.modifiesNoun(k) && d.lowerAt(k+1) != "to":
			ok = true // "are feared dead", "are presumed lost": a state taken as so; "was thought necessary to close" judges an act
		case reduced:
		default:
			c := s.Clauses[s.ClauseAt(i)]
			ok = c.Subject >= 0 && t[s.Chunks[c.Subject].Head].Lower == "it" && s.Chunks[c.Subject].From == s.Chunks[c.Subject].Head && lemma != "see" && lemma != "credit"
		}
		if ok && !d.namedHolderAfter(k) {
			d.hit(be, d.wordsAfter(min(k+1, len(t)), 3), be, min(k+1, len(t)))
		}
	}
}

// objectModified: the participle at i follows at once a noun phrase that
// is the object of a verb or a preposition ("arrested a man believed to
// be the leader", "mapped a world considered a candidate"): a reduced
// relative clause on that noun, as "who is believed to be" would be. A
// noun phrase after a verb of saying may be the subject of a clause of
// its own ("said the man considered the offer"), so that verb is left
// out; a phrase opening the sentence is the participle's subject.
func (d *detector) objectModified(i int) bool {
	s := d.s
	t := s.Tokens
	ch := s.ChunkAt(i - 1)
	if ch < 0 || s.Chunks[ch].Head != i-1 || s.Chunks[ch].From == 0 {
		return false
	}
	switch h := t[i-1].Tag; h {
	case postag.NN, postag.NNS, postag.NNP, postag.NNPS:
	default:
		return false
	}
	b := t[s.Chunks[ch].From-1]
	if b.Tag == postag.IN {
		return b.Lower != "that"
	}
	return isVerbTagged(b) && !clsSpeechVerb.Has(b) && !clsTellVerb.Has(b)
}

// isVerbTagged: the token is tagged as a verb (not a modal).
func isVerbTagged(t text.Token) bool {
	switch t.Tag {
	case postag.VB, postag.VBD, postag.VBG, postag.VBN, postag.VBP, postag.VBZ:
		return true
	}
	return false
}

// namedHolderAfter: the passive's agent follows its complement, a
// definite or named holder of the view ("was described as
// 'knife-obsessed' by the police", "is seen as a reformer by Smith"):
// the view is someone's, not one nobody is named as holding. A vague
// agent ("by many", "by some critics") still distances. The search
// stays in the clause and stops at a comma or a semicolon.
func (d *detector) namedHolderAfter(k int) bool {
	s := d.s
	t := s.Tokens
	c := s.ClauseAt(min(k, len(t)-1))
	for j := k; j+1 < len(t) && j < k+10 && s.ClauseAt(j) == c; j++ {
		if t[j].Lower == "," || t[j].Lower == ";" {
			return false
		}
		if t[j].Lower != "by" {
			continue
		}
		a := t[j+1]
		return a.Tag == postag.NNP || a.Tag == postag.NNPS || a.Tag == postag.PRPS || a.Lower == "the"
	}
	return false
}

// whatTheyCall: a label the writer gives as someone else's, by a free
// relative and a verb of calling ("what critics call a power grab", "in
// what police called a targeted attack").
func (d *detector) whatTheyCall() {
	s := d.s
	t := s.Tokens
	opener := clsNamingOpener
	for i, tk := range t {
		if !opener.Has(tk) || i+1 >= len(t) {
			continue
		}
		k := i + 1
		if ch := s.ChunkAt(k); ch >= 0 && s.Chunks[ch].From == k && s.Chunks[ch].To-k <= 4 {
			if clsFirstPerson.Has(t[s.Chunks[ch].Head]) {
				continue // "what we call the Social Brain Lab": the speaker's own name for it
			}
			k = s.Chunks[ch].To // the one who calls it so
		} else {
			continue
		}
		label := k + 1
		if label < len(t) && !t[label].Word {
			label++ // "what he called “experiments”"
		}
		if label < len(t) && clsCallVerb.Has(t[k]) && s.VerbAt(k) >= 0 && t[label].Word && t[label].Tag != postag.IN && t[label].Tag != postag.RP && t[label].Tag != postag.TO {
			// the label follows ("called a targeted attack"), not a
			// particle ("called for", "called on")
			d.hit(i, d.wordsAfter(k+1, 3), i, k+1)
		}
	}
}

// searchedFor: a search for a trace of a suspected fact ("looking for
// any evidence of a link", "combing the files for signs of a leak"):
// whether it happened is open. A physical search ("searching the house
// for the dog") looks for no trace.
func (d *detector) searchedFor() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if !clsSearchVerb.Has(t[g.Head]) || g.Neg >= 0 {
			continue
		}
		for k := g.To; k < len(t) && k < g.To+8; k++ {
			if ch := s.ChunkAt(k); ch >= 0 && s.Chunks[ch].Head == k && clsTraceNoun.Has(t[k]) {
				if k+1 < len(t) && t[k+1].Tag == postag.IN {
					d.hit(g.From, d.wordsAfter(k+2, 3), g.Head, k+1)
				}
				break
			}
			if !t[k].Word && t[k].Lower != "," {
				break
			}
		}
	}
}

// foundOut: finding out a question of past fact ("to find out who
// paid", "working out what caused the crash"): a search whose answer is
// not known yet. The question word's clause must be in the past (a verb
// in -ed or a perfect): "find out how to apply" and "work out what to do"
// look for a method, "find out who will win" waits on the future.
func (d *detector) foundOut() {
	s := d.s
	t := s.Tokens
	for i := 0; i < len(t); i++ {
		e := clsFindOutPhrase.Match(t, i)
		if e < 0 || e >= len(t) || !clsOpenQuestionWord.Has(t[e]) || t[e].Lower == "whether" || t[e].Lower == "if" {
			continue
		}
		for k := e + 1; k < len(t) && k <= e+6 && t[k].Word; k++ {
			if t[k].Lower == "to" {
				break // "how to", "what to"
			}
			if g := s.VerbAt(k); g >= 0 && s.Verbs[g].From == k {
				if v := s.Verbs[g]; v.Past || d.perfect(v) {
					d.hit(i, d.wordsAfter(e+1, 3), i, e+1)
				}
				break
			}
		}
		i = e
	}
}

// doubtfulSource: the phrase "according to" or a citing verb gives as the
// source holds a word of doubt about it ("according to an often-wrong
// tabloid", "citing a dubious website"): what it reports rests on a
// source the text does not trust.
func (d *detector) doubtfulSource() {
	t := d.s.Tokens
	doubt := clsDoubtfulSourceWord
	for _, c := range d.citedPhrases() {
		if k, e := doubt.Find(t, c.From, c.To); k >= 0 {
			d.hit(c.From, c.To, k, e)
		}
	}
	// "sources cited by a hit-or-miss publication": the one citing, its
	// first three words (the tagger may read "hit" as a verb and open no
	// phrase there).
	for i := 1; i+1 < len(t); i++ {
		if t[i].Lower != "by" || !clsCiteVerb.Has(t[i-1]) {
			continue
		}
		if k, e := doubt.Find(t, i+1, min(len(t), i+4)); k >= 0 {
			d.hit(i+1, d.wordsAfter(e, 3), k, e)
		}
	}
}

// ifTrue: a condition on the claim itself being true ("if the
// allegations were true", "if they are true"): whether the reported
// thing happened is open. "if it is true that …" of an argument reads
// the same and counts too.
func (d *detector) ifTrue() {
	s := d.s
	t := s.Tokens
	for _, c := range s.Clauses {
		if !d.condition(c) || c.Verb < 0 || c.Subject < 0 {
			continue
		}
		g := s.Verbs[c.Verb]
		if t[g.Head].Lemma != "be" || g.Neg >= 0 {
			continue
		}
		p := d.predicate(g)
		if p < 0 || !clsTruthWord.Has(t[p]) {
			continue
		}
		h := t[s.Chunks[c.Subject].Head]
		if !d.claimOrRecord(h) && !clsDemonstrativePronoun.Has(h) && !clsPluralPronoun.Has(h) {
			continue
		}
		d.hit(c.Opener, p+1, c.Opener, p+1)
	}
	// The reduced form: "the letters, if genuine, would show", "if true".
	for i := 0; i+1 < len(t); i++ {
		if t[i].Lower != "if" || !clsTruthWord.Has(t[i+1]) || i+2 < len(t) && t[i+2].Word {
			continue
		}
		d.hit(i, i+2, i, i+2)
	}
}

// claimOrRecord: a noun for a claim or for what could show one (a
// document, an exhibit), whose truth a condition can put in doubt: "if
// the allegations are true", "if the recording is authentic". A record
// of what is to come ("if the forecast is accurate") is no claim.
func (d *detector) claimOrRecord(h text.Token) bool {
	for _, c := range []*lexicon.Class{clsClaimNoun, clsAccusationNoun, clsDocumentNoun, clsExhibitNoun} {
		if c.Has(h) {
			return true
		}
	}
	return false
}

// notEstablished: a verb of establishing a fact (verify_verb) that the
// text says cannot be done or has not been done yet: with an ability
// modal and a negation ("could not be independently verified", "cannot
// confirm"), after "unable to", "impossible to", "not possible to",
// "not (been) able to", "no way to/of", "yet to", or a negated passive
// perfect ("has not been established"). Not a refusal ("declined to
// confirm", "did not confirm": only as the fixed phrases of
// unknown_phrase, unknown.go) nor an order ("must verify").
func (d *detector) notEstablished() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		h := t[g.Head]
		if h.Tag == postag.NN || h.Tag == postag.NNS {
			continue
		}
		if !clsVerifyVerb.Has(h) && !(clsJudgeVerb.Has(h) && (g.To >= len(t) || !t[g.To].Word || clsOpenQuestionWord.Has(t[g.To])) && !d.addressSubject(g)) {
			continue
		}
		from := g.From
		ok := false
		switch {
		case g.Neg >= 0 && g.Modal >= 0 && (t[g.Modal].Lemma == "can" || t[g.Modal].Lower == "could" || t[g.Modal].Lower == "can"):
			ok = true
		case h.Lemma == "know" && g.Passive:
			// "hasn't been known for": a reputation; "it is not known
			// whether" is unknown_phrase's (unknown.go).
		case g.Neg >= 0 && g.Passive && (d.perfect(g) || d.inGroup(g, "yet", "independently")):
			ok = true // "has not been established", "is not yet confirmed"
		case g.Neg >= 0 && d.perfect(g) && (d.inGroup(g, "independently", "yet") || h.Lemma == "verify" || h.Lemma == "corroborate" || h.Lemma == "authenticate"):
			ok = true // "NBC has not independently verified the video"
		case d.toBefore(from) >= 1:
			to := d.toBefore(from) // "to (independently) verify"
			p := t[to-1]
			switch {
			case clsInabilityWord.Has(p), to >= 2 && clsInabilityWord.Match(t, to-2) == to:
				ok = true // "hard to say", "too early to tell"
			case p.Lower == "able" && to >= 2 && (text.IsNegator(t[to-2].Lower) || to >= 3 && text.IsNegator(t[to-3].Lower)):
				ok = true // "not able to", "not been able to"
			case p.Lower == "possible" && to >= 2 && (text.IsNegator(t[to-2].Lower) || to >= 3 && text.IsNegator(t[to-3].Lower)):
				ok = true // "it is not possible to ascertain"
			case p.Lower == "way" && to >= 2 && t[to-2].Lower == "no":
				ok = true // "no way to know"
			}
			from = to
		case from >= 3 && t[from-1].Lower == "of" && t[from-2].Lower == "way" && t[from-3].Lower == "no" && h.Tag == postag.VBG:
			ok = true // "no way of knowing"
		}
		if !ok {
			continue
		}
		d.hit(max(0, from-2), d.wordsAfter(g.To, 3), max(0, from-2), g.To)
	}
}

// evidenceSubject: g's subject is findings or data (research_noun,
// record_noun: "the data", "the results", "a new study"), which can
// only point to a thing, never propose one.
func (d *detector) evidenceSubject(g text.VerbGroup) bool {
	s := d.s
	c := s.Clauses[s.ClauseAt(g.Head)]
	if c.Subject < 0 || s.Chunks[c.Subject].To > g.From {
		return false
	}
	h := s.Tokens[s.Chunks[c.Subject].Head]
	return clsResearchNoun.Has(h) || clsRecordNoun.Has(h)
}

// addressSubject: g's clause has the pronoun of anyone as its subject
// ("you can't tell what it came from").
func (d *detector) addressSubject(g text.VerbGroup) bool {
	c := d.s.Clauses[d.s.ClauseAt(g.Head)]
	return c.Subject >= 0 && clsAddressPronoun.Has(d.s.Tokens[d.s.Chunks[c.Subject].Head])
}

// unknownPredicate: a copula whose predicate says nobody knows its
// subject (unknown_predicate), over determiners, adverbs and a
// possessive: "how it started remains a mystery", "his return is still
// a question mark", "the outcome is anyone's guess". The entry must end
// its phrase: "a mystery novel" is a book.
func (d *detector) unknownPredicate() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if l := t[g.Head].Lemma; l != "be" && l != "remain" && l != "stay" || g.Neg >= 0 {
			continue // "was never in doubt" is no doubt
		}
		end := -1
		for k := g.To; k < len(t) && end < 0; k++ {
			if end = clsUnknownPredicate.Match(t, k); end >= 0 {
				break
			}
			switch {
			case text.IsNegator(t[k].Lower) || clsScantQuantifier.Has(t[k]):
				k = len(t) // "there is no doubt", "little doubt": no unknown
			case t[k].Tag == postag.RB || t[k].Tag == postag.DT || t[k].Tag == postag.PDT:
			case k+1 < len(t) && t[k+1].Tag == postag.POS:
				k++ // "anyone's"
			default:
				k = len(t)
			}
		}
		if end < 0 || end < len(t) && (t[end].Tag == postag.NN || t[end].Tag == postag.NNS) {
			continue
		}
		if c := s.Clauses[s.ClauseAt(g.Head)]; c.Subject >= 0 && s.Chunks[c.Subject].To == g.From {
			if h := t[s.Chunks[c.Subject].Head]; h.Tag == postag.PRP && h.Lower != "it" || clsPersonNoun.Has(h) {
				continue // "he was up in the air", "she is a mystery to me": a person, not an unknown
			}
		}
		d.hit(g.From, end, g.From, end)
	}
}

// toBefore returns the index of "to" before the group starting at from,
// over adverbs ("to independently verify"), or -1.
func (d *detector) toBefore(from int) int {
	t := d.s.Tokens
	k := from - 1
	for k >= 0 && t[k].Tag == postag.RB {
		k--
	}
	if k >= 0 && t[k].Lower == "to" {
		return k
	}
	return -1
}

// inGroup: one of the words stands inside the group.
func (d *detector) inGroup(g text.VerbGroup, words ...string) bool {
	for k := g.From; k < g.To; k++ {
		for _, w := range words {
			if d.s.Tokens[k].Lower == w {
				return true
			}
		}
	}
	return false
}

// perfect: the group holds "have" before its participle ("has not been
// confirmed").
func (d *detector) perfect(g text.VerbGroup) bool {
	for k := g.From; k < g.Head; k++ {
		if d.s.Tokens[k].Lemma == "have" {
			return true
		}
	}
	return false
}

// seeming: a verb of seeming with an interpretation after it: an
// infinitive ("appears to have fled"), "like", "as if" or "as though"
// with a clause ("looks like it is ending"), or "set"/"poised" to. Not
// a look at something ("looked at the file") or a likeness of a thing
// ("looks like a cat": no verb follows).
func (d *detector) seeming() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if !clsAppearVerb.Has(t[g.Head]) || d.quoted(g.Head) && !d.spoken(s.ClauseAt(g.Head), g.Head) {
			continue
		}
		k := g.To
		if k+1 >= len(t) {
			continue
		}
		if t[g.Head].Lemma == "look" && d.whatItLooksLike(g) {
			continue
		}
		end := -1
		if clsSeemAlways.Has(t[g.Head]) && !clsSeemPlain.Has(t[k]) {
			end = k // "he seems a rank partisan", "seemed changed by it": seeming is a view
		}
		look := t[g.Head].Lemma == "look"
		switch w := t[k].Lower; {
		case w == "to" && !look && (s.VerbAt(k+1) >= 0 || t[k+1].Tag == postag.VB):
			end = k + 2 // "appears to have", not "looking to do" (an aim)
		case (w == "set" || w == "poised") && t[k+1].Lower == "to":
			end = k + 2
		case clsSeemVerb.Has(t[g.Head]) && d.adjectiveAt(k) > 0:
			end = d.adjectiveAt(k) // "they seem intent on", "it appeared rather unlikely"
		case clsSeemVerb.Has(t[g.Head]) && d.complementAt(g) >= 0:
			end = k + 1 // "it appears all the interventions are indirect"
		case w == "that" && clsSeemVerb.Has(t[g.Head]):
			end = k + 1 // "it appears that", "it seemed that"
		case w == "like" || w == "as" && (t[k+1].Lower == "if" || t[k+1].Lower == "though"):
			// A clause must follow before any mark: "looks like it is
			// ending", not "looks like a witch-hunt," he said.
			for j := k + 1; j < len(t) && j <= k+6 && t[j].Word; j++ {
				if v := s.VerbAt(j); v >= 0 && s.Verbs[v].Finite {
					end = j + 1
					break
				}
			}
		}
		if end < 0 {
			continue
		}
		d.hit(g.From, d.wordsAfter(end, 2), g.Head, min(end, k+2))
	}
}

// implied: a verb of implying with a clause after it ("the data suggest
// the leak began earlier", "records indicate that he left") or "at" and
// what it implies ("the results hint at a link"). Not a
// proposal, whose clause has a bare verb or "should" ("suggested that
// the mayor resign"), nor one only supposed ("would indicate that").
func (d *detector) implied() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if !clsImplyVerb.Has(t[g.Head]) && !clsSupposeVerb.Has(t[g.Head]) || d.unreal(g) || g.Modal >= 0 || g.To >= len(t) {
			continue
		}
		c := d.complementAt(g)
		if c < 0 && t[g.To].Lower == "at" && g.To+1 < len(t) && s.ChunkAt(g.To+1) >= 0 {
			d.hit(g.From, d.wordsAfter(g.To, 3), g.Head, g.To+1) // "the results hint at a link"
			continue
		}
		if c < 0 && clsSupposeVerb.Has(t[g.Head]) && (d.extractedSubject(g) || d.toBeAfter(g)) {
			d.hit(g.From, d.wordsAfter(g.To, 3), g.Head, g.To+1) // "what I assume was a police officer", "which we presume to be accurate"
			continue
		}
		if c < 0 && d.evidenceSubject(g) && g.To < len(t) && s.ChunkAt(g.To) >= 0 {
			d.hit(g.From, d.wordsAfter(g.To, 3), g.Head, g.To) // "the data suggest a link": an interpretation of findings
			continue
		}
		if c < 0 || s.Clauses[c].Verb < 0 {
			continue // "suggested a lane change": a proposal of a thing
		}
		if d.saidByParty(g) {
			continue
		}
		v := s.Verbs[s.Clauses[c].Verb]
		if t[v.From].Tag == postag.VB || v.Modal >= 0 && clsModalProposal.Has(t[v.Modal]) {
			continue // "that Beijing resume buying", "that they should meet"
		}
		d.hit(g.From, d.wordsAfter(g.To, 3), g.Head, g.To)
	}
}

// fitsEvidence: findings or data (research_noun, record_noun) said to
// be consistent with something ("the findings were consistent with a
// rare lung disease"): an interpretation, as "the data suggest" is. The
// evidential_predicate must be the predicate of the clause's "be".
func (d *detector) fitsEvidence() {
	s := d.s
	t := s.Tokens
	for i := range t {
		e := clsEvidentialPredicate.Match(t, i)
		if e < 0 {
			continue
		}
		c := s.Clauses[s.ClauseAt(i)]
		if c.Verb < 0 || c.Neg >= 0 || d.predicate(s.Verbs[c.Verb]) != i {
			continue // "not consistent with" rules a reading out
		}
		if g := s.Verbs[c.Verb]; !d.evidenceSubject(g) || d.unreal(g) {
			continue
		}
		from := s.Verbs[c.Verb].From
		if c.Subject >= 0 {
			from = s.Chunks[c.Subject].From
		}
		d.hit(from, d.wordsAfter(e, 3), i, e)
	}
}

// extractedSubject: a finite verb follows the verb group g at once
// ("what I assume was a police officer", "the man who police presume
// drove the van"): the supposed clause's subject has moved before g
// (the parser opens no clause for it), so what follows is still a
// clause taken as so, not an object taken on.
func (d *detector) extractedSubject(g text.VerbGroup) bool {
	s := d.s
	if g.To >= len(s.Tokens) {
		return false
	}
	v := s.VerbAt(g.To)
	return v >= 0 && s.Verbs[v].From == g.To && s.Verbs[v].Finite
}

// toBeAfter: "to be" or a perfect "to have" follows the verb group g,
// at once or after a pronoun object ("which we presume to be accurate",
// "presumed him to have drowned"): the infinitive states what is taken
// as so. After a noun the verb takes a thing on and the infinitive is a
// purpose ("assumed office to have a say").
func (d *detector) toBeAfter(g text.VerbGroup) bool {
	t := d.s.Tokens
	k := g.To
	if k < len(t) && t[k].Tag == postag.PRP {
		k++
	}
	if k+2 >= len(t) || t[k].Lower != "to" {
		return false
	}
	return t[k+1].Lemma == "be" || t[k+1].Lemma == "have" && t[k+2].Tag == postag.VBN
}

// saidByParty: a verb of hinting with a person, a role, a named party
// or a body as its subject ("Mayer hinted that", "she has indicated that
// she will", "the chief executive hinted", "the fire service indicated")
// is a way of saying, not an inference from evidence; a verb of implying
// with no evidence at all as subject ("nothing indicated that") infers
// nothing. "suggest" and "imply" stay inferences whoever uses them, as
// the guide has it.
func (d *detector) saidByParty(g text.VerbGroup) bool {
	s := d.s
	t := s.Tokens
	if !clsHintVerb.Has(t[g.Head]) {
		return false
	}
	if g.From > 0 {
		// The parser may keep a clause coordinated after a comma in the
		// one before ("…, and nothing indicated that"): the negative
		// phrase right before the verb is still its subject.
		if ch := s.ChunkAt(g.From - 1); ch >= 0 && s.Chunks[ch].To == g.From && s.Chunks[ch].Neg {
			return true
		}
	}
	c := s.Clauses[s.ClauseAt(g.Head)]
	if c.Subject < 0 {
		return false
	}
	subj := s.Chunks[c.Subject]
	if subj.Neg {
		return true
	}
	h := t[subj.Head]
	return h.Tag == postag.NNP || h.Tag == postag.NNPS || h.Tag == postag.PRP && h.Lower != "it" ||
		clsPersonNoun.Has(h) || clsAnonPerson.Has(h) || clsSpokesNoun.Has(h) ||
		clsInstitutionNoun.Has(h) || clsBodyNoun.Has(h) || clsCompanyNoun.Has(h)
}

// adjectiveAt returns the end of an adjective at token k, over up to two
// adverbs of degree before it ("rather unlikely", "very much alive"), or
// -1 for none or a plain impression (seem_plain: "fine", "happy").
func (d *detector) adjectiveAt(k int) int {
	t := d.s.Tokens
	for j := k; j < len(t) && j <= k+2; j++ {
		switch t[j].Tag {
		case postag.JJ:
			if clsSeemPlain.Has(t[j]) {
				return -1
			}
			return j + 1
		case postag.RB:
		default:
			return -1
		}
	}
	return -1
}

// complementAt returns the clause that group g reports or infers: a
// that-clause or a zero complement opening within a few words after it
// ("suggested the man linked to the ministry is …"), or -1.
func (d *detector) complementAt(g text.VerbGroup) int {
	s := d.s
	own := s.ClauseAt(g.Head)
	if g.To+1 < len(s.Tokens) && clsComplementizer.Has(s.Tokens[g.To]) {
		return s.ClauseAt(g.To + 1) // "suggests that whatever Apple did is working"
	}
	for c := own + 1; c < len(s.Clauses) && s.Clauses[c].From <= g.To+8; c++ {
		if k := s.Clauses[c].Kind; (k == text.Complement || k == text.NounComplement) && s.Clauses[c].Parent == own {
			if s.Clauses[own].Kind == text.Adverbial && s.Clauses[c].From > g.To && d.commaIn(g.To, s.Clauses[c].From) {
				return -1 // "When he assumed the presidency in 1987, he became …", "If a change is suggested, three-quarters of members must …": the main clause after the adverbial one, not what it assumed
			}
			if d.verbIn(g, g.To, s.Clauses[c].From) {
				return -1 // "suggested a public option and claimed nobody lost …": the clause is the later verb's
			}
			return c
		}
	}
	return -1
}

// commaIn: a comma stands in tokens [from, to).
func (d *detector) commaIn(from, to int) bool {
	for k := from; k < to; k++ {
		if d.s.Tokens[k].Lower == "," {
			return true
		}
	}
	return false
}

// verbIn: a finite verb group other than g starts in tokens [from,
// to) ("and claimed"): a clause after it is that verb's to take. A
// participle there modifies the object ("suggested the individual
// linked to the ministry is …") and leaves the clause g's.
func (d *detector) verbIn(g text.VerbGroup, from, to int) bool {
	s := d.s
	for k := from; k < to; k++ {
		if v := s.VerbAt(k); v >= 0 && s.Verbs[v].From == k && s.Verbs[v].Head != g.Head && s.Verbs[v].Finite {
			return true
		}
	}
	return false
}

// whatItLooksLike: "what the structure looks like": the verb describes
// an appearance asked about, no hedge ("what appears to be guilt" is
// one).
func (d *detector) whatItLooksLike(g text.VerbGroup) bool {
	t := d.s.Tokens
	for j := g.From - 1; j >= 0 && j >= g.From-8 && t[j].Lower != ","; j-- {
		if t[j].Lower == "what" || t[j].Lower == "how" {
			return true
		}
	}
	return false
}

// raisedQuestion: a fact raising an open question or a doubt about
// something ("raising questions about the delay", "cast doubt on the
// figures"), or questions that "remain". Not about a person's quality
// (quality_noun: "questions about his judgment"), a judgement.
func (d *detector) raisedQuestion() {
	s := d.s
	t := s.Tokens
	for i := 1; i+1 < len(t); i++ {
		if !clsQuestionNoun.Has(t[i]) || t[i].Lower == "question" {
			continue // "a question about": one asked, not one a fact raises
		}
		switch t[i+1].Lower {
		case "about", "over", "whether", "on", "as":
		default:
			continue
		}
		p := i - 1
		if t[p].Tag == postag.JJ || t[p].Tag == postag.DT && t[p].Lower != "no" {
			p-- // "raised serious questions", "cast some doubt"
		}
		v := -1
		if p >= 0 {
			v = s.VerbAt(p)
		}
		if v < 0 || s.Verbs[v].To != p+1 || !clsRaiseVerb.Has(t[s.Verbs[v].Head]) || s.Verbs[v].Neg >= 0 {
			continue
		}
		if ch := s.ChunkAt(i + 2); i+2 < len(t) && ch >= 0 && clsQualityNoun.Has(t[s.Chunks[ch].Head]) {
			continue // "raised questions about his judgment": a judgement of the person, no open fact
		}
		d.hit(s.Verbs[v].From, d.wordsAfter(i+2, 3), s.Verbs[v].Head, i+2)
	}
}

// reasonToSuspect: "reason to suspect", "every reason to doubt": the
// fact that follows is suspected, not established (the guide's "has
// reason to believe"); "no reason to doubt" is not.
func (d *detector) reasonToSuspect() {
	t := d.s.Tokens
	for i := 1; i+2 < len(t); i++ {
		if !clsReasonNoun.Has(t[i]) || t[i+1].Lower != "to" || !clsSuspectVerb.Has(t[i+2]) {
			continue
		}
		if p := t[i-1].Lower; p == "no" || p == "little" {
			continue
		}
		d.hit(i, d.wordsAfter(i+3, 3), i, i+3)
	}
}

// scantEvidence: "there is no evidence that", "little public evidence
// of", "no proof linking": what the sentence reports is not
// established. A noun of evidence with a negative or scant quantifier,
// followed by what it would show (a that-clause, "of", "for", "to
// suggest", a participle). Not when a party under a claim says it
// (that is its denial, deny.not_true), nor when the lack is itself
// negated ("not without evidence").
func (d *detector) scantEvidence() {
	s := d.s
	t := s.Tokens
	ev, scant := clsScantEvidence, clsScantQuantifier
	for ci := range s.Chunks {
		c := s.Chunks[ci]
		if !ev.Has(t[c.Head]) || c.To >= len(t) {
			continue
		}
		q := -1
		for k := c.From; k < c.Head; k++ {
			if scant.Has(t[k]) || c.Neg && text.IsNegator(t[k].Lower) {
				q = k
				break
			}
		}
		if q < 0 && c.From > 0 && (t[c.From-1].Lower == "no" || t[c.From-1].Lower == "little") {
			q = c.From - 1
		}
		if q < 0 {
			continue
		}
		switch nx := t[c.To]; {
		case nx.Lower == "that" || nx.Lower == "of" || nx.Lower == "for" || nx.Lower == "to" || nx.Tag == postag.VBG:
		case d.clauseOpensAt(c.To): // "there is no evidence the drug works"
		case d.offeredObject(c): // "the websites have offered no evidence"
		default:
			continue
		}
		ci := s.ClauseAt(c.Head)
		if d.ctx.Parties.Known() && d.accusedSpeaks(ci, c.Head) {
			continue
		}
		d.hit(q, d.wordsAfter(c.To+1, 3), q, c.To)
	}
}

// clauseOpensAt: a complement clause with a verb of its own opens at
// token i, with no "that" before it.
func (d *detector) clauseOpensAt(i int) bool {
	s := d.s
	c := s.ClauseAt(i)
	return c > 0 && s.Clauses[c].From == i && s.Clauses[c].Verb >= 0 &&
		(s.Clauses[c].Kind == text.Complement || s.Clauses[c].Kind == text.NounComplement)
}

// offeredObject: chunk c is the object of a verb of giving evidence
// ("have offered no evidence", "provided little proof"): the claim the
// evidence was asked for is left unsupported, whatever follows.
func (d *detector) offeredObject(c text.Chunk) bool {
	s := d.s
	if c.From == 0 {
		return false
	}
	g := s.VerbAt(c.From - 1)
	return g >= 0 && s.Verbs[g].To == c.From && !s.Verbs[g].Passive && clsEvidenceOfferVerb.Has(s.Tokens[s.Verbs[g].Head])
}

// estimatedFigure: "the estimated $10 billion", "an estimated 40,000
// people": a participle of estimate_verb after a determiner and before
// a number.
func (d *detector) estimatedFigure() {
	t := d.s.Tokens
	est := clsEstimateVerb
	for i := 1; i+1 < len(t); i++ {
		if !est.Has(t[i]) || t[i].Tag != postag.VBN && t[i].Tag != postag.JJ && t[i].Tag != postag.VBD {
			continue
		}
		if p := t[i-1].Tag; p != postag.DT && p != postag.PRPS {
			continue
		}
		j := i + 1
		// "an estimated additional 200", "an estimated one-to-two hundred
		// people": a word or two of degree or range before the figure.
		for n := 0; n < 2 && j+1 < len(t) && (t[j].Tag == postag.JJ || t[j].Tag == postag.RB || t[j].Tag == postag.NN && strings.Contains(t[j].Lower, "-")) && t[j+1].Tag != t[j].Tag; n++ {
			j++
		}
		if t[j].Tag == postag.Dollar && j+1 < len(t) {
			j++
		}
		if t[j].Tag == postag.CD {
			d.hit(i, j+1, i, i+1)
		}
	}
	d.estimateClause()
	d.estimateNoun()
}

// estimateNoun: an estimate someone gives, by its possessor with the
// figure after it, its subject after "of", a source it is cited by, or
// a verb that gives its figure ("their estimate ($6 million)",
// "differing estimates of her net worth", "by some estimates",
// "estimates suggest"): the figure is an estimate, not a count.
func (d *detector) estimateNoun() {
	s := d.s
	t := s.Tokens
	for _, c := range s.Chunks {
		h := t[c.Head]
		if (h.Tag != postag.NN && h.Tag != postag.NNS) || !clsEstimateVerb.Has(h) {
			continue
		}
		owned := c.Head > c.From && (t[c.Head-1].Tag == postag.PRPS || t[c.Head-1].Tag == postag.POS) && d.figureWithin(c.To, 4)
		// "by some estimates", "according to (police) estimates": the
		// source word right before, or before one word the tagger left out.
		cited := d.endsAt(clsEstimateSource, c.From) || c.From > 0 && t[c.From-1].Word && t[c.From-1].Tag != postag.DT && d.endsAt(clsEstimateSource, c.From-1)
		shows := c.To < len(t) && clsEstimateShowVerb.Has(t[c.To]) // "official estimates put the toll at"
		// "estimates by event organizers indicate roughly one million",
		// "some estimates by the Red Cross ranging from 45%": the estimate's
		// author after "by" or "from", then its figure or a verb giving it.
		if by := d.authorAfter(c.To); by >= 0 && (d.figureWithin(by, 4) || by < len(t) && clsEstimateShowVerb.Has(t[by])) {
			shows = true
		}
		if !owned && !cited && !shows && !(c.To < len(t) && t[c.To].Lower == "of") {
			continue // "revised its estimate on Monday" gives none
		}
		d.hit(c.From, d.wordsAfter(c.To, 3), c.Head, c.Head+1)
	}
}

// authorAfter: "by" or "from" at i and a noun phrase after it (the
// author of an estimate): the token after that phrase, or -1.
func (d *detector) authorAfter(i int) int {
	s := d.s
	if i+1 >= len(s.Tokens) || s.Tokens[i].Lower != "by" && s.Tokens[i].Lower != "from" {
		return -1
	}
	ch := s.ChunkAt(i + 1)
	if ch < 0 || s.Chunks[ch].From != i+1 {
		return -1
	}
	return s.Chunks[ch].To
}

// estimateClause: the verb with what is estimated after it: a clause
// ("advocates estimate several dozen are at risk", "estimates that"), a
// quantity ("estimate 2,000", "estimated about 40"), or, in the passive,
// "at", "to" or "that" ("is estimated at 40,000"). An estimate merely
// expected or planned ("will estimate the cost") is not one yet.
func (d *detector) estimateClause() {
	s := d.s
	t := s.Tokens
	est := clsEstimateVerb
	for _, g := range s.Verbs {
		if !est.Has(t[g.Head]) || g.Neg >= 0 || d.unreal(g) || g.Modal >= 0 || g.To >= len(t) {
			continue
		}
		if g.From > 0 && (t[g.From-1].Tag == postag.DT || t[g.From-1].Tag == postag.PRPS) {
			continue // "the estimated arrival time": attributive (estimatedFigure reads figures)
		}
		after := g.To
		if ch := s.ChunkAt(after); ch >= 0 && s.Chunks[ch].From == after && d.hasClass(after, s.Chunks[ch].To, clsCalendarWord) && s.Chunks[ch].To < len(t) {
			after = s.Chunks[ch].To // "estimated this year that …"
		}
		n := t[after]
		ok := false
		switch {
		case g.Passive:
			ok = n.Lower == "at" || n.Lower == "to" || n.Lower == "that"
		case n.Lower == "that" || n.Tag == postag.CD || clsApproximator.Has(n):
			ok = true
		case d.reducedPassive(g):
			// "a toll estimated at 40", "the storm, estimated to have
			// cost $90 billion", "a rate estimated in the range 2-4":
			// the passive without its "be", after the noun it describes.
			ok = n.Lower == "at" || n.Lower == "to" || n.Lower == "in"
		default:
			c := s.ClauseAt(g.To)
			ok = s.Clauses[c].Kind == text.Complement && s.Clauses[c].From <= g.To+1 && c != s.ClauseAt(g.Head)
		}
		if ok {
			d.hit(g.From, d.wordsAfter(g.To+1, 3), g.Head, g.To)
		}
	}
}

// reducedPassive: group g is a bare past participle right after a noun
// or a comma ("the damage estimated at", "Maria, estimated to"), a
// relative clause with its "which is" left out.
func (d *detector) reducedPassive(g text.VerbGroup) bool {
	t := d.s.Tokens
	if g.From != g.Head || g.From == 0 || t[g.Head].Tag != postag.VBN {
		return false
	}
	switch t[g.From-1].Tag {
	case postag.NN, postag.NNS, postag.NNP, postag.NNPS, postag.CD:
		return true
	}
	return t[g.From-1].Lower == ","
}

// endsAt: an entry of class ends right before token i ("according to"
// before "estimates").
func (d *detector) endsAt(cl *lexicon.Class, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if cl.Match(d.s.Tokens[:i], k) == i {
			return true
		}
	}
	return false
}

// figureWithin: a number stands within n tokens from i ("their estimate
// ($6 million)").
func (d *detector) figureWithin(i, n int) bool {
	t := d.s.Tokens
	for k := i; k < len(t) && k < i+n; k++ {
		if t[k].Tag == postag.CD {
			return true
		}
	}
	return false
}

// quotedHeadline: a title that puts the claim itself in quotation marks
// ("Firm 'to cut 500 jobs'") distances itself from it; marks around a
// phrase with no verb ("PM backs 'fair deal'") do not.
func (d *detector) quotedHeadline() {
	if !d.ctx.Headline {
		return
	}
	s := d.s
	t := s.Tokens
	open := -1
	for i := range t {
		if !isQuoteMark(t[i].Lower) {
			continue
		}
		if open < 0 {
			if i == 0 || t[i-1].End < t[i].Start {
				open = i // an opening mark follows a space, unlike "Jones' car"
			}
			continue
		}
		// The title's own words stand before the marks ("Firm 'to cut
		// …'"): a line that is all quotation is a pull quote.
		// After a colon the marks quote a speaker ("Senator: 'Let him
		// work'"), not the claim.
		if open > 0 && t[0].Word && t[open-1].Lower != ":" && i-open > 2 && hasVerb(s, open+1, i) {
			d.hit(open, i+1, open, i+1)
		}
		open = -1
	}
}

func isQuoteMark(lower string) bool {
	switch lower {
	case "'", "\"", "‘", "’", "“", "”":
		return true
	}
	return false
}

// hasVerb: a verb group begins within tokens [from, to).
func hasVerb(s *text.Sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if v := s.VerbAt(k); v >= 0 && s.Verbs[v].From == k {
			return true
		}
	}
	return false
}
