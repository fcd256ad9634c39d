// Package morph holds the suffix rules that turn a regular inflected
// English word into its lemma. The tagger's lemmatiser tries its tables
// first (irregular forms, treebank exceptions) and falls back to these;
// the trainer uses them to decide which treebank pairs need a table entry.
package morph

import "strings"

// Form says which inflection a word carries, from its part of speech.
type Form uint8

// The inflections the rules undo.
const (
	Plain       Form = iota // no inflection to undo
	Plural                  // NNS, NNPS
	Third                   // VBZ
	Past                    // VBD, VBN
	Gerund                  // VBG
	Comparative             // JJR, RBR
	Superlative             // JJS, RBS
)

// FormOf says which inflection a Penn tag marks.
func FormOf(xpos string) Form {
	switch xpos {
	case "NNS", "NNPS":
		return Plural
	case "VBZ":
		return Third
	case "VBD", "VBN":
		return Past
	case "VBG":
		return Gerund
	case "JJR", "RBR":
		return Comparative
	case "JJS", "RBS":
		return Superlative
	}
	return Plain
}

// Known reports whether a word is a known base form of the given kind;
// the rules use it to choose between candidates ("charg" or "charge").
type Known func(base string, f Form) bool

// Lemma undoes the regular inflection f of the lower-case word w.
func Lemma(w string, f Form, known Known) string {
	switch f {
	case Plural:
		return plural(w)
	case Third:
		return third(w)
	case Past:
		if strings.HasSuffix(w, "ed") && len(w) > 3 {
			return stem(w[:len(w)-2], "ied", w, f, known)
		}
	case Gerund:
		if strings.HasSuffix(w, "ing") && len(w) > 4 {
			return stem(w[:len(w)-3], "ying", w, f, known)
		}
	case Comparative:
		if strings.HasSuffix(w, "er") && len(w) > 3 {
			return stem(w[:len(w)-2], "ier", w, f, known)
		}
	case Superlative:
		if strings.HasSuffix(w, "est") && len(w) > 4 {
			return stem(w[:len(w)-3], "iest", w, f, known)
		}
	}
	return w
}

func plural(w string) string {
	switch {
	case len(w) <= 2 || !strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "zzes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"),
		strings.HasSuffix(w, "is"):
		return w
	}
	return w[:len(w)-1]
}

func third(w string) string {
	switch {
	case len(w) <= 2 || !strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "oes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"):
		return w
	}
	return w[:len(w)-1]
}

// stem picks the base of a word whose suffix has been cut off, leaving s:
// "denied" (s "deni") -> "deny", "stopped" -> "stop", "charged" -> "charge".
// ySuffix is the spelling of the suffix after a y turned i ("ied").
func stem(s, ySuffix, w string, f Form, known Known) string {
	if strings.HasSuffix(w, ySuffix) && len(w) > len(ySuffix)+1 {
		return w[:len(w)-len(ySuffix)] + "y"
	}
	n := len(s)
	undoubled := ""
	if n >= 3 && s[n-1] == s[n-2] && isConsonant(s[n-1]) && !strings.ContainsRune("lsfz", rune(s[n-1])) {
		undoubled = s[:n-1]
	}
	// The candidates in turn: s, s+"e", undoubled (s is never empty).
	// s+"e" is made only when s is no base: most calls stop at s.
	if known != nil {
		if known(s, f) {
			return s
		}
		if se := s + "e"; known(se, f) {
			return se
		}
		if undoubled != "" && known(undoubled, f) {
			return undoubled
		}
	}
	if undoubled != "" {
		return undoubled
	}
	if needsE(s) {
		return s + "e"
	}
	return s
}

func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

func isVowel(c byte) bool { return strings.ContainsRune("aeiou", rune(c)) }

// needsE guesses that an unknown stem lost a silent e: "announc", "argu",
// "creat" keep it off, "hop" (consonant-vowel-consonant) is ambiguous and
// stays as it is.
func needsE(s string) bool {
	n := len(s)
	if n < 2 {
		return false
	}
	last := s[n-1]
	switch {
	case last == 'u' || last == 'v' || last == 'z':
		return true
	case last == 'c' || last == 'g':
		return !strings.HasSuffix(s, "ng") && !strings.HasSuffix(s, "ck")
	case strings.HasSuffix(s, "at") && n > 3 && !isVowel(s[n-3]):
		return true
	case strings.HasSuffix(s, "iz") || strings.HasSuffix(s, "ys"):
		return true
	}
	return false
}
