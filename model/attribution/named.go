package attribution

import (
	"github.com/caveat-reader/caveat/model/ledger"
	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/tokview"
)

// Named sources, spokespeople and pronoun back-references: the
// attributions that are not, or may not be, anonymous.

// spokesperson: "a navy spokesman said", "a spokeswoman for Neumann" is
// the institution speaking, unless granted anonymity.
func (d *Detector) spokesperson(sent int, r tokview.Range, i int, used []bool) {
	if d.toks[i].Cap && i+1 < r.To && d.toks[i+1].Cap {
		return // "Representative Ted Lieu" is a title
	}
	np := d.phraseAround(r, i)
	verb, inverted := d.attributionVerb(r, np)
	if verb < 0 {
		return
	}
	if np.det == "the" && d.anonHead(singular(d.toks[i].Norm)) {
		// "A spokesperson who asked not to be named said … The
		// spokesperson added …": the one granted anonymity.
		d.recordAttribution(sent, r, np, verb, inverted, "anon.back_reference", false, ledger.UnnamedPerson, true, used)
		return
	}
	if d.unownedSpokespeople(r, np) {
		// "Prison union representatives have warned": a bare plural
		// speaking for no body the text names is a group of unnamed
		// people, as "union officials" is.
		d.recordAttribution(sent, r, np, verb, inverted, "anon.vague_group", false, ledger.UnnamedGroup, false, used)
		d.AddAnonHead(singular(d.toks[i].Norm))
		return
	}
	d.recordAttribution(sent, r, np, verb, inverted, "named.spokesperson", true, ledger.NamedInstitution, false, used)
}

// unownedSpokespeople: the phrase is a plural spokes noun with no
// determiner and no name, in it or after it ("of the union", "for
// Acme"): the people speak for a body given only by its kind.
func (d *Detector) unownedSpokespeople(r tokview.Range, np nounPhrase) bool {
	if np.det != "" || !IsPlural(d.toks[np.head].Norm) {
		return false
	}
	for k := np.from; k < np.to; k++ {
		if t := d.toks[k]; !t.Word || t.Cap && !(k == r.From || d.quoteStart(k)) || IsPossessiveWord(t.Norm) {
			return false // "Acme representatives", "the firm's spokesmen"
		}
	}
	n := d.word(np.to, r)
	return !affiliationPrepositions.Has(n) && n != "for"
}

// fearVerbs: verbs of fearing a plural pronoun holds a view with, as
// the unnamed group it stands for does ("They worry …").
var fearVerbs = wordclasses.Default().Class("fear_verb")

// pronounSource: "he said", "She cautioned …" takes the status of the
// most recent source of the same number in the last three sentences.
func (d *Detector) pronounSource(sent int, r tokview.Range, i int, used []bool) {
	k := i + 1
	plural := d.toks[i].Norm == "they"
	if d.toks[i].Norm == "one" {
		// "one of them said": a member of the group last quoted.
		if d.word(i+1, r) != "of" || d.word(i+2, r) != "them" {
			return
		}
		k, plural = i+3, true
	}
	for k < r.To && isAuxiliary(d.toks[k].Norm) {
		k++
	}
	if k >= r.To || used[k] || !d.toks[k].In(tokview.PronounSpeechVerb) && !(plural && fearVerbs.HasWord(d.toks[k].Norm)) {
		return // "they fear" holds a group's view; "he did worry" tells of one man's state
	}
	for j := d.host.Attributions() - 1; d.lookBack(j); j-- {
		at := d.host.Attribution(j)
		if at.Sentence < sent-3 {
			break
		}
		if at.Sentence >= sent || at.Plural != plural {
			continue
		}
		np := nounPhrase{from: i, head: i, to: k}
		rule := "named.source"
		if !at.Named {
			rule = "anon.back_reference"
		}
		d.recordAttribution(sent, r, np, k, false, rule, at.Named, at.Type, true, used)
		return
	}
}

