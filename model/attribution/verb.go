package attribution

import (
	"strings"

	"github.com/caveat-reader/caveat/model/tokview"
)

// attributionVerb finds the speech or view verb tying the phrase to what
// the sentence says: after it ("officials said", "sources, speaking on
// condition of anonymity, said") or before it ("said a source",
// "according to two people", "calls from some lawmakers").
func (d *Detector) attributionVerb(r tokview.Range, np nounPhrase) (int, bool) {
	if v := d.frameBefore(r, np.from); v >= 0 {
		return v, true
	}
	if v := d.invertedVerb(r, np); v >= 0 {
		return v, true
	}
	if p := np.from - 1; p >= r.From && d.toks[p].Word && (d.toks[p].In(tokview.SpeechVerb) || isPastParticiple(d.toks[p])) {
		return -1, false // "told WeWork executives", "outraged local officials": an object
	}
	switch w := d.word(np.from-1, r); {
	case w == "with":
		// "with one of the sources claiming …": an absolute clause.
		if v := np.to; v < r.To && d.isSpeechVerb(d.toks[v].Norm) && strings.HasSuffix(d.toks[v].Norm, "ing") {
			return v, false
		}
		return -1, false
	case phraseObjectPrepositions.Has(w):
		return -1, false // the phrase is an object, not a source
	}
	k := np.to
	if k < r.To && k > np.head+1 && d.toks[k-1].In(tokview.SpeechVerb) {
		k--
	}
	for steps := 0; k < r.To && steps < 12; k, steps = k+1, steps+1 {
		t := d.toks[k]
		if d.acronymDot(k) {
			continue // "officials in the U.S. said"
		}
		if t.Norm == "and" && k+1 < r.To && d.toks[k+1].In(tokview.SubjectPronoun) {
			// "audience members shouted out questions and he replied": a
			// new clause with its own subject.
			return -1, false
		}
		if verbSearchStops.Has(t.Norm) {
			return -1, false
		}
		switch t.Norm {
		case ".", ";", ":", "?", "!":
			return -1, false
		case ",":
			// Skip a parenthetical ", speaking on condition of anonymity,".
			j := k + 1
			for j < r.To && j < k+14 && d.toks[j].Norm != "," {
				j++
			}
			if j >= r.To || d.toks[j].Norm != "," {
				return -1, false
			}
			v := j + 1
			for v < r.To && isAuxiliary(d.toks[v].Norm) {
				v++
			}
			if v < r.To && d.toks[v].In(tokview.SpeechVerb) {
				return v, false
			}
			return -1, false
		}
		if d.linkingAt(k) {
			if v := d.viewAfterBe(r, k); v >= 0 {
				return v, false // "officials are increasingly worried that …"
			}
		}
		if t.In(tokview.BeForm) && k+1 < r.To && !d.toks[k+1].In(tokview.SpeechVerb) && d.toks[k+1].Norm != "also" {
			return -1, false // "lawyers are demanding …": another verb
		}
		if t.Norm == "like" && d.word(k-1, r) == "would" {
			return k, false // "would like": a wish held by the group
		}
		if t.In(tokview.SpeechVerb) && d.verbUse(r, k) {
			if d.in(tokview.BeForm, d.word(k-1, r)) && !strings.HasSuffix(d.toks[k].Norm, "ing") {
				return -1, false // "have been accused of": the phrase is acted on; "are warning" speaks
			}
			return k, false
		}
	}
	return -1, false
}

// relativePronouns and complementizers ("that") open a relative
// clause, whose verb may end the sentence after its object ("a point
// that experts highlight").
var (
	relativePronouns = tokview.ClassSet("relative_pronoun")
	complementizers  = tokview.ClassSet("complementizer")
)

// linkingVerbs join a subject to its state as "be" does ("remain
// sceptical", "grew wary"): with a view adjective after them the
// subject holds a view.
var linkingVerbs = tokview.ClassSet("linking_verb")

// linkingAt: token k is a form of "be" or a linking verb.
func (d *Detector) linkingAt(k int) bool {
	return d.toks[k].In(tokview.BeForm) || linkingVerbs.Has(d.toks[k].Norm)
}

// viewAfterBe returns the state-of-mind adjective after the be-form at k
// ("are worried", "were increasingly concerned that"), -1 if none: the
// phrase before holds a view, as with a speech verb.
func (d *Detector) viewAfterBe(r tokview.Range, k int) int {
	j := k + 1
	for j < r.To && j < k+3 && d.toks[j].Word && (isModalAdverb(d.toks[j].Norm) || strings.HasSuffix(d.toks[j].Norm, "ly")) {
		j++
	}
	if j < r.To && d.toks[j].In(tokview.ViewAdjective) {
		return j
	}
	return -1
}

