package tokview

import (
	"strings"

	"github.com/caveat-reader/caveat/model/internal/wordtable"
	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
)

// WordSet is one class of model/lexicon (data/<class>.txt) as a set of
// lower-cased words, for the attribution rules, which test a word by its
// text (a neighbour, a determiner) rather than a token's classes. The
// rules ask it of nearly every token of a candidate phrase, so the
// class's forms are copied once into the word table of model/internal/wordtable: a
// probe there costs what the string switch it replaces cost, where a
// map lookup per test slowed an analysis.
type WordSet struct{ t *wordtable.Table[bool] }

// ClassSet returns the class called name as a WordSet. It panics on a
// phrase entry, which a single-word test could never match.
func ClassSet(name string) WordSet {
	c := wordclasses.Default().Class(name)
	for _, e := range c.Entries() {
		if strings.Contains(e, " ") {
			panic("tokview: class " + name + " holds the phrase " + e + "; a WordSet tests single words")
		}
	}
	m := map[string]bool{}
	for _, w := range c.Words() {
		m[w] = true
	}
	return WordSet{wordtable.New(m)}
}

// Has reports whether the lower-cased word w is in the set.
func (s WordSet) Has(w string) bool { return s.t.Get(w) }
