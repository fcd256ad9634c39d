package attribution

import (
	"strings"

	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/tokview"
)

// isStockBackReference: "the official", "the sources", "the person" refer
// back to an unnamed source by the guide's decision.
func isStockBackReference(w string) bool { return stockBackReferences.Has(w) }

// singular is the lexicon's (lexicon.Singular), the one rule of plurals
// the detector and the structural rules share.
func singular(w string) string { return wordclasses.Singular(w) }

func isCollective(w string) bool { return partitiveGroupWords.Has(w) }

// isCountedDeterminer: determiners that count or set apart ("other",
// "several", "two") rather than point back ("these", "the").
func isCountedDeterminer(w string) bool {
	return countingDeterminers.Has(w) || IsNumberWord(w)
}

// PronounSources are the words Detect reads as a pronoun
// source ("he said"); "one" joins them as "one of them said". The
// model marks them with tokview.SubjectPronoun in its word table.
var PronounSources = wordclasses.Default().Class("pronoun_source").Words()

// IsPlural: a plural head noun; "MPs" is too short for the -s test. The
// test already fails on "he", "she" and "boss".
func IsPlural(w string) bool {
	if pluralHeadWords.Has(w) {
		return true
	}
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != '\''
}

func (d *Detector) isSpeechVerb(w string) bool { return d.in(tokview.SpeechVerb, w) }

func isAuxiliary(w string) bool { return attributionAux.Has(w) }

func IsDeterminer(w string) bool { return sourceDeterminers.Has(w) || IsNumberWord(w) }

func IsNumberWord(w string) bool {
	return w != "" && (numberWords.Has(w) || w[0] >= '0' && w[0] <= '9')
}

func IsPossessiveWord(w string) bool {
	n := len(w)
	return possessiveDeterminers.Has(w) || n > 2 && w[n-2:] == "'s"
}

// isNPStop: words a noun phrase does not extend left over.
func isNPStop(w string) bool { return sourcePhraseStops.Has(w) }

func isNonHumanSourceModifier(w string) bool { return nonHumanSourceModifiers.Has(w) }

func isClauseStart(w string) bool { return clauseStartWords.Has(w) }

// isPastParticiple guesses a verb in -ed before a noun phrase; the
// adjectives that end so and open source phrases are excepted.
func isPastParticiple(t tokview.Token) bool {
	n := len(t.Norm)
	return n >= 4 && t.Norm[n-2:] == "ed" && !t.Cap && !participleAdjectives.Has(t.Norm)
}

func isWeekday(w string) bool { return weekdays.Has(w) }

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

func isModalAdverb(w string) bool { return modalAdverbs.Has(w) }

func isPronoun(w string) bool { return personalPronouns.Has(w) }

// The word classes the attribution checks read of a neighbour
// (model/lexicon/data).
var (
	modalAdverbs     = tokview.ClassSet("modal_adverb")
	personalPronouns = tokview.ClassSet("personal_pronoun")
	definiteWords    = wordclasses.Default().Class("definite_determiner")
	accordingWords   = tokview.ClassSet("according_word")
	// reportFrames holds phrases ("according to"), which a WordSet
	// cannot.
	reportFrames = wordclasses.Default().Class("report_frame")
)