// verbUse tells a speech or view verb from the same word used otherwise:
// a noun after a determiner or number ("911 calls", "the claims"), and
// "see"/"view"/"call" that give no view ("allowed researchers to see how").
func (d *Detector) verbUse(r tokview.Range, k int) bool {
	p := d.word(k-1, r)
	if IsDeterminer(p) && !standaloneDeterminers.Has(p) || IsPossessiveWord(p) {
		return false
	}
	if n := d.word(k+1, r); n == "by" {
		return false // "the breakdown revealed by …": a participle
	}
	if d.endsBare(r, k) {
		return false // "get some doctor notes.": a noun, with nothing said
	}
	if d.nameVerb(r, k) {
		return false // "a member of the United States House": a name
	}
	if thatSpeech.HasWord(d.toks[k].Norm) {
		// "critics charged that …" reports a view; "aides charged in the
		// probe" and "charged with fraud" do not.
		n := d.word(k+1, r)
		return n == "that" || n == ":" || n == tokview.QuoteOpen || n == tokview.QuoteStraight
	}
	switch w := d.toks[k].Norm; {
	case reportForms.Has(w):
		if reportDutyPrepositions.Has(d.word(k+1, r)) {
			return false // "reported for duty"
		}
	case seeAsForms.Has(w):
		return d.hasWithin(r, k+1, 8, "as")
	case thinkForms.Has(w):
		if thinkNonviewWords.Has(d.word(k+1, r)) {
			return false // "don't think to ask": no view held
		}
	case respondForms.Has(w):
		if responseMannerPrepositions.Has(d.word(k+1, r)) {
			// "protesters responded with violence": an act, unless
			// the response is words ("responded with a statement").
			return d.hasClassWithin(r, k+2, 3, responseNouns)
		}
	case putFigureForms.Has(w):
		// "rights groups put the toll at more than 40": a figure given,
		// not "put pressure on".
		for j := k + 1; j < r.To && j < k+8; j++ {
			if d.toks[j].Norm == "at" {
				n := d.word(j+1, r)
				return n == "$" || IsNumberWord(n) || figureOpeners.Has(n)
			}
		}
		return false
	case expectForms.Has(w):
		// "users rightly expect to pick up a Mac": the group's own
		// intention, not a view it offers ("analysts expect the bank to").
		return d.word(k+1, r) != "to"
	case wantForms.Has(w):
		// "friends wanted some say in …", "want a role": a stake sought
		// for oneself, not a view offered.
		if n := d.word(k+1, r); IsDeterminer(n) || wantStakeOpeners.Has(n) {
			if stakeNouns.Has(d.word(k+2, r)) {
				return false
			}
		}
	case sayForms.Has(w):
		// "wanted some say in …", "have a say": the noun, a stake sought.
		if stakeDeterminers.Has(p) && stakeVerbs.Has(d.word(k-2, r)) {
			return false
		}
	case considerForms.Has(w):
		return d.hasClassWithin(r, k+1, 6, considerComplements)
	case callForms.Has(w):
		if d.word(k+1, r) == "the" && callPhoneObjects.Has(d.word(k+2, r)) {
			return false // "called the police": a phone call
		}
		return callComplements.Has(d.word(k+1, r))
	}
	return true
}

// nameVerb: the verb at k is capitalised after a capitalised word, in a
// sentence not in title case: it is part of a name ("the United States
// House"), where a title-case headline capitalises its verbs ("Fire
// Officials Say Blaze Was Set"). Title case is counted once a sentence.
func (d *Detector) nameVerb(r tokview.Range, k int) bool {
	if k == r.From || !d.toks[k].Cap || !d.toks[k-1].Cap {
		return false
	}
	if d.caseOf != r.From+1 {
		words, lower := 0, 0
		for j := r.From; j < r.To; j++ {
			if d.toks[j].Word {
				words++
				if !d.toks[j].Cap {
					lower++
				}
			}
		}
		d.caseOf, d.caseTitle = r.From+1, 3*lower < words
	}
	return !d.caseTitle
}

