// Package lexicon is the one loader and matcher of the detector's word
// classes. Each class is one sorted data file, data/<class>.txt, whose
// header names the rules that read it and whether its entries are verbs
// (inflected: "deny" matches "denies", "denied", "denying"), finite
// verbs (the forms a clause's own verb takes: "say", "says", "said";
// no "-ing" or distinct participle), nouns (plural added) or fixed
// words. Entries are lemmas; a phrase is lemmas
// separated by spaces. Nothing in Go source lists words of a class.
package lexicon

import (
	"embed"
	"fmt"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/caveat-reader/caveat/model/internal/wordtable"
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

//go:embed data/*.txt
var dataFiles embed.FS

// Class is one word class.
type Class struct {
	Name  string
	Rules []string
	// byFirst maps every form of an entry's first word to the entries
	// starting with it, longest first.
	byFirst map[string][]entry
	// single and first are byFirst by word key (Lexicon.Keys): bit k of
	// single is set when the word keyed k alone is an entry, of first
	// when some entry starts with it.
	single, first []uint64
	// gaps is the gap_adverb class, which may stand inside an entry;
	// days, the weekday class, stand there too ("was accused Wednesday
	// of", "said Tuesday that"): news puts the day after the verb.
	gaps, days *Class
	// firsts are the keys of byFirst in the order of the class's file,
	// for index to number them by; nil once indexed.
	firsts []string
	// alone has the bit (aloneBit) of every word that is an entry by
	// itself, so that Has of a word with no key (most of the text's
	// words, few of them in the class) ends without hashing it into
	// byFirst; nil until sealed.
	alone *[aloneWords]uint64
}

// aloneWords is the size of Class.alone in 64-bit words (128 bytes).
const aloneWords = 16

// aloneBit is word w's bit in Class.alone.
func aloneBit(w string) uint32 { return keyedBit(w) & (aloneWords*64 - 1) }

// seal fills alone from byFirst, once the class's entries are all in.
func (c *Class) seal() {
	c.alone = new([aloneWords]uint64)
	for f, es := range c.byFirst {
		for _, e := range es {
			if len(e.words) == 1 {
				b := aloneBit(f)
				c.alone[b/64] |= 1 << (b % 64)
				break
			}
		}
	}
}

// gapReach is how many adverbs may stand between two words of an entry.
const gapReach = 2

// entry is one phrase: for each word, the set of forms that match it.
type entry struct {
	lemma string
	words []forms
}

// forms is the set of a word's forms: the word, and its inflections when
// it is an entry's verb or last noun, so one or two forms for most words
// and a handful at most. Compared in turn, they cost less than hashing
// the token into a map, which the rules' inner loops did for every
// entry they tried.
type forms []string

func (fs forms) has(w string) bool {
	for _, f := range fs {
		if f == w {
			return true
		}
	}
	return false
}

func (fs forms) add(w string) forms {
	if fs.has(w) {
		return fs
	}
	return append(fs, w)
}

// Lexicon holds every class.
type Lexicon struct {
	classes map[string]*Class
	// byName is classes as a small open-addressing table on the name's
	// bytes (Class is called with a constant name in rules' inner loops).
	byName []*Class
	// keys numbers every form that begins an entry of some class, from
	// firstKey on (Keys).
	keys *wordtable.Table[int32]
	// keyed has bit keyedBit(f) set for every form f of keys: most words
	// of a text begin no entry, and this small table says so for most of
	// them without hashing the whole word into keys.
	keyed [keyedWords]uint64
}

// keyedWords is the size of Lexicon.keyed in 64-bit words (8 KB).
const keyedWords = 1 << 10

// keyedBit is where word w's bit lies in Lexicon.keyed: a hash of its
// length and of three of its bytes.
func keyedBit(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0]) ^ uint32(w[n-1])<<8 ^ uint32(w[n/2])<<16
	h *= 0x85ebca6b
	return (h ^ h>>15) & (keyedWords*64 - 1)
}

// Word keys as Keys sets them: noKey, a word that begins no entry of any
// class; firstKey, the first of the others.
const (
	noKey    = 1
	firstKey = 2
)

var (
	once sync.Once
	def  *Lexicon
	err0 error
)

// Default returns the embedded lexicon, loaded once. It panics if the
// embedded data is malformed, which the package's tests rule out.
func Default() *Lexicon {
	once.Do(func() { def, err0 = load() })
	if err0 != nil {
		panic("lexicon: " + err0.Error())
	}
	return def
}

