package attribution

import (
	"strings"

	"github.com/caveat-reader/caveat/model/ledger"
	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/tokview"
)

// Attribution detection: who is the source of a sentence. A source
// mention is a noun phrase tied to a speech or view verb ("officials
// said", "said a source close to the probe", "critics say"), or to a frame
// that names an origin ("according to", "citing", "calls from",
// "discussion among"). Unnamed people, vague groups and unnamed media make
// anonymous_source flags; names, institutions and spokespeople make
// named_source flags; pronouns and "the official" refer back.

// nounPhrase is a source mention found around a head noun.
type nounPhrase struct {
	from, head, to int // tokens [from, to); head is the noun
	det            string
}

// partyNames and thatSpeech are lexicon classes the attribution rules
// read (model/lexicon/data).
var (
	partyNames = wordclasses.Default().Class("party_name")
	thatSpeech = wordclasses.Default().Class("that_speech")
)

// Detect finds every attribution in sentence sent.
func (d *Detector) Detect(sent int) {
	r := d.rangeOf(sent)
	// used marks tokens already part of an attribution (speech verbs tied
	// to a source, mentions), indexed by token; reused across sentences.
	if cap(d.used) < len(d.toks) {
		d.used = make([]bool, len(d.toks), 2*len(d.toks))
	}
	d.used = d.used[:len(d.toks)]
	clear(d.used[r.From:r.To])
	used := d.used
	// Most words are in none of the classes read below; one mask test
	// skips them. The first pass also notes the pronouns and named speech
	// verbs, in text order, for the two passes after it.
	const sourceClasses = 1<<tokview.SpokesNoun | 1<<tokview.MediaNoun | 1<<tokview.AnonPerson | 1<<tokview.AnonGroup | 1<<tokview.GroupPronoun
	const later = 1<<tokview.SubjectPronoun | 1<<tokview.NamedSpeechVerb
	d.pronouns, d.speechVerbs = d.pronouns[:0], d.speechVerbs[:0]
	for i := r.From; i < r.To; i++ {
		t := &d.toks[i]
		if !t.Word || t.Classes&(sourceClasses|later) == 0 {
			// A person noun of the structural rules' lexicon only
			// ("spectators") is as unlisted here as a word of no class.
			if t.Word && t.Classes&^(1<<tokview.SpeakerWord|1<<tokview.PersonWord) == 0 && d.unlistedRole(r, i) {
				d.roleNounSource(sent, r, i, used)
			}
			continue
		}
		if t.In(tokview.SubjectPronoun) {
			d.pronouns = append(d.pronouns, i)
		}
		if t.In(tokview.NamedSpeechVerb) {
			d.speechVerbs = append(d.speechVerbs, i)
		}
		switch {
		case t.In(tokview.SpokesNoun):
			d.spokesperson(sent, r, i, used)
		case t.In(tokview.MediaNoun):
			d.unnamedMedia(sent, r, i, used)
		case t.In(tokview.AnonPerson) || t.In(tokview.AnonGroup):
			d.unnamedSource(sent, r, i, used)
		case t.In(tokview.GroupPronoun):
			d.vaguePronoun(sent, r, i, used)
		}
	}
	for _, i := range d.pronouns {
		d.pronounSource(sent, r, i, used)
	}
	for _, i := range d.speechVerbs {
		if !used[i] {
			d.namedSource(sent, r, i, used)
		}
	}
}

