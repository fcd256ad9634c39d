package attribution

import (
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
	const sourceClasses = 1<<tokview.SpokesNoun | 1<<tokview.MediaNoun | 1<<tokview.AnonPerson | 1<<tokview.AnonGroup | 1<<tokview.GroupPronoun | 1<<tokview.RelationNoun
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
		case t.In(tokview.RelationNoun) && d.introducedRelation(r, i):
			d.unnamedSource(sent, r, i, used)
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

// introducedRelation: a relation noun after an indefinite or a count
// ("one mother", "a father of three", "two sisters") names no one person
// the way "the victim's mother" does, so it is an unnamed source as a
// role noun would be.
func (d *Detector) introducedRelation(r tokview.Range, i int) bool {
	return d.introduced(r, d.phraseAround(r, i).from)
}