func load() (*Lexicon, error) {
	l := &Lexicon{classes: map[string]*Class{}}
	irr, err := loadIrregular()
	if err != nil {
		return nil, err
	}
	names, err := dataFiles.ReadDir("data")
	if err != nil {
		return nil, err
	}
	for _, f := range names {
		name := strings.TrimSuffix(f.Name(), ".txt")
		if name == "irregular_verbs" || name == "irregular_plurals" {
			continue
		}
		b, err := dataFiles.ReadFile(path.Join("data", f.Name()))
		if err != nil {
			return nil, err
		}
		c, err := parseClass(name, string(b), irr)
		if err != nil {
			return nil, fmt.Errorf("data/%s: %w", f.Name(), err)
		}
		l.classes[name] = c
	}
	l.index()
	gaps, days := l.classes["gap_adverb"], l.classes["weekday"]
	for _, c := range l.classes {
		if c != gaps && c != days {
			c.gaps, c.days = gaps, days
		}
	}
	return l, nil
}

// index numbers the words that begin entries and fills each class's bit
// sets over those numbers, and the table of classes by name.
func (l *Lexicon) index() {
	// The forms are numbered as first met, class by class in the order
	// of their names and each class in the order of its file: the same
	// numbers every run, without sorting every form of every class (a
	// fifth of start-up's loading of the lexicon).
	names := make([]string, 0, len(l.classes))
	for n := range l.classes {
		names = append(names, n)
	}
	slices.Sort(names)
	keys := map[string]int32{}
	for _, n := range names {
		c := l.classes[n]
		for _, f := range c.firsts {
			if _, ok := keys[f]; ok {
				continue
			}
			keys[f] = int32(firstKey + len(keys))
			b := keyedBit(f)
			l.keyed[b/64] |= 1 << (b % 64)
		}
		c.firsts = nil
	}
	l.keys = wordtable.New(keys)
	words := (firstKey + len(keys) + 63) / 64
	for _, c := range l.classes {
		c.single, c.first = make([]uint64, words), make([]uint64, words)
		for f, es := range c.byFirst {
			k := keys[f]
			c.first[k/64] |= 1 << (k % 64)
			for _, e := range es {
				if len(e.words) == 1 {
					c.single[k/64] |= 1 << (k % 64)
				}
			}
		}
	}
	n := 1
	for n < 4*len(l.classes) {
		n *= 2
	}
	l.byName = make([]*Class, n)
	for name, c := range l.classes {
		i := nameSlot(name, n)
		for l.byName[i] != nil {
			i = (i + 1) & (n - 1)
		}
		l.byName[i] = c
	}
}

// nameSlot is where a class name starts its probe in a table of n slots
// (a power of two): a hash of its length and a few of its bytes, cheap
// beside a map's hash of the whole name.
func nameSlot(name string, n int) int {
	h := uint(len(name)) * 0x9e3779b9
	if len(name) > 0 {
		h ^= uint(name[0]) | uint(name[len(name)-1])<<8 | uint(name[len(name)/2])<<16 | uint(name[len(name)/3])<<24
		h *= 0x85ebca6b
		h ^= h >> 15
	}
	return int(h) & (n - 1)
}

// Keys gives every token of toks its word key (Token.Key): a number for
// a word that begins an entry of some class, noKey for any other. A
// token's Has and Match then test a bit instead of looking the word up
// again for each class.
func (l *Lexicon) Keys(toks []text.Token) {
	for i := range toks {
		w := toks[i].Lower
		k := int32(noKey)
		if b := keyedBit(w); l.keyed[b/64]&(1<<(b%64)) != 0 {
			if key := l.keys.Get(w); key != 0 {
				k = key
			}
		}
		toks[i].Key = k
	}
}