// unnamedSource handles a person or group noun: "two people familiar
// with the matter said", "said a source close to the probe", "critics
// say", "calls from some lawmakers".
func (d *Detector) unnamedSource(sent int, r tokview.Range, i int, used []bool) {
	t := d.toks[i]
	next := d.word(i+1, r)
	// "analyst Mike Powell", "executive chair Marcelo Claure": the person
	// is named.
	for k := i + 1; k < r.To && k <= i+2 && d.toks[k].Word && !d.isSpeechVerb(d.toks[k].Norm) && !isNPStop(d.toks[k].Norm); k++ {
		if d.toks[k].Cap && !d.toks[k].Caps && !isWeekday(d.toks[k].Norm) {
			return
		}
	}
	// "Minister of Education Stefania Giannini", "Secretary of State": a
	// capitalised role before "of" and a capitalised word is the title of
	// an office, which names its one holder.
	if t.Cap && !IsPlural(t.Norm) && next == "of" && i+2 < r.To && d.toks[i+2].Cap {
		return
	}
	// "lead researcher and NASA planetary scientist Lucas Paganini said":
	// a bare singular role noun coordinated with a title before a name is
	// part of that person's description.
	if next == "and" && !IsPlural(t.Norm) && !IsDeterminer(d.word(i-1, r)) && !IsNumberWord(d.word(i-1, r)) {
		for k := i + 2; k < r.To && k <= i+6 && d.toks[k].Word && !d.isSpeechVerb(d.toks[k].Norm) && !isNPStop(d.toks[k].Norm); k++ {
			if d.toks[k].Cap && !d.toks[k].Caps {
				return
			}
		}
	}
	// "Ken Doctor", "says Doctor": a capitalised head noun inside a
	// sentence in ordinary case is a surname, not a description. In a
	// title-case headline ("Fire Officials Say …") its neighbours are
	// capitalised too.
	// An acronym head ("a Labour MP said") is no surname.
	if t.Cap && !t.Caps && !IsPlural(t.Norm) && i > r.From && !d.quoteStart(i) && d.toks[i-1].Norm != "(" && !(d.toks[i-1].Cap && i+1 < r.To && d.toks[i+1].Cap) {
		return
	}
	// Inside someone's quotation only cited sources count ("we confirmed
	// it with other sources"); "a person would be hard-pressed" is generic.
	if d.quoted(i) && t.Norm != "source" && t.Norm != "sources" {
		return
	}
	switch t.Norm {
	case "source", "sources":
		if next == "of" || isNonHumanSourceModifier(d.word(i-1, r)) {
			return
		}
	case "people", "person":
		if !d.licensedPeople(r, i) {
			return
		}
	}
	if ownedRoleNouns.Has(t.Norm) {
		if next == "for" || next == "of" || IsPossessiveWord(d.word(i-1, r)) || i > r.From && d.toks[i-1].Cap && !d.toks[i-1].Caps && !IsDeterminer(d.toks[i-1].Norm) {
			return // someone's lawyer or executive ("a Trump lawyer") speaks for them
		}
	}
	if acquaintanceNouns.Has(t.Norm) && IsPossessiveWord(d.word(i-1, r)) {
		return // "his opponent said": one person known by a relation to someone
	}
	// A role noun of neither class (roleNounSource) is a plural group.
	group := !t.In(tokview.AnonPerson) && IsPlural(t.Norm)
	if group && t.Cap && IsPlural(t.Norm) && partyNames.HasWord(singular(t.Norm)) && d.phraseAround(r, i).from == i {
		return // "Republicans say": a party named as a whole
	}
	if group && d.namedAffiliation(r, i) && !isCountedDeterminer(d.phraseAround(r, i).det) {
		return // "researchers at NASA": a named institution's people; "some members of Congress" are a vague part of it
	}
	np := d.phraseAround(r, i)
	if d.compoundModifier(r, np) {
		return
	}
	np = d.partitive(r, np)
	if d.ledByName(r, np) || d.ownedRole(r, np) || d.appositiveToName(r, np) {
		return
	}
	verb, inverted := d.attributionVerb(r, np)
	if verb < 0 && t.Norm == "sources" && (isCountedDeterminer(np.det) || anonymityAdjectives.Has(d.word(i-1, r))) {
		// "confirmed it with other sources": counted unnamed sources are
		// a source without a verb of their own.
		verb = i
	}
	if verb < 0 {
		return
	}
	if d.quoted(verb) && !d.quoted(i) {
		// Customers “began to say we want …,” Cook told …: the verb is
		// inside someone else's quotation, whose speaker is the source.
		return
	}
	if np.det == "both" {
		return // "both men": a known pair
	}
	if IsNumberWord(np.det) && isBackReferenceDet(d.word(np.from-1, r)) && !d.anonHead(singular(t.Norm)) && !isStockBackReference(t.Norm) {
		return // "the two companies": a pair the story has given, unless given as unnamed
	}
	if isBackReferenceDet(np.det) && !d.anonHead(singular(t.Norm)) {
		if !isStockBackReference(t.Norm) {
			return // "the researchers", "the analyst" refer back to someone not given as unnamed
		}
		if at, ok := d.recentNamedPerson(sent, IsPlural(t.Norm)); ok {
			// "Deputy Mayor Ana Ruiz said … The official added …": no
			// unnamed official was introduced, so "the official" is the
			// named person just quoted.
			d.recordAttribution(sent, r, np, verb, inverted, "named.source", true, at.Type, true, used)
			return
		}
	}
	rule := "anon.unnamed_person"
	typ := ledger.UnnamedPerson
	if group || IsPlural(t.Norm) && np.det != "the" && !IsNumberWord(np.det) && np.det != "a" {
		if group {
			rule, typ = "anon.vague_group", ledger.UnnamedGroup
		}
	}
	backRef := isBackReferenceDet(np.det)
	if backRef && !group {
		rule = "anon.back_reference"
	}
	d.recordAttribution(sent, r, np, verb, inverted, rule, false, typ, backRef, used)
	d.AddAnonHead(singular(t.Norm))
}

