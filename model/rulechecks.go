package model

import (
	"strings"

	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
)

// checkCue tests the context of a lexicon match and returns the span to
// highlight. Rules not listed here fire on their phrase alone. Each check
// encodes a decided case of the annotation guide.
func (z *analyzer) checkCue(sent int, m cueMatch) (tokRange, bool) {
	r := z.rangeOf(sent)
	cue := tokRange{m.from, m.to}
	first := z.toks[m.from].norm
	switch m.rule {
	case "unc.hedge_word":
		if first == "suspect" || first == "suspects" {
			// The verb ("scientists suspect the leak began"), not the noun
			// ("the suspect fled", "a murder suspect").
			p := z.toks[max(m.from-1, r.from)]
			if m.from == r.from || !(isPronoun(p.norm) || p.in(clsAnonGroup) || p.in(clsAnonPerson) || p.in(clsInstitutionNoun)) {
				return cue, false
			}
			if isDeterminer(z.word(m.from-2, r)) && z.word(m.from-2, r) != "some" && z.word(m.from-2, r) != "many" {
				return cue, false // "the police suspect"
			}
		}
		if (first == "possibility" || first == "possibilities") && z.word(m.to, r) == "of" && strings.HasSuffix(z.word(m.to+1, r), "ing") && z.word(m.to+2, r) != "been" {
			// "spoke about the possibility of organizing a trip": an
			// option someone weighs (an action, "of" + gerund), not a
			// doubt about a fact ("the possibility that it leaked").
			return cue, false
		}
		if hearsayNouns.has(first) {
			// "dismissing the reports as “pure speculation”": the word is
			// what a party calls a claim about itself; it denies, it does
			// not hedge.
			for k, words := m.from-1, 0; k >= r.from && words < 3; k-- {
				if !z.toks[k].word {
					continue
				}
				if z.toks[k].norm == "as" {
					return cue, false
				}
				words++
			}
			// "the rumours about the couple were made up": the word
			// names the claim a party calls false (a dismissive word
			// after it, linked by a form of "be"); it denies.
			if z.calledFalseAfter(r, m.to) {
				return cue, false
			}
		}
		return z.extendSpan(sent, cue, 3), true
	}
	switch lex.rule(m.rule).Kind {
	case Uncertainty, Denial:
		return z.extendSpan(sent, cue, 3), true
	case AnonymousSource:
		return z.extendSpan(sent, cue, 4), true
	}
	return cue, true
}

func isModalAdverb(w string) bool { return modalAdverbs.has(w) }

// quoteStart: token i opens a quotation (a capital there starts a sentence).
func (z *analyzer) quoteStart(i int) bool {
	return i > 0 && (z.toks[i-1].norm == quoteOpen || z.toks[i-1].norm == quoteStraight)
}

// hasWithin: one of words occurs among the n tokens from i.
func (z *analyzer) hasWithin(r tokRange, i, n int, words ...string) bool {
	for k := i; k < r.to && k < i+n; k++ {
		for _, w := range words {
			if z.toks[k].norm == w {
				return true
			}
		}
	}
	return false
}

func isPronoun(w string) bool { return personalPronouns.has(w) }

// detectQuestion flags a heading or sentence in the writer's voice that
// asks an open yes/no question about the events ("Did X break the law?").
func (z *analyzer) detectQuestion(sent int) {
	r := z.rangeOf(sent)
	if r.to-r.from < 3 || z.toks[r.to-1].norm != "?" || z.quoted(r.to-2) {
		return
	}
	k := r.from
	// Skip a "Q&A:" style label before the question.
	for j := r.from; j < r.to && j < r.from+4; j++ {
		if z.toks[j].norm == ":" {
			k = j + 1
		}
	}
	if k < r.to && z.toks[k].in(clsQuestionAux) && z.toks[k].cap && !isReaderPronoun(z.word(k+1, r)) {
		z.addFlag("unc.question", sent, tokRange{k, r.to}, tokRange{k, k + 1})
	}
}

// isReaderPronoun: questions put to the reader ("Do you …?", "Are we …?")
// are rhetorical, not open questions about the events.
func isReaderPronoun(w string) bool { return readerPronouns.has(w) }

// calledFalseAfter: a word calling a claim false (the dismissive class
// of the structural rules) follows token i in the sentence, after a form
// of "be" ("… were made up", "… are false").
func (z *analyzer) calledFalseAfter(r tokRange, i int) bool {
	be := false
	for k := i; k < r.to && k <= i+10; k++ {
		be = be || z.toks[k].in(clsBeForm)
		if be && z.toks[k].in(clsStructCue) && dismissive.MatchWords(z.norms(k, min(r.to, k+4))) > 0 {
			return true
		}
	}
	return false
}

// The word classes the phrase rules' checks read (model/lexicon/data).
var (
	hearsayNouns     = classSet("hearsay_noun")
	readerPronouns   = classSet("reader_pronoun")
	modalAdverbs     = classSet("modal_adverb")
	personalPronouns = classSet("personal_pronoun")
)

// dismissive is the structural rules' class of words calling a claim
// false, read here by the phrase rules' checks.
var dismissive = wordclasses.Default().Class("dismissive")