func parseClass(name, data string, irr map[string][]string) (*Class, error) {
	c := &Class{Name: name, byFirst: map[string][]entry{}}
	pos := ""
	var prev string
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			k, v, ok := strings.Cut(strings.TrimSpace(line[1:]), ":")
			switch strings.TrimSpace(k) {
			case "rules":
				if ok {
					for _, r := range strings.Split(v, ",") {
						c.Rules = append(c.Rules, strings.TrimSpace(r))
					}
				}
			case "pos":
				pos = strings.TrimSpace(v)
			}
			continue
		}
		if prev != "" && line <= prev {
			return nil, fmt.Errorf("line %d: %q is out of order or repeated (after %q)", n+1, line, prev)
		}
		prev = line
		words := strings.Fields(line)
		e := entry{lemma: line}
		for k, w := range words {
			fs := forms{w}
			if pos == "verb" && k == 0 {
				for _, f := range inflectVerb(w, irr) {
					fs = fs.add(f)
				}
			}
			if pos == "finite" && k == 0 {
				for _, f := range finiteForms(w, irr) {
					fs = fs.add(f)
				}
			}
			if pos == "noun" && k == len(words)-1 {
				fs = fs.add(plural(w))
			}
			e.words = append(e.words, fs)
		}
		for _, f := range e.words[0] {
			if _, ok := c.byFirst[f]; !ok {
				c.firsts = append(c.firsts, f)
			}
			c.byFirst[f] = append(c.byFirst[f], e)
		}
	}
	if len(c.Rules) == 0 {
		return nil, fmt.Errorf("no \"# rules:\" header")
	}
	if pos != "verb" && pos != "finite" && pos != "noun" && pos != "word" {
		return nil, fmt.Errorf("header \"# pos:\" must be verb, finite, noun or word, not %q", pos)
	}
	for f, es := range c.byFirst {
		slices.SortStableFunc(es, func(a, b entry) int { return len(b.words) - len(a.words) })
		c.byFirst[f] = es
	}
	c.seal()
	return c, nil
}

// Class returns the class called name; it panics on a name with no data
// file, so a misspelt class fails the first test that reaches it. Callers
// resolve their classes once, when their package loads (as detect's
// classes.go does), so this is not on any hot path.
func (l *Lexicon) Class(name string) *Class { return l.classByName(name) }

func (l *Lexicon) classByName(name string) *Class {
	n := len(l.byName)
	for i := nameSlot(name, n); l.byName[i] != nil; i = (i + 1) & (n - 1) {
		if c := l.byName[i]; c.Name == name {
			return c
		}
	}
	panic("lexicon: no class " + name)
}