// compoundModifier: a bare singular role noun that modifies the noun after
// it ("investor sentiment suggests", "peer review found", "EU member
// states said", "analyst estimates suggest") or starts a title-case name
// ("Resident Evil fans say") is no person. An unnamed person has a
// determiner ("a trader", "one envoy"); a headline's bare "Official says"
// is followed by its verb.
func (d *Detector) compoundModifier(r tokview.Range, np nounPhrase) bool {
	i := np.head
	t := d.toks[i]
	if IsPlural(t.Norm) || t.Norm == "people" || np.det != "" || np.to != i+1 || i+1 >= r.To {
		return false
	}
	n := d.toks[i+1]
	if n.In(tokview.SpeechVerb) && i+2 < r.To && (d.toks[i+2].In(tokview.SpeechVerb) || isAuxiliary(d.toks[i+2].Norm)) {
		return true // "analyst estimates suggest", "member states said": the next word is a noun
	}
	if !n.Word || n.In(tokview.SpeechVerb) || n.In(tokview.BeForm) || isAuxiliary(n.Norm) || isNPStop(n.Norm) || strings.HasSuffix(n.Norm, "ly") {
		return false
	}
	if n.Cap {
		return t.Cap && !n.Caps // "Resident Evil"; "Labour MP" is handled as a name before
	}
	return true
}

// partitive extends "one of the Russian sources", "a group of lawmakers"
// over the quantity, so the phrase is the subject and not an object of
// "of".
func (d *Detector) partitive(r tokview.Range, np nounPhrase) nounPhrase {
	if d.word(np.from-1, r) != "of" {
		return np
	}
	q := d.word(np.from-2, r)
	if !IsDeterminer(q) && !isCollective(q) {
		return np
	}
	np.from -= 2
	if isCollective(q) && IsDeterminer(d.word(np.from-1, r)) {
		np.from--
	} else if isCollective(q) && np.from-2 >= r.From && IsDeterminer(d.word(np.from-2, r)) && d.toks[np.from-1].Word && !isNPStop(d.word(np.from-1, r)) {
		np.from -= 2 // "a bipartisan group of"
	}
	return np
}

// namedAffiliation: a group noun followed by "at", "from", "of" or "out of"
// and a capitalised name ("researchers at Harvard").
func (d *Detector) namedAffiliation(r tokview.Range, i int) bool {
	k := i + 1
	switch w := d.word(k, r); {
	case affiliationPrepositions.Has(w):
		k++
	case w == "out":
		if d.word(k+1, r) != "of" {
			return false
		}
		k += 2
	default:
		return false
	}
	if d.word(k, r) == "the" {
		k++
	}
	return k < r.To && d.toks[k].Word && d.toks[k].Cap && !d.toks[k].Caps
}

// licensedPeople: "people" and "person" are sources only when described
// ("people familiar with …", "a person briefed on …") or counted ("two
// people said"), or referred back to ("the person said").
func (d *Detector) licensedPeople(r tokview.Range, i int) bool {
	if peopleDescribers.Has(d.word(i+1, r)) {
		return true
	}
	// "people who have seen the report", "a person who attended the
	// meeting": described by what they know first hand.
	if d.word(i+1, r) == "who" {
		k := i + 2
		for k < r.To && k < i+4 && isAuxiliary(d.toks[k].Norm) {
			k++
		}
		if k < r.To && d.toks[k].In(tokview.KnowledgeVerb) {
			return true
		}
	}
	// Counted or referred-back people must speak at once: "two people
	// said", "the person added"; "people who reported using …" are not
	// sources.
	p := d.word(i-1, r)
	counted := IsNumberWord(p) || peopleCounters.Has(p)
	if !counted {
		return false
	}
	if peopleFrameWords.Has(d.word(i-2, r)) { // "said one person, who …", "according to two people"
		return true
	}
	k := i + 1
	for k < r.To && isAuxiliary(d.toks[k].Norm) {
		k++
	}
	return k < r.To && d.toks[k].In(tokview.SpeechVerb)
}

