package model

import "github.com/caveat-reader/caveat/model/tokview"

import wordclasses "github.com/caveat-reader/caveat/model/lexicon"

// Named sources, spokespeople and pronoun back-references: the
// attributions that are not, or may not be, anonymous.

// spokesperson: "a navy spokesman said", "a spokeswoman for Neumann" is
// the institution speaking, unless granted anonymity.
func (z *analyzer) spokesperson(sent int, r tokview.Range, i int, used []bool) {
	if z.toks[i].Cap && i+1 < r.To && z.toks[i+1].Cap {
		return // "Representative Ted Lieu" is a title
	}
	np := z.phraseAround(r, i)
	verb, inverted := z.attributionVerb(r, np)
	if verb < 0 {
		return
	}
	if np.det == "the" && z.anonHead(singular(z.toks[i].Norm)) {
		// "A spokesperson who asked not to be named said … The
		// spokesperson added …": the one granted anonymity.
		z.recordAttribution(sent, r, np, verb, inverted, "anon.back_reference", false, UnnamedPerson, true, used)
		return
	}
	z.recordAttribution(sent, r, np, verb, inverted, "named.spokesperson", true, NamedInstitution, false, used)
}

// fearVerbs: verbs of fearing a plural pronoun holds a view with, as
// the unnamed group it stands for does ("They worry …").
var fearVerbs = wordclasses.Default().Class("fear_verb")

// pronounSource: "he said", "She cautioned …" takes the status of the
// most recent source of the same number in the last three sentences.
func (z *analyzer) pronounSource(sent int, r tokview.Range, i int, used []bool) {
	k := i + 1
	plural := z.toks[i].Norm == "they"
	if z.toks[i].Norm == "one" {
		// "one of them said": a member of the group last quoted.
		if z.word(i+1, r) != "of" || z.word(i+2, r) != "them" {
			return
		}
		k, plural = i+3, true
	}
	for k < r.To && isAuxiliary(z.toks[k].Norm) {
		k++
	}
	if k >= r.To || used[k] || !z.toks[k].In(tokview.PronounSpeechVerb) && !(plural && fearVerbs.HasWord(z.toks[k].Norm)) {
		return // "they fear" holds a group's view; "he did worry" tells of one man's state
	}
	ats := z.a.Attributions
	for j := len(ats) - 1; z.lookBack(j); j-- {
		at := ats[j]
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
		z.recordAttribution(sent, r, np, k, false, rule, at.Named, at.Type, true, used)
		return
	}
}

// namedSource: a speech verb whose subject is a name, an institution or a
// definite title ("Graham said", "the airline said", "said the
// prime minister"); "according to data from MarketAxess".
func (z *analyzer) namedSource(sent int, r tokview.Range, v int, used []bool) {
	// Subject before the verb.
	k := v - 1
	for k >= r.From && isAuxiliary(z.toks[k].Norm) {
		k--
	}
	if k >= r.From && z.toks[k].Norm == "," {
		k-- // "…,” Graham said" has the name before; ", said X" after
	}
	if np, ok := z.namedPhraseEndingAt(r, k); ok && !z.quoted(np.head) {
		if at, ok := z.indefiniteAcronym(r, np); ok {
			// "one bank CEO told me", "a GOP aide said": an acronym for a
			// role, counted like any role noun, names no one.
			np.from = at
			z.recordAttribution(sent, r, np, v, false, "anon.unnamed_person", false, UnnamedPerson, false, used)
			return
		}
		z.recordAttribution(sent, r, np, v, false, "named.source", true, namedType(z.toks[np.head]), false, used)
		return
	}
	// Subject after the verb: "said Derek Scissors", "said the company".
	k = v + 1
	if np, ok := z.namedPhraseStartingAt(r, k); ok {
		z.recordAttribution(sent, r, np, v, true, "named.source", true, namedType(z.toks[np.head]), false, used)
	}
}

// indefiniteAcronym: the phrase np ends on an all-capitals word ("CEO",
// "MP") or a party member ("Democrat") with only lower-case modifiers before it, after a singular
// indefinite determiner ("a", "an", "one", "another"): a role, not a
// name ("one bank CEO"). It returns where the phrase begins, at the
// determiner.
func (z *analyzer) indefiniteAcronym(r tokview.Range, np nounPhrase) (int, bool) {
	h := z.toks[np.head]
	if !(h.Caps && len(h.Norm) >= 2 || partyNames.HasWord(h.Norm)) {
		return 0, false // "one Republican" is a member of a party named, not named
	}
	for k := np.head - 1; k >= r.From && k >= np.head-4 && z.toks[k].Word; k-- {
		if indefiniteDeterminers.Has(z.toks[k].Norm) {
			return k, true
		}
		if z.toks[k].Cap || isNPStop(z.toks[k].Norm) || z.toks[k].Norm == "what" {
			break // "a look at what PFF said": the determiner is another phrase's
		}
	}
	return 0, false
}

func namedType(t tokview.Token) SourceType {
	if t.In(tokview.InstitutionNoun) {
		return NamedInstitution
	}
	return NamedPerson
}

// vaguePronouns stand for unnamed people ("Another said", "Many
// disagreed"): capitalised at a sentence's start, they name no one.
var vaguePronouns = tokview.ClassSet("vague_pronoun")

// namedPhraseEndingAt reads a name or institution ending at token k.
func (z *analyzer) namedPhraseEndingAt(r tokview.Range, k int) (nounPhrase, bool) {
	if k < r.From || !z.toks[k].Word {
		return nounPhrase{}, false
	}
	t := z.toks[k]
	if t.Cap && !isSentenceStarter(t.Norm) && !vaguePronouns.Has(t.Norm) || t.In(tokview.InstitutionNoun) || t.In(tokview.TitleNoun) && z.word(k-1, r) == "the" {
		from := k
		for from-1 >= r.From && z.toks[from-1].Word && (z.toks[from-1].Cap || z.toks[from-1].Norm == "the" || z.toks[from-1].In(tokview.InstitutionNoun)) && from > k-6 {
			from--
		}
		return nounPhrase{from: from, head: k, to: k + 1}, true
	}
	return nounPhrase{}, false
}

// namedPhraseStartingAt reads a name, or "the" + institution or title,
// starting at token k.
func (z *analyzer) namedPhraseStartingAt(r tokview.Range, k int) (nounPhrase, bool) {
	if k >= r.To || !z.toks[k].Word {
		return nounPhrase{}, false
	}
	from := k
	if z.toks[k].Norm == "the" {
		k++
	}
	to := k
	for to < r.To && z.toks[to].Word && (z.toks[to].Cap || z.toks[to].In(tokview.InstitutionNoun) || z.toks[to].In(tokview.TitleNoun)) && to < k+8 {
		to++
	}
	if to == k {
		return nounPhrase{}, false
	}
	head := to - 1
	if !z.toks[head].Cap && !z.toks[head].In(tokview.InstitutionNoun) && !z.toks[head].In(tokview.TitleNoun) {
		return nounPhrase{}, false
	}
	return nounPhrase{from: from, head: head, to: to}, true
}
