package lexicon

import (
	"fmt"
	"strings"
	"sync"
)

// loadIrregular reads data/irregular_verbs.txt: base, past, participle.
func loadIrregular() (map[string][]string, error) {
	b, err := dataFiles.ReadFile("data/irregular_verbs.txt")
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, fmt.Errorf("data/irregular_verbs.txt:%d: want base past participle", n+1)
		}
		out[f[0]] = append(out[f[0]], f[1], f[2])
	}
	return out, nil
}

// irregularPlurals reads data/irregular_plurals.txt: plural, singular.
// It panics on a malformed line, which the package's tests rule out.
var irregularPlurals = sync.OnceValue(func() map[string]string {
	b, err := dataFiles.ReadFile("data/irregular_plurals.txt")
	if err != nil {
		panic("lexicon: " + err.Error())
	}
	out := map[string]string{}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 || f[0] == "" || f[1] == "" {
			panic(fmt.Sprintf("lexicon: data/irregular_plurals.txt:%d: want plural<TAB>singular", n+1))
		}
		out[f[0]] = f[1]
	}
	return out
})

// inflectVerb returns the inflected forms of a regular or listed
// irregular verb: third person, past, participle, -ing.
func inflectVerb(v string, irr map[string][]string) []string {
	out := []string{plural(v), ing(v)}
	if forms, ok := irr[v]; ok {
		if n := len(v); forms[0] == v+v[n-1:]+"ed" {
			out[1] = v + v[n-1:] + "ing" // listed for its doubled consonant: "admitting"
		}
		return append(out, forms...)
	}
	out = append(out, past(v))
	if doubledL(v) {
		out = append(out, v+"led", v+"ling")
	}
	return out
}

// doubledL: a verb of more than one syllable ending in a single vowel
// and "l" ("label", "cancel", "signal") doubles the "l" in British
// spelling ("labelled", "cancelling"), which news from Britain and the
// Commonwealth uses, beside the American forms; "control" and "compel"
// double it in both. "reveal" and "appeal" (two vowels) never do.
func doubledL(v string) bool {
	n := len(v)
	return n > 3 && v[n-1] == 'l' && isVowel(v[n-2]) && !isVowel(v[n-3]) && syllables(v) > 1
}

// finiteForms returns the forms a verb takes as the finite verb of a
// clause beside its base: third person and past ("say", "says",
// "said"), not "-ing" nor a participle that differs from the past
// ("wrote", not "written"): a class read where a clause's own verb must
// stand.
func finiteForms(v string, irr map[string][]string) []string {
	out := []string{plural(v)}
	if forms, ok := irr[v]; ok {
		for i := 0; i < len(forms); i += 2 {
			out = append(out, forms[i])
		}
		return out
	}
	if doubledL(v) {
		out = append(out, v+"led")
	}
	return append(out, past(v))
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func plural(w string) string {
	n := len(w)
	switch {
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

func past(v string) string {
	n := len(v)
	switch {
	case v[n-1] == 'e':
		return v + "d"
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return v[:n-1] + "ied"
	case doubles(v):
		return v + v[n-1:] + "ed"
	}
	return v + "ed"
}

func ing(v string) string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:n-2] + "ying"
	case v[n-1] == 'e' && n > 2 && !strings.HasSuffix(v, "ee"):
		return v[:n-1] + "ing"
	case doubles(v):
		return v + v[n-1:] + "ing"
	}
	return v + "ing"
}

// doubles: a one-syllable-final consonant-vowel-consonant verb doubles
// its last letter ("rebut" -> "rebutted"). Stress is not in the
// spelling: a verb that breaks this is listed in irregular_verbs.txt.
func doubles(v string) bool {
	n := len(v)
	if n < 3 {
		return false
	}
	a, b, c := v[n-3], v[n-2], v[n-1]
	return !isVowel(a) && isVowel(b) && !isVowel(c) && strings.IndexByte("wxy", c) < 0 && syllables(v) == 1 || strings.HasSuffix(v, "but") || strings.HasSuffix(v, "fer") && !strings.HasSuffix(v, "ffer")
}

func syllables(v string) int {
	n, prev := 0, false
	for i := 0; i < len(v); i++ {
		vw := isVowel(v[i])
		if vw && !prev {
			n++
		}
		prev = vw
	}
	return n
}

// Singular undoes the plural of a noun, as far as matching a class's
// lemmas needs it: "companies" -> "company", "officials" -> "official",
// and the irregular ones listed (data/irregular_plurals.txt: "people" ->
// "person"); a word ending in "ss" or too short to be a plural stays as
// it is.
func Singular(w string) string {
	if s, ok := irregularPlurals()[w]; ok {
		return s
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 3 && w[n-1] == 's' && w[n-2] != 's':
		return w[:n-1]
	}
	return w
}