// vaguePronoun: "many have called on …", "others credit him", "which some
// see as …": an indefinite pronoun as the holder of a view.
func (d *Detector) vaguePronoun(sent int, r tokview.Range, i int, used []bool) {
	if d.quoted(i) {
		return
	}
	// As a subject the pronoun starts a clause: sentence start, after a
	// comma or a conjunction ("while many consider", "which some see").
	if p := i - 1; p >= r.From && d.toks[p].Word && !isClauseStart(d.toks[p].Norm) {
		return
	}
	if d.word(i-1, r) == "and" && i-2 >= r.From && (d.toks[i-2].Cap || isPronoun(d.toks[i-2].Norm)) {
		return // "He and others questioned …": a group with a known member
	}
	k := i + 1
	// "many in the party believe", "some on Wall Street say": a short
	// phrase placing the group before its verb.
	if placingPrepositions.Has(d.word(k, r)) {
		for j := k + 1; j < r.To && j <= k+4 && d.toks[j].Word; j++ {
			if d.toks[j].In(tokview.SpeechVerb) {
				k = j
				break
			}
		}
	}
	for k < r.To && isAuxiliary(d.toks[k].Norm) {
		k++
	}
	if k < r.To && d.linkingAt(k) {
		if v := d.viewAfterBe(r, k); v >= 0 {
			k = v // "many are worried that …", "many remain sceptical"
		}
	}
	if k >= r.To || !(d.toks[k].In(tokview.SpeechVerb) && d.verbUse(r, k) || d.toks[k].In(tokview.ViewAdjective)) {
		return
	}
	if pronounNounHomographs.Has(d.toks[k].Norm) {
		// "some credit card debt": a noun, unless a person follows.
		if n := k + 1; n >= r.To || !(d.toks[n].Cap || personObjectWords.Has(d.toks[n].Norm)) {
			return
		}
	}
	np := nounPhrase{from: i, head: i, to: i + 1}
	d.recordAttribution(sent, r, np, k, false, "anon.vague_group", false, ledger.UnnamedGroup, false, used)
}

// unnamedMedia: "media reports said", "reports claim", "according to
// local media". Media quoting a named person ("other media quoted X as
// saying") are not anonymous, and "the report" refers to a named one.
func (d *Detector) unnamedMedia(sent int, r tokview.Range, i int, used []bool) {
	t := d.toks[i]
	prev := d.word(i-1, r)
	if t.Norm == "reports" || t.Norm == "press" {
		if p := i - 1; p >= r.From && d.toks[p].Word && (d.toks[p].Cap && p > r.From || isPronoun(prev)) {
			return // "CBS reports", "he reports": a verb
		}
		if mediaBackDeterminers.Has(prev) {
			return
		}
	}
	if d.namedBroadcaster(r, i) {
		return
	}
	np := d.phraseAround(r, i)
	if d.namedAfter(r, np.to) || d.namedAfter(r, i+1) {
		return // "reports received by Amnesty", "reports from The Wrap": a named source
	}
	if reportReceiptVerbs.Has(d.word(np.to, r)) {
		k := np.to + 2 // past "by"
		if k < r.To && definiteWords.HasWord(d.toks[k].Norm) {
			k++ // "published by the Interior Ministry"
		}
		if d.word(np.to+1, r) == "by" && k < r.To && d.toks[k].Cap {
			return
		}
	}
	if d.precededByAccordingTo(r, np.from) {
		d.recordAttribution(sent, r, np, np.from-1, true, "anon.unnamed_media", false, ledger.UnnamedMedia, false, used)
		return
	}
	k := i + 1
	for k < r.To && (d.toks[k].In(tokview.MediaNoun) || isAuxiliary(d.toks[k].Norm)) {
		k++
	}
	if k < r.To && d.toks[k].In(tokview.MediaVerb) && !used[k] {
		np.to = i + 1
		d.recordAttribution(sent, r, np, k, false, "anon.unnamed_media", false, ledger.UnnamedMedia, false, used)
	}
}

