package model

import (
	"strings"

	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
)

// The closed classes of function words the attribution rules read
// (determiners, auxiliaries, pronouns) are classes of model/lexicon, one
// data file each, read through wordSet; only tests of a word's form
// (a digit, a suffix) are written here.
var (
	stockBackReferences     = classSet("stock_back_reference")
	partitiveGroupWords     = classSet("partitive_group_word")
	countingDeterminers     = classSet("counting_determiner")
	pluralHeadWords         = classSet("plural_head_word")
	attributionAux          = classSet("attribution_aux")
	sourceDeterminers       = classSet("source_determiner")
	numberWords             = classSet("number_word")
	sourcePhraseStops       = classSet("source_phrase_stop")
	nonHumanSourceModifiers = classSet("nonhuman_source_modifier")
	clauseStartWords        = classSet("clause_start_word")
	participleAdjectives    = classSet("participle_adjective")
	weekdays                = classSet("weekday")
	possessiveDeterminers   = classSet("possessive_determiner")
)

// isStockBackReference: "the official", "the sources", "the person" refer
// back to an unnamed source by the guide's decision.
func isStockBackReference(w string) bool { return stockBackReferences.has(w) }

// singular is the lexicon's (lexicon.Singular), the one rule of plurals
// the detector and the structural rules share.
func singular(w string) string { return wordclasses.Singular(w) }

func isCollective(w string) bool { return partitiveGroupWords.has(w) }

// isCountedDeterminer: determiners that count or set apart ("other",
// "several", "two") rather than point back ("these", "the").
func isCountedDeterminer(w string) bool {
	return countingDeterminers.has(w) || isNumberWord(w)
}

// pronounSources are the words detectAttributions reads as a pronoun
// source ("he said"); "one" joins them as "one of them said". The
// lexicon marks them with clsSubjectPronoun (rules.go).
var pronounSources = wordclasses.Default().Class("pronoun_source").Words()

// isPlural: a plural head noun; "MPs" is too short for the -s test. The
// test already fails on "he", "she" and "boss".
func isPlural(w string) bool {
	if pluralHeadWords.has(w) {
		return true
	}
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != '\''
}

func isSpeechVerb(w string) bool { return lex.in(clsSpeechVerb, w) }

func isAuxiliary(w string) bool { return attributionAux.has(w) }

func isDeterminer(w string) bool { return sourceDeterminers.has(w) || isNumberWord(w) }

func isNumberWord(w string) bool {
	return w != "" && (numberWords.has(w) || w[0] >= '0' && w[0] <= '9')
}

func isPossessiveWord(w string) bool {
	n := len(w)
	return possessiveDeterminers.has(w) || n > 2 && w[n-2:] == "'s"
}

// isNPStop: words a noun phrase does not extend left over.
func isNPStop(w string) bool { return sourcePhraseStops.has(w) }

func isNonHumanSourceModifier(w string) bool { return nonHumanSourceModifiers.has(w) }

func isSentenceStarter(w string) bool { return segAbbr.Get(w)&segStarter != 0 }

func isClauseStart(w string) bool { return clauseStartWords.has(w) }

// isPastParticiple guesses a verb in -ed before a noun phrase; the
// adjectives that end so and open source phrases are excepted.
func isPastParticiple(t token) bool {
	n := len(t.norm)
	return n >= 4 && t.norm[n-2:] == "ed" && !t.cap && !participleAdjectives.has(t.norm)
}

func isWeekday(w string) bool { return weekdays.has(w) }

// isDemonym: nationality adjectives end in a few suffixes ("Iranian",
// "Chinese", "British", "French", "Israeli", "Arabic"); names of outlets
// rarely do. Morphology, not a word list.
func isDemonym(w string) bool {
	for _, suf := range [...]string{"an", "ese", "ish", "ch", "i", "ic"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