// endsBare: the verb at k ends its sentence and no quotation mark,
// comma, relative pronoun, "that" or question word stands before it, so
// nothing is said ("… and get some doctor notes."): a speech verb closes
// a sentence only after the words it reports ("“…,” the doctor notes.",
// "The plan failed, one analyst said.") or in a clause on what they say
// ("a risk that economists highlight.", "that is what the minister
// said."). Only a sentence's last word walks back over it.
func (d *Detector) endsBare(r tokview.Range, k int) bool {
	e := k + 1
	if e < r.To && !d.toks[e].Word && e+1 == r.To {
		e++ // the closing period
	}
	if e != r.To {
		return false
	}
	for j := r.From; j < k; j++ {
		if n := d.toks[j].Norm; n == "," || relativePronouns.Has(n) || complementizers.Has(n) || openQuestionWords.Has(n) || n == tokview.QuoteOpen || n == tokview.QuoteClose || n == tokview.QuoteStraight || n == "'" || n == "‘" || n == "’" {
			return false
		}
	}
	return true
}

// frameBefore returns the token of a frame that makes the phrase starting
// at from a source: a speech verb before it ("said a source"),
// "according to", "citing", "calls from", "discussion among". -1 if none.
func (d *Detector) frameBefore(r tokview.Range, from int) int {
	k := from - 1
	if k >= r.From && !d.toks[k].Word && d.toks[k].Norm != "," {
		k-- // an opening quotation mark: “three Russian sources …”
	}
	if k < r.From {
		return -1
	}
	switch n := d.toks[k].Norm; {
	case n == "citing" || n == "cited":
		return k
	case n == "quoted" || n == "quoting" || n == "quotes":
		// "the agency quoted a source in the defence industry as
		// saying …": the quoted phrase is the speaker.
		return k
	case invertingSpeechVerbs.Has(n):
		// "…, said a source close to the probe." inverts; in "said
		// lawmakers would act" the phrase starts the reported clause.
		return -1
	case d.precededByAccordingTo(r, k+1): // "according to" ends at k
		return k - 1
	case n == "from" && d.in(tokview.FromFrame, d.word(k-1, r)):
		return k - 1
	case n == "among" && d.in(tokview.AmongFrame, d.word(k-1, r)):
		return k - 1
	case n == "by" && agentFrameVerbs.Has(d.word(k-1, r)):
		return k - 1
	case (n == "to" || n == "with") && conversationVerbs.Has(d.word(k-1, r)) && d.introduced(r, from):
		return k - 1 // "the paper spoke to one mother", not "spoke to reporters"
	case interviewVerbs.Has(n) && d.introduced(r, from):
		return k // "Reuters interviewed three witnesses"
	}
	return -1
}

// introduced: the phrase at from opens on an indefinite or a count ("one
// mother", "three residents", "a nurse"), so it brings a person into the
// story rather than naming who listened.
func (d *Detector) introduced(r tokview.Range, from int) bool {
	w := d.word(from, r)
	return IsSingleIndefinite(w) || isCountedDeterminer(w)
}

// invertedVerb finds "said" before the phrase when the phrase ends the
// clause ("…, said a source close to the probe." / "said officials on
// Tuesday"), so the phrase is the speaker and not the reported subject.
func (d *Detector) invertedVerb(r tokview.Range, np nounPhrase) int {
	k := np.from - 1
	if w := d.word(k, r); w != "told" && !invertingSpeechVerbs.Has(w) {
		return -1
	}
	if d.word(k, r) == "told" {
		return -1 // "told two sources": the phrase is the listener
	}
	if np.to >= r.To || !d.toks[np.to].Word {
		return k
	}
	if invertedSourceFollowers.Has(d.word(np.to, r)) {
		return k
	}
	return -1
}

// precededByAccordingTo: "according to" (an according_word and its
// "to") ends right before token from, so what starts there is the source.
func (d *Detector) precededByAccordingTo(r tokview.Range, from int) bool {
	return d.word(from-1, r) == "to" && accordingWords.Has(d.word(from-2, r))
}

// maxFrameWords bounds the words of a report_frame entry.
const maxFrameWords = 3

// reportFramedAt returns the first token of the frame giving media as a
// source (report_frame: "according to", "based on") that ends right
// before token from, -1 if none.
func (d *Detector) reportFramedAt(r tokview.Range, from int) int {
	var words [maxFrameWords]string
	for n := 1; n <= maxFrameWords && from-n >= r.From; n++ {
		for k := 0; k < n; k++ {
			words[k] = d.toks[from-n+k].Norm
		}
		if reportFrames.MatchWords(words[:n]) == n {
			return from - n
		}
	}
	return -1
}