// namedSource: a speech verb whose subject is a name, an institution or a
// definite title ("Graham said", "the airline said", "said the
// prime minister"); "according to data from MarketAxess".
func (d *Detector) namedSource(sent int, r tokview.Range, v int, used []bool) {
	// Subject before the verb.
	k := v - 1
	for k >= r.From && isAuxiliary(d.toks[k].Norm) {
		k--
	}
	if k >= r.From && d.toks[k].Norm == "," {
		k-- // "…,” Graham said" has the name before; ", said X" after
	}
	if np, ok := d.namedPhraseEndingAt(r, k); ok && !d.quoted(np.head) {
		if at, ok := d.indefiniteAcronym(r, np); ok {
			// "one bank CEO told me", "a GOP aide said": an acronym for a
			// role, counted like any role noun, names no one.
			np.from = at
			d.recordAttribution(sent, r, np, v, false, "anon.unnamed_person", false, ledger.UnnamedPerson, false, used)
			return
		}
		d.recordAttribution(sent, r, np, v, false, "named.source", true, namedType(d.toks[np.head]), false, used)
		return
	}
	// Subject after the verb: "said Derek Scissors", "said the company".
	k = v + 1
	if np, ok := d.namedPhraseStartingAt(r, k); ok {
		d.recordAttribution(sent, r, np, v, true, "named.source", true, namedType(d.toks[np.head]), false, used)
	}
}

// indefiniteAcronym: the phrase np ends on an all-capitals word ("CEO",
// "MP") or a party member ("Democrat") with only lower-case modifiers before it, after a singular
// indefinite determiner ("a", "an", "one", "another"): a role, not a
// name ("one bank CEO"). It returns where the phrase begins, at the
// determiner.
func (d *Detector) indefiniteAcronym(r tokview.Range, np nounPhrase) (int, bool) {
	h := d.toks[np.head]
	if !(h.Caps && len(h.Norm) >= 2 || partyNames.HasWord(h.Norm)) {
		return 0, false // "one Republican" is a member of a party named, not named
	}
	for k := np.head - 1; k >= r.From && k >= np.head-4 && d.toks[k].Word; k-- {
		if indefiniteDeterminers.Has(d.toks[k].Norm) {
			return k, true
		}
		if d.toks[k].Cap || isNPStop(d.toks[k].Norm) || d.toks[k].Norm == "what" {
			break // "a look at what PFF said": the determiner is another phrase's
		}
	}
	return 0, false
}

func namedType(t tokview.Token) ledger.Type {
	if t.In(tokview.InstitutionNoun) {
		return ledger.NamedInstitution
	}
	return ledger.NamedPerson
}

// vaguePronouns stand for unnamed people ("Another said", "Many
// disagreed"): capitalised at a sentence's start, they name no one.
var vaguePronouns = tokview.ClassSet("vague_pronoun")

// namedPhraseEndingAt reads a name or institution ending at token k.
func (d *Detector) namedPhraseEndingAt(r tokview.Range, k int) (nounPhrase, bool) {
	if k < r.From || !d.toks[k].Word {
		return nounPhrase{}, false
	}
	t := d.toks[k]
	if t.Cap && !d.sentenceStarter(t.Norm) && !vaguePronouns.Has(t.Norm) || t.In(tokview.InstitutionNoun) || t.In(tokview.TitleNoun) && d.word(k-1, r) == "the" {
		from := k
		for from-1 >= r.From && d.toks[from-1].Word && (d.toks[from-1].Cap || d.toks[from-1].Norm == "the" || d.toks[from-1].In(tokview.InstitutionNoun)) && from > k-6 {
			from--
		}
		return nounPhrase{from: from, head: k, to: k + 1}, true
	}
	return nounPhrase{}, false
}

// namedPhraseStartingAt reads a name, or "the" + institution or title,
// starting at token k.
func (d *Detector) namedPhraseStartingAt(r tokview.Range, k int) (nounPhrase, bool) {
	if k >= r.To || !d.toks[k].Word {
		return nounPhrase{}, false
	}
	from := k
	if d.toks[k].Norm == "the" {
		k++
	}
	to := k
	for to < r.To && d.toks[to].Word && (d.toks[to].Cap || d.toks[to].In(tokview.InstitutionNoun) || d.toks[to].In(tokview.TitleNoun)) && to < k+8 {
		to++
	}
	if to == k {
		return nounPhrase{}, false
	}
	head := to - 1
	if !d.toks[head].Cap && !d.toks[head].In(tokview.InstitutionNoun) && !d.toks[head].In(tokview.TitleNoun) {
		return nounPhrase{}, false
	}
	return nounPhrase{from: from, head: head, to: to}, true
}
