package model

import wordclasses "github.com/caveat-reader/caveat/model/lexicon"

// Named sources, spokespeople and pronoun back-references: the
// attributions that are not, or may not be, anonymous.

// spokesperson: "a navy spokesman said", "a spokeswoman for Neumann" is
// the institution speaking, unless granted anonymity.
func (z *analyzer) spokesperson(sent int, r tokRange, i int, used []bool) {
	if z.toks[i].cap && i+1 < r.to && z.toks[i+1].cap {
		return // "Representative Ted Lieu" is a title
	}
	np := z.phraseAround(r, i)
	verb, inverted := z.attributionVerb(r, np)
	if verb < 0 {
		return
	}
	if np.det == "the" && z.anonHead(singular(z.toks[i].norm)) {
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
func (z *analyzer) pronounSource(sent int, r tokRange, i int, used []bool) {
	k := i + 1
	plural := z.toks[i].norm == "they"
	if z.toks[i].norm == "one" {
		// "one of them said": a member of the group last quoted.
		if z.word(i+1, r) != "of" || z.word(i+2, r) != "them" {
			return
		}
		k, plural = i+3, true
	}
	for k < r.to && isAuxiliary(z.toks[k].norm) {
		k++
	}
	if k >= r.to || used[k] || !z.toks[k].in(clsPronounSpeechVerb) && !(plural && fearVerbs.HasWord(z.toks[k].norm)) {
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
func (z *analyzer) namedSource(sent int, r tokRange, v int, used []bool) {
	// Subject before the verb.
	k := v - 1
	for k >= r.from && isAuxiliary(z.toks[k].norm) {
		k--
	}
	if k >= r.from && z.toks[k].norm == "," {
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
func (z *analyzer) indefiniteAcronym(r tokRange, np nounPhrase) (int, bool) {
	h := z.toks[np.head]
	if !(h.caps && len(h.norm) >= 2 || partyNames.HasWord(h.norm)) {
		return 0, false // "one Republican" is a member of a party named, not named
	}
	for k := np.head - 1; k >= r.from && k >= np.head-4 && z.toks[k].word; k-- {
		if indefiniteDeterminers.has(z.toks[k].norm) {
			return k, true
		}
		if z.toks[k].cap || isNPStop(z.toks[k].norm) || z.toks[k].norm == "what" {
			break // "a look at what PFF said": the determiner is another phrase's
		}
	}
	return 0, false
}

func namedType(t token) SourceType {
	if t.in(clsInstitutionNoun) {
		return NamedInstitution
	}
	return NamedPerson
}

// vaguePronouns stand for unnamed people ("Another said", "Many
// disagreed"): capitalised at a sentence's start, they name no one.
var vaguePronouns = classSet("vague_pronoun")

// namedPhraseEndingAt reads a name or institution ending at token k.
func (z *analyzer) namedPhraseEndingAt(r tokRange, k int) (nounPhrase, bool) {
	if k < r.from || !z.toks[k].word {
		return nounPhrase{}, false
	}
	t := z.toks[k]
	if t.cap && !isSentenceStarter(t.norm) && !vaguePronouns.has(t.norm) || t.in(clsInstitutionNoun) || t.in(clsTitleNoun) && z.word(k-1, r) == "the" {
		from := k
		for from-1 >= r.from && z.toks[from-1].word && (z.toks[from-1].cap || z.toks[from-1].norm == "the" || z.toks[from-1].in(clsInstitutionNoun)) && from > k-6 {
			from--
		}
		return nounPhrase{from: from, head: k, to: k + 1}, true
	}
	return nounPhrase{}, false
}

// namedPhraseStartingAt reads a name, or "the" + institution or title,
// starting at token k.
func (z *analyzer) namedPhraseStartingAt(r tokRange, k int) (nounPhrase, bool) {
	if k >= r.to || !z.toks[k].word {
		return nounPhrase{}, false
	}
	from := k
	if z.toks[k].norm == "the" {
		k++
	}
	to := k
	for to < r.to && z.toks[to].word && (z.toks[to].cap || z.toks[to].in(clsInstitutionNoun) || z.toks[to].in(clsTitleNoun)) && to < k+8 {
		to++
	}
	if to == k {
		return nounPhrase{}, false
	}
	head := to - 1
	if !z.toks[head].cap && !z.toks[head].in(clsInstitutionNoun) && !z.toks[head].in(clsTitleNoun) {
		return nounPhrase{}, false
	}
	return nounPhrase{from: from, head: head, to: to}, true
}
