package model

import (
	"strings"

	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
)

// wordSet is one class of model/lexicon (data/<class>.txt) as a set of
// lower-cased words, for the attribution rules, which test a word by its
// text (a neighbour, a determiner) rather than a token's classes. The
// rules ask it of nearly every token of a candidate phrase, so the
// class's forms are copied once into the word table of wordtable.go: a
// probe there costs what the string switch it replaces cost, where a
// map lookup per test slowed an analysis.
type wordSet struct{ t *strTable[bool] }

// classSet returns the class called name as a wordSet. It panics on a
// phrase entry, which a single-word test could never match.
func classSet(name string) wordSet {
	c := wordclasses.Default().Class(name)
	for _, e := range c.Entries() {
		if strings.Contains(e, " ") {
			panic("model: class " + name + " holds the phrase " + e + "; a wordSet tests single words")
		}
	}
	m := map[string]bool{}
	for _, w := range c.Words() {
		m[w] = true
	}
	return wordSet{newStrTable(m)}
}

// has reports whether the lower-cased word w is in the set.
func (s wordSet) has(w string) bool { return s.t.Get(w) }