// namedAfter: "by", "from" or "in" and a capitalised word stand at
// token k: the report is a named outlet's or body's.
func (d *Detector) namedAfter(r tokview.Range, k int) bool {
	n := d.word(k, r)
	return namedOriginPrepositions.Has(n) && k+1 < r.To && d.toks[k+1].Cap
}

// namedBroadcaster: "Al Jazeera television", "Army Radio", "Channel 12
// TV" name an outlet; "state television", "Israeli television" and
// "local radio" do not. A capitalised word before a broadcast noun is a
// name unless it is a nationality ("Iranian", "Chinese", "British").
func (d *Detector) namedBroadcaster(r tokview.Range, i int) bool {
	t := d.toks[i]
	if !broadcastNouns.Has(t.Norm) {
		return false
	}
	if t.Cap && !t.Caps && i > r.From && !(d.toks[i-1].Cap && i+1 < r.To && d.toks[i+1].Cap) {
		return true // "Army Radio", "Sky Television" mid-sentence
	}
	if t.Cap && i+1 < r.To && d.toks[i+1].Cap && !d.toks[i+1].In(tokview.MediaVerb) {
		return true // "Radio Free Europe reported"
	}
	p := i - 1
	if p < r.From || !d.toks[p].Word {
		return false
	}
	w := d.toks[p].Norm
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true // "Channel 12 television"
	}
	return d.toks[p].Cap && p > r.From && !isDemonym(w)
}

// phraseAround extends the head noun left over its modifiers and
// determiner ("two", "a senior", "U.S. law enforcement and security")
// and right over what describes it ("familiar with the matter", "close to
// the probe").
func (d *Detector) phraseAround(r tokview.Range, head int) nounPhrase {
	np := nounPhrase{from: head, head: head, to: head + 1}
	for k := head - 1; k >= r.From && k >= head-6; k-- {
		t := d.toks[k]
		if !t.Word {
			if t.Norm == "-" || t.Norm == "&" || d.acronymDot(k) {
				np.from = k
				continue
			}
			break
		}
		if IsDeterminer(t.Norm) {
			np.from, np.det = k, t.Norm
			break
		}
		if isNPStop(t.Norm) || t.In(tokview.SpeechVerb) || isPastParticiple(t) {
			break
		}
		np.from = k
	}
	// Post-modifiers: "familiar with the matter", "briefed on the talks",
	// "close to the probe", "with knowledge of the discussions".
	k := head + 1
	if sourcePostmodifiers.Has(d.word(k, r)) {
		for k < r.To && (d.toks[k].Word || d.acronymDot(k)) && k < head+9 && !d.toks[k].In(tokview.SpeechVerb) {
			k++
		}
		np.to = k
	}
	return np
}

