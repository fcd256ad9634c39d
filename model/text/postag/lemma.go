package postag

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/caveat-reader/caveat/model/text/postag/internal/morph"
)

// The lemma data (see the header of each file):
//
//go:embed data/irregular-verbs.tsv
var irregularVerbsTSV string

//go:embed data/lemma-exceptions.tsv
var lemmaExceptionsTSV string

//go:embed data/base-forms.tsv
var baseFormsTSV string

// The tables are keyed by the word alone, one map per tag or kind of
// base: a string key takes the maps' fast path for strings, where a
// struct of word and tag was hashed and compared field by field.
type lemmaTables struct {
	// exceptions[t] maps a word read with tag t to its lemma: irregular
	// verbs, then treebank pairs the rules miss.
	exceptions [NumTags]map[string]string
	// excepted has bit exceptedBit(w) set for every word w of exceptions:
	// most words are none, and a bit of a small table tells so for most
	// of them without a look-up by word and tag.
	excepted [1 << 10]uint64
	// verbBases and adjBases are the known verb and adjective bases.
	verbBases, adjBases map[string]bool
	// forms[t] is the inflection tag t marks (morph.FormOf).
	forms [NumTags]morph.Form
}

// exceptedBit is where a word's bit lies in lemmaTables.excepted: a hash
// of its bytes (FNV-1a), folded.
func exceptedBit(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return (h ^ h>>16) & (1<<16 - 1)
}

func (l *lemmaTables) mayExcept(w string) bool {
	b := exceptedBit(w)
	return l.excepted[b/64]&(1<<(b%64)) != 0
}

var (
	lemmaOnce sync.Once
	lemmas    lemmaTables
)

func loadLemmas() {
	for t := range lemmas.exceptions {
		lemmas.exceptions[t] = map[string]string{}
		lemmas.forms[t] = morph.FormOf(Tag(t).String())
	}
	lemmas.verbBases, lemmas.adjBases = map[string]bool{}, map[string]bool{}
	eachRow(lemmaExceptionsTSV, func(f []string) {
		if len(f) != 3 {
			panic("postag: lemma-exceptions.tsv: want form, tag, lemma: " + strings.Join(f, "\t"))
		}
		t, ok := ParseTag(f[1])
		if !ok {
			panic("postag: lemma-exceptions.tsv: unknown tag " + f[1])
		}
		lemmas.exceptions[t][f[0]] = f[2]
	})
	eachRow(irregularVerbsTSV, func(f []string) {
		if len(f) != 3 {
			panic("postag: irregular-verbs.tsv: want base, past, participle: " + strings.Join(f, "\t"))
		}
		for _, p := range strings.Split(f[1], "|") {
			lemmas.exceptions[VBD][p] = f[0]
		}
		for _, p := range strings.Split(f[2], "|") {
			lemmas.exceptions[VBN][p] = f[0]
		}
	})
	for _, m := range lemmas.exceptions {
		for w := range m {
			b := exceptedBit(w)
			lemmas.excepted[b/64] |= 1 << (b % 64)
		}
	}
	eachRow(baseFormsTSV, func(f []string) {
		if len(f) != 2 {
			panic("postag: base-forms.tsv: want class, word: " + strings.Join(f, "\t"))
		}
		switch f[0] {
		case "verb":
			lemmas.verbBases[f[1]] = true
		case "adj":
			lemmas.adjBases[f[1]] = true
		default:
			panic("postag: base-forms.tsv: unknown class " + f[0])
		}
	})
}

// eachRow calls fn with the tab-separated fields of each line of a data
// file, skipping blank lines and "#" comments.
func eachRow(data string, fn func([]string)) {
	for _, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
}

// knownBase: w is a known base of the inflection f, a verb's for its past
// and gerund, an adjective's for its comparative and superlative.
func knownBase(w string, f morph.Form) bool {
	switch f {
	case morph.Past, morph.Gerund:
		return lemmas.verbBases[w]
	case morph.Comparative, morph.Superlative:
		return lemmas.adjBases[w]
	}
	return false
}

// Lemma returns the dictionary form of word read with tag: "denied" VBD
// -> "deny", "allegations" NNS -> "allegation", "said" VBD -> "say".
// Proper nouns keep their case; other words are lower-cased.
func Lemma(word string, tag Tag) string {
	lemmaOnce.Do(loadLemmas)
	w := normalizeApostrophes(word)
	if !tag.IsProperNoun() {
		w = strings.ToLower(w)
	}
	if tag >= NumTags {
		tag = None // no tag of this build: read as untagged, as before
	}
	if lemmas.mayExcept(w) {
		if l, ok := lemmas.exceptions[tag][w]; ok {
			return l
		}
	}
	return morph.Lemma(w, lemmas.forms[tag], knownBase)
}

// normalizeApostrophes reads curly apostrophes as ASCII, as the treebank
// spells them; it allocates only when there is one.
func normalizeApostrophes(w string) string {
	if !strings.Contains(w, "\u2019") {
		return w
	}
	return strings.ReplaceAll(w, "\u2019", "'")
}
