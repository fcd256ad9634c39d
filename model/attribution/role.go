package attribution

import (
	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
	stream "github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
	"github.com/caveat-reader/caveat/model/tokview"
)

// Unlisted role nouns: the anon_person and anon_group classes cannot list
// every profession or role ("two engineers familiar with the inspection
// said", "several state coordinators said"). A plural common noun the
// tagger reads as such (NNS, no proper name inside its phrase) is an
// unnamed group when the phrase describes it by what it knows ("familiar
// with", "briefed on", "close to") or counts it ("two", "several") and
// it is the subject of a speech verb. The tagger runs only on sentences
// where the cheap word test below has found such a candidate.

// describedByKnowledge: the noun at i is followed by what its referents
// know ("familiar with", "briefed on", "close to", "with knowledge of").
func (d *Detector) describedByKnowledge(r tokview.Range, i int) bool {
	switch w := d.word(i+1, r); {
	case knowledgeDescribers.Has(w):
		return true
	case w == "close":
		return d.word(i+2, r) == "to"
	case w == "with":
		return d.word(i+2, r) == "knowledge" || d.word(i+2, r) == "direct"
	}
	return false
}

// companyNouns name kinds of business (model/lexicon/data).
var companyNouns = wordclasses.Default().Class("company_noun")

// unlistedRole reports whether token i, a word of none of the source
// classes, may head such a phrase; roleNounSource confirms it with tags.
func (d *Detector) unlistedRole(r tokview.Range, i int) bool {
	t := &d.toks[i]
	if t.Cap && i > r.From || !IsPlural(t.Norm) || d.quoted(i) || companyNouns.HasWord(singular(t.Norm)) {
		return false
	}
	if d.describedByKnowledge(r, i) {
		return true
	}
	// Counted: "two engineers said", "several senior coordinators told".
	p := i - 1
	// Up to two modifiers between the count and the noun; a capital
	// opening the sentence says nothing of a name ("Health bosses said").
	for n := 0; n < 2 && p >= r.From && d.toks[p].Word && !IsDeterminer(d.toks[p].Norm) && (!d.toks[p].Cap || p == r.From) && !isNPStop(d.toks[p].Norm); n++ {
		if IsPossessiveWord(d.toks[p].Norm) {
			return false // "according to her memoirs": someone's, not a group's
		}
		p--
	}
	from := p + 1
	if isCountedDeterminer(d.word(p, r)) {
		from = p
	}
	if d.framedRole(r, from) {
		return !d.nonPerson(i) // "according to attendees", not "according to records"
	}
	// Bare: "engineers say", "many retired welders warned" (the clause's
	// subject, so the phrase opens the sentence or follows a comma).
	bare := p < r.From || !d.toks[p].Word && d.toks[p].Norm == ","
	if !bare && !isCountedDeterminer(d.word(p, r)) {
		return false
	}
	if bare && t.Cap {
		return false // "Sessions responded": a surname opening the sentence
	}
	return d.countedRoleVerb(r, i) >= 0
}

// nonPersonNouns are the lexicon's classes of nouns for documents,
// records, media and bodies: a singular phrase headed by one ("a
// statement said", "a bank said") is no unnamed person.
var nonPersonNouns = func() []*wordclasses.Class {
	var cs []*wordclasses.Class
	for _, name := range []string{"document_noun", "record_noun", "press_document_noun", "evidence_noun", "exhibit_noun", "media_word", "media_source_noun", "generic_org_noun", "body_noun", "institution_noun", "org_word", "claim_noun", "company_noun"} {
		cs = append(cs, wordclasses.Default().Class(name))
	}
	return cs
}()

// nonPerson: token i is a noun of one of nonPersonNouns.
func (d *Detector) nonPerson(i int) bool {
	for _, c := range nonPersonNouns {
		if c.HasWord(d.toks[i].Norm) {
			return true
		}
	}
	return false
}

// framedRole: the phrase starting at token from is cited as a source
// by the words before it: "according to attendees", or after the verb
// of an attribution that follows what was said ("…, say attendees").
func (d *Detector) framedRole(r tokview.Range, from int) bool {
	if d.precededByAccordingTo(r, from) {
		return true
	}
	v := from - 1
	if v <= r.From || !d.toks[v].In(tokview.PronounSpeechVerb) {
		return false
	}
	switch d.toks[v-1].Norm {
	case ",", tokview.QuoteClose, tokview.QuoteStraight:
		return true
	}
	return false
}

// countedRoleVerb returns the verb after a counted role noun, through
// auxiliaries, when it is one a person says or holds a view with
// (pronoun_speech_verb: "said", "argue", "warned"; "studies suggest" is
// no person), else -1.
func (d *Detector) countedRoleVerb(r tokview.Range, i int) int {
	k := i + 1
	for k < r.To && isAuxiliary(d.toks[k].Norm) {
		k++
	}
	if k < r.To && d.toks[k].In(tokview.PronounSpeechVerb) {
		return k
	}
	return -1
}

// roleNounSource tags the sentence and, when token i is a plural common
// noun in a phrase with no proper name, treats it as an unnamed group
// (unnamedSource, which finds its speech verb and rejects objects).
func (d *Detector) roleNounSource(sent int, r tokview.Range, i int, used []bool) {
	// One parse per sentence however many candidates it holds, so a
	// sentence of nothing but candidates stays linear.
	if d.roleSentence == nil || d.roleSent != sent {
		if d.roleParser == nil {
			d.roleParser = stream.NewParser()
		}
		d.roleSentence, d.roleBase = d.host.Parse(d.roleParser, sent)
		d.roleSentence = d.roleSentence.Structure()
		d.roleSent = sent
	}
	s := d.roleSentence
	base := d.roleBase
	at := func(k int) int { // index in s.Tokens of the token that starts where the detector's token k does
		if j := int(d.toks[k].St) - base; j < len(s.Tokens) && s.Tokens[j].Start == d.toks[k].Start {
			return j
		}
		return -1
	}
	j := at(i)
	if j < 0 || s.Tokens[j].Tag != postag.NNS {
		return
	}
	if c := s.ChunkAt(j); c >= 0 {
		ch := s.Chunks[c]
		for k := ch.From; k < ch.To; k++ {
			if tg := s.Tokens[k].Tag; tg == postag.NNP || tg == postag.NNPS {
				return // "researchers at NASA" style names are handled elsewhere
			}
		}
	}
	// "cases reported worldwide": a participle after the noun modifies
	// it; the counted form needs a finite verb of its own.
	if v := d.countedRoleVerb(r, i); v >= 0 && !d.describedByKnowledge(r, i) {
		if jv := at(v); jv < 0 || s.Tokens[jv].Tag == postag.VBN || s.Tokens[jv].Tag == postag.VBG {
			return
		}
	}
	d.unnamedSource(sent, r, i, used)
}