// acronymDot: token k is the final period of a dotted abbreviation
// ("U.S.", "U.N."), which tokenisation leaves outside the word ("u.s",
// "."): part of the phrase, not the end of a sentence or clause.
func (d *Detector) acronymDot(k int) bool {
	if k <= 0 || k >= len(d.toks) || d.toks[k].Norm != "." {
		return false
	}
	p := &d.toks[k-1]
	return p.Word && p.End == d.toks[k].Start && strings.IndexByte(p.Norm, '.') >= 0
}

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
	if IsDeterminer(p) && p != "many" && p != "some" || IsPossessiveWord(p) {
		return false
	}
	if n := d.word(k+1, r); n == "by" {
		return false // "the breakdown revealed by …": a participle
	}
	if thatSpeech.HasWord(d.toks[k].Norm) {
		// "critics charged that …" reports a view; "aides charged in the
		// probe" and "charged with fraud" do not.
		n := d.word(k+1, r)
		return n == "that" || n == ":" || n == tokview.QuoteOpen || n == tokview.QuoteStraight
	}
	switch d.toks[k].Norm {
	case "reported", "report", "reports":
		if n := d.word(k+1, r); n == "for" || n == "to" {
			return false // "reported for duty"
		}
	case "see", "sees", "saw", "view", "views":
		return d.hasWithin(r, k+1, 8, "as")
	case "think", "thinks":
		if thinkNonviewWords.Has(d.word(k+1, r)) {
			return false // "don't think to ask": no view held
		}
	case "responded", "responds", "respond":
		if n := d.word(k+1, r); n == "with" || n == "by" {
			// "protesters responded with violence": an act, unless
			// the response is words ("responded with a statement").
			return d.hasClassWithin(r, k+2, 3, responseNouns)
		}
	case "put", "puts":
		// "rights groups put the toll at more than 40": a figure given,
		// not "put pressure on".
		for j := k + 1; j < r.To && j < k+8; j++ {
			if d.toks[j].Norm == "at" {
				n := d.word(j+1, r)
				return n == "$" || IsNumberWord(n) || figureOpeners.Has(n)
			}
		}
		return false
	case "expect", "expects", "expected":
		// "users rightly expect to pick up a Mac": the group's own
		// intention, not a view it offers ("analysts expect the bank to").
		return d.word(k+1, r) != "to"
	case "want", "wants", "wanted":
		// "friends wanted some say in …", "want a role": a stake sought
		// for oneself, not a view offered.
		if n := d.word(k+1, r); IsDeterminer(n) || n == "more" || n == "no" {
			if stakeNouns.Has(d.word(k+2, r)) {
				return false
			}
		}
	case "say":
		// "wanted some say in …", "have a say": the noun, a stake sought.
		if stakeDeterminers.Has(p) && stakeVerbs.Has(d.word(k-2, r)) {
			return false
		}
	case "consider", "considers", "considered":
		return d.hasClassWithin(r, k+1, 6, considerComplements)
	case "call", "calls", "called":
		return callComplements.Has(d.word(k+1, r))
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
	case n == "to" && d.word(k-1, r) == "according":
		return k - 1
	case n == "from" && d.in(tokview.FromFrame, d.word(k-1, r)):
		return k - 1
	case n == "among" && d.in(tokview.AmongFrame, d.word(k-1, r)):
		return k - 1
	case n == "by" && agentFrameVerbs.Has(d.word(k-1, r)):
		return k - 1
	}
	return -1
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

func (d *Detector) precededByAccordingTo(r tokview.Range, from int) bool {
	return d.word(from-1, r) == "to" && d.word(from-2, r) == "according"
}

// ledByName: "Trump and his allies deny" is a group headed by a named
// person, not a vague group.
func (d *Detector) ledByName(r tokview.Range, np nounPhrase) bool {
	for p := max(np.from, r.From); p < np.head; p++ {
		if w := d.word(p, r); w != "its" && possessiveDeterminers.Has(w) {
			if d.word(p-1, r) == "and" && p-2 >= r.From && d.toks[p-2].Cap {
				return true
			}
		}
	}
	return false
}

// ownedRole: a single person identified by a unique relation to someone
// named or already in the story ("Apple's chief executive", "its chief
// financial officer", "the company's lawyer") is identified, not
// anonymous. "A White House official" has no owner, and "Trump's
// advisers" are a group of whom no one is named.
func (d *Detector) ownedRole(r tokview.Range, np nounPhrase) bool {
	if IsPlural(d.toks[np.head].Norm) || isCountedDeterminer(np.det) || IsSingleIndefinite(np.det) {
		return false
	}
	for p := max(np.from, r.From); p < np.head; p++ {
		if t := d.toks[p]; t.Word && IsPossessiveWord(t.Norm) {
			return true
		}
	}
	return false
}

// appositiveToName: the unnamed-looking phrase sits beside the person's
// name, so the person is named: "Omar Lamrani, a senior analyst at
// Stratfor, told …", "the chief executive, Maria Lopez, said …".
func (d *Detector) appositiveToName(r tokview.Range, np nounPhrase) bool {
	if IsPlural(d.toks[np.head].Norm) {
		return false
	}
	// The name before: "Name Surname, a senior analyst …".
	if p := np.from - 1; p > r.From && d.toks[p].Norm == "," && d.nameEndingAt(r, p-1) {
		return true
	}
	// The name after: "the chief executive, Maria Lopez, said", or at the
	// end of a longer appositive: "said another witness, former White
	// House adviser Fiona Hill."
	k := np.to
	// Over a short description first: "a lawmaker loyal to Keiko, Hector
	// Becerril, said".
	for k < r.To && k < np.to+5 && d.toks[k].Word && !d.toks[k].In(tokview.SpeechVerb) && !d.toks[k].In(tokview.BeForm) {
		k++
	}
	if d.word(k, r) != "," {
		return false
	}
	if d.nameStartingAt(r, k+1) {
		return true
	}
	end := k + 1
	for end < r.To && end < k+10 && d.toks[end].Word && !d.toks[end].In(tokview.SpeechVerb) && !d.toks[end].In(tokview.BeForm) {
		end++
	}
	return end < r.To && !d.toks[end].Word && d.toks[end].Norm != "'s" && end-(k+1) >= 2 && d.nameEndingAt(r, end-1)
}