// Classes returns the names of every class.
func (l *Lexicon) Classes() []string {
	var out []string
	for n := range l.classes {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// CheckRules reports a class whose header names a rule that known does
// not know: a typo in a rule id fails loudly, never disables a class.
func (l *Lexicon) CheckRules(known func(id string) bool) error {
	for _, n := range l.Classes() {
		for _, r := range l.classes[n].Rules {
			if !known(r) {
				return fmt.Errorf("lexicon class %s names unknown rule %q", n, r)
			}
		}
	}
	return nil
}

// Match returns the end (exclusive token index) of the longest entry of
// c starting at token i, or -1. Words compare by their lower form; up to
// gapReach adverbs may stand between two words of an entry ("are also
// accused of", "is widely believed to"), which the tags tell.
func (c *Class) Match(toks []text.Token, i int) int {
	if i < 0 || i >= len(toks) {
		return -1
	}
	if k := toks[i].Key; k > 0 && c.first[k/64]&(1<<(k%64)) == 0 {
		return -1 // no entry starts with the word
	}
	return c.matchAt(toks, i)
}

// matchAt is Match past its first tests. Apart, it leaves Match small:
// most calls end at the key's bit, and Match then sets up no frame for
// the loops below (the rules call it for every token and class).
//
//go:noinline
func (c *Class) matchAt(toks []text.Token, i int) int {
	for _, e := range c.byFirst[toks[i].Lower] {
		j := i + 1
		for k := 1; k < len(e.words) && j >= 0; k++ {
			w := e.words[k]
			for g := 0; ; g++ { // one look-up of each token: the word, or an adverb before it
				if j >= len(toks) {
					j = -1
					break
				}
				if w.has(toks[j].Lower) {
					j++
					break
				}
				if g == gapReach || !c.gapAt(toks[j]) {
					j = -1
					break
				}
				j++
			}
		}
		if j >= 0 {
			return j
		}
	}
	return -1
}

// gapAt: token t may stand inside an entry: a capitalised weekday, or
// an adverb: a gap_adverb or a tagged adverb in -ly, never a negator. Tokens with no
// tags (the pre-check's) take no gap here.
func (c *Class) gapAt(t text.Token) bool {
	if t.Tag == postag.NNP && t.Cap && c.days != nil && c.days.Has(t) {
		return true
	}
	if t.Tag != postag.RB || c.gaps == nil || text.IsNegator(t.Lower) {
		return false
	}
	return c.gaps.Has(t) || strings.HasSuffix(t.Lower, "ly")
}

// gapWord: word w may be an adverb inside an entry, as far as a word
// with no tag tells (MatchWords): a gap_adverb or a word in -ly.
func (c *Class) gapWord(w string) bool {
	if c.gaps == nil || text.IsNegator(w) {
		return false
	}
	for _, e := range c.gaps.byFirst[w] {
		if len(e.words) == 1 {
			return true
		}
	}
	return len(w) > 3 && strings.HasSuffix(w, "ly")
}

// Has reports whether the single token t is an entry of c.
func (c *Class) Has(t text.Token) bool {
	if t.Key > 0 {
		return c.single[t.Key/64]&(1<<(t.Key%64)) != 0
	}
	if c.alone != nil {
		if b := aloneBit(t.Lower); c.alone[b/64]&(1<<(b%64)) == 0 {
			return false
		}
	}
	for _, e := range c.byFirst[t.Lower] {
		if len(e.words) == 1 {
			return true
		}
	}
	return false
}

// Find returns the first match of c in toks[from:to] as [start, end), or
// -1, -1.
func (c *Class) Find(toks []text.Token, from, to int) (int, int) {
	for i := from; i < to; i++ {
		if e := c.Match(toks[:to], i); e > 0 {
			return i, e
		}
	}
	return -1, -1
}

// WordSet is the set of every form that can begin an entry of some
// classes: one lookup per token tells whether any of them may match.
type WordSet struct{ m map[string]bool }

// FirstWords returns the WordSet of the named classes.
func (l *Lexicon) FirstWords(names ...string) *WordSet {
	ws := &WordSet{m: map[string]bool{}}
	for _, n := range names {
		for f := range l.Class(n).byFirst {
			ws.m[f] = true
		}
	}
	return ws
}

// Has reports whether lower can begin an entry.
func (ws *WordSet) Has(lower string) bool { return ws.m[lower] }

// Words returns the set's words, for a caller that indexes them in its
// own table.
func (ws *WordSet) Words() []string {
	out := make([]string, 0, len(ws.m))
	for w := range ws.m {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// HasWord reports whether the lower-cased word alone is an entry of c.
func (c *Class) HasWord(lower string) bool { return c.Has(text.Token{Lower: lower}) }

// MatchWords is Match over lower-cased words: the number of words of the
// longest entry that words begins with, or 0. With no tags, any word in
// -ly may be an adverb inside the entry: the pre-check that asks this
// may parse a sentence more, never less, than the rules need.
func (c *Class) MatchWords(words []string) int {
	if len(words) == 0 {
		return 0
	}
	for _, e := range c.byFirst[words[0]] {
		j := 1
		for k := 1; k < len(e.words) && j > 0; k++ {
			w := e.words[k]
			for g := 0; ; g++ {
				if j >= len(words) {
					j = 0
					break
				}
				if w.has(words[j]) {
					j++
					break
				}
				if g == gapReach || !c.gapWord(words[j]) {
					j = 0
					break
				}
				j++
			}
		}
		if j > 0 {
			return j
		}
	}
	return 0
}

// Union returns one class holding the entries of the named classes, for
// a caller that asks only whether any of them matches: one look-up of the
// first word instead of one per class. It is made once, at start-up.
func (l *Lexicon) Union(names ...string) *Class {
	u := &Class{Name: strings.Join(names, "+"), byFirst: map[string][]entry{}, gaps: l.classes["gap_adverb"], days: l.classes["weekday"]}
	for _, n := range names {
		c := l.Class(n)
		for f, es := range c.byFirst {
			u.byFirst[f] = append(u.byFirst[f], es...)
		}
		u.Rules = append(u.Rules, c.Rules...)
		if u.single == nil {
			u.single, u.first = make([]uint64, len(c.single)), make([]uint64, len(c.first))
		}
		for k := range c.single {
			u.single[k] |= c.single[k]
			u.first[k] |= c.first[k]
		}
	}
	for f, es := range u.byFirst {
		slices.SortStableFunc(es, func(a, b entry) int { return len(b.words) - len(a.words) })
		u.byFirst[f] = es
	}
	u.seal()
	return u
}

// Words returns every form of c's single-word entries, sorted: for a
// caller that marks each token with all its classes in one lookup.
func (c *Class) Words() []string {
	var out []string
	for f, es := range c.byFirst {
		for _, e := range es {
			if len(e.words) == 1 {
				out = append(out, f)
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

// Entries returns c's entries as written in its file (lemmas, a phrase's
// words separated by single spaces), sorted.
func (c *Class) Entries() []string {
	seen := map[string]bool{}
	var out []string
	for _, es := range c.byFirst {
		for _, e := range es {
			if !seen[e.lemma] {
				seen[e.lemma] = true
				out = append(out, e.lemma)
			}
		}
	}
	slices.Sort(out)
	return out
}
