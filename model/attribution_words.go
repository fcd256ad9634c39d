package model

import (
	"strings"

	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
)

// Closed classes of function words the attribution rules read: determiners,
// auxiliaries, pronouns. They are grammar, not cue vocabulary, so they
// live beside the code; the cue lexicons are in rules/*.tsv.

// isStockBackReference: "the official", "the sources", "the person" refer
// back to an unnamed source by the guide's decision.
func isStockBackReference(w string) bool {
	switch w {
	case "official", "officials", "source", "sources", "person", "people", "insider", "insiders":
		return true
	}
	return false
}

// singular is the lexicon's (lexicon.Singular), the one rule of plurals
// the detector and the structural rules share.
func singular(w string) string { return wordclasses.Singular(w) }

func isCollective(w string) bool {
	switch w {
	case "group", "number", "handful", "majority", "coalition", "couple", "dozen", "dozens", "hundreds", "thousands", "bunch", "team", "none", "each", "minority":
		return true
	}
	return false
}

// isCountedDeterminer: determiners that count or set apart ("other",
// "several", "two") rather than point back ("these", "the").
func isCountedDeterminer(w string) bool {
	switch w {
	case "other", "several", "multiple", "numerous", "various", "many", "some":
		return true
	}
	return isNumberWord(w)
}

// pronounSources are the words detectAttributions reads as a pronoun
// source ("he said"); "one" joins them as "one of them said". The
// lexicon marks them with clsSubjectPronoun (rules.go).
var pronounSources = []string{"he", "she", "they", "one"}

// isPlural: a plural head noun; "MPs" is too short for the -s test.
func isPlural(w string) bool {
	switch w {
	case "people", "they", "many", "some", "others", "several", "media", "press", "police", "authorities", "mps":
		return true
	case "he", "she", "press secretary", "boss":
		return false
	}
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != '\''
}

func isSpeechVerb(w string) bool { return lex.in(clsSpeechVerb, w) }

func isAuxiliary(w string) bool {
	switch w {
	case "have", "has", "had", "also", "later", "earlier", "previously", "still", "long", "would", "will", "now", "often", "repeatedly", "privately", "publicly", "did", "do", "does", "not", "have,", "separately", "then", "further", "quickly", "recently":
		return true
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "one", "some", "several", "many", "other", "these", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "most", "all", "both", "another", "various", "numerous", "multiple", "dozens", "any":
		return true
	}
	return isNumberWord(w)
}

func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "dozen", "dozens", "several":
		return w != "a"
	}
	return w[0] >= '0' && w[0] <= '9'
}

func isPossessiveWord(w string) bool {
	n := len(w)
	return w == "his" || w == "her" || w == "their" || w == "its" || n > 2 && w[n-2:] == "'s"
}

// isNPStop: words a noun phrase does not extend left over.
func isNPStop(w string) bool {
	switch w {
	case "from", "according", "to", "by", "of", "among", "with", "in", "on", "at", "for", "that", "which", "who", "as",
		"after", "before", "while", "when", "but", "because", "has", "have", "had", "is", "are", "was", "were", "said",
		"says", "told", "and/or", "if", "than", "like", "about", "against", "prompted", "surprised", "also", "not", "citing":
		return true
	}
	return false
}

func isNonHumanSourceModifier(w string) bool {
	switch w {
	case "energy", "power", "water", "food", "revenue", "income", "foreign", "significant", "reliable", "good", "great", "rich", "valuable", "common", "funding", "light", "heat", "renewable", "open", "main", "major", "primary", "new", "alternative", "protein", "data", "traffic", "single", "key", "important", "biggest", "largest":
		return true
	}
	return false
}

func isSentenceStarter(w string) bool { return segAbbr.get(w)&segStarter != 0 }

func isClauseStart(w string) bool {
	switch w {
	case "and", "but", "while", "which", "who", "that", "as", "though", "although", "because", "since", "where",
		"when", "if", "yet", "so", "however", "whereas", "now", "still", "also":
		return true
	}
	return false
}

// isPastParticiple guesses a verb in -ed before a noun phrase; the
// adjectives that end so and open source phrases are excepted.
func isPastParticiple(t token) bool {
	n := len(t.norm)
	if n < 4 || t.norm[n-2:] != "ed" || t.cap {
		return false
	}
	switch t.norm {
	case "unnamed", "alleged", "retired", "elected", "appointed", "unidentified", "informed", "concerned", "qualified", "unnamed,", "frustrated", "worried", "based", "seasoned", "respected", "trusted", "detailed", "talented", "experienced", "disaffected", "frightened":
		return false
	}
	return true
}

func isWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

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