// nameEndingAt: tokens ending at k are a person's name of two or more
// capitalised words ("Omar Lamrani"), not a place after a preposition
// ("In Kyiv").
func (d *Detector) nameEndingAt(r tokview.Range, k int) bool {
	n := 0
	for ; k >= r.From && d.toks[k].Word && d.toks[k].Cap && !d.toks[k].Caps; k-- {
		if isNPStop(d.toks[k].Norm) || d.sentenceStarter(d.toks[k].Norm) {
			return false
		}
		n++
	}
	if k >= r.From && d.toks[k].Word && isNPStop(d.toks[k].Norm) {
		return false // "according to John Smith, a …" is the same person, but "in New York, a …" is a place
	}
	return n >= 2
}

// nameStartingAt: two or more capitalised words from k, closed by a comma
// or followed by a speech verb ("Maria Lopez, said", "John Kirby said").
func (d *Detector) nameStartingAt(r tokview.Range, k int) bool {
	n := 0
	for ; k < r.To && d.toks[k].Word && d.toks[k].Cap && !d.toks[k].Caps && !isNPStop(d.toks[k].Norm); k++ {
		n++
	}
	return n >= 2 && k < r.To && (d.toks[k].Norm == "," || d.toks[k].In(tokview.SpeechVerb))
}

// recentNamedPerson returns the latest attribution to a named person in
// the three sentences before sent, of the given number.
func (d *Detector) recentNamedPerson(sent int, plural bool) (Found, bool) {
	for j := d.host.Attributions() - 1; d.lookBack(j); j-- {
		at := d.host.Attribution(j)
		if at.Sentence < sent-3 {
			break
		}
		if at.Sentence >= sent || !at.Named || at.Type != ledger.NamedPerson || at.Plural != plural {
			continue
		}
		return at, true
	}
	return Found{}, false
}

// recordAttribution stores the attribution and flags it: anonymous rules
// flag anonymous_source, named ones named_source. The span runs from the
// mention to its verb (or verb to mention when inverted).
func (d *Detector) recordAttribution(sent int, r tokview.Range, np nounPhrase, verb int, inverted bool, rule string, named bool, typ ledger.Type, backRef bool, used []bool) {
	used[verb] = true
	for k := np.from; k < np.to; k++ {
		used[k] = true
	}
	span := tokview.Range{From: np.from, To: max(np.to, verb+1)}
	if inverted {
		span = tokview.Range{From: min(verb, np.from), To: max(np.to, verb+1)}
	}
	// The rule test first: hasAnonymity scans the sentence, and a
	// sentence of many attributions would scan it once for each.
	if named && rule == "named.spokesperson" && d.hasAnonymity(r) {
		rule, named, typ = "anon.anonymity_granted", false, ledger.UnnamedPerson
		d.AddAnonHead(singular(d.toks[np.head].Norm)) // "the spokesperson" later is this one
	}
	d.host.AddAttribution(Found{
		Sentence: sent,
		Mention:  Span{Start: d.toks[np.from].Start, End: d.toks[np.to-1].End},
		Named:    named,
		Type:     typ,
		BackRef:  backRef,
		Plural:   IsPlural(d.toks[np.head].Norm),
	})
	d.host.AddFlag(rule, sent, span, tokview.Range{From: np.head, To: np.head + 1})
}

// hasAnonymity: the sentence says its source was granted anonymity.
func (d *Detector) hasAnonymity(r tokview.Range) bool {
	for k := r.From; k < r.To; k++ {
		switch w := d.toks[k].Norm; {
		case anonymityWords.Has(w):
			return true
		case identifyParticiples.Has(w):
			// "asked not to be named", "did not wish to be identified"
			if d.hasWithin(r, max(r.From, k-4), k-max(r.From, k-4), "not") {
				return true
			}
		}
	}
	return false
}
