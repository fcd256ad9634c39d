package model

import (
	"embed"
	"fmt"
	"math"
	"strings"

	"github.com/caveat-reader/caveat/model/attribution"
	"github.com/caveat-reader/caveat/model/ledger"
	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/tokview"
)

// The lexicons are data, not code: every cue phrase and word-class entry
// names the rule that uses it, and every rule carries the plain-English
// explanation the reader sees. Editing detection vocabulary never needs a
// code change.
//
//go:embed rules/*.tsv
var ruleFiles embed.FS

// Rule is one detection rule: what it flags and why, in words a reader
// understands.
type Rule struct {
	ID          string
	Kind        Kind
	Explanation string
	// Rank is the rule's line in rules.tsv: of two rules of a kind that
	// fire on one signal, the one listed first says more about it.
	Rank int
}

// lexicon is the parsed rule data, built once at start-up.
type lexicon struct {
	rules map[string]Rule
	// ranked are the rules by Rank, which a flagRec names its rule by.
	ranked []Rule
	// words maps a lower-case word to its classes: the one lookup tokenisation makes per word.
	words map[string]*tokview.WordInfo
	// table holds words again for the per-token lookup (tokview.WordTable).
	table *tokview.WordTable
	abbr  map[string]map[string]bool
}

var lex = mustLoadRuleData()

// Rules returns every rule the detector knows, keyed by id: the UI and the
// JSON output can explain a rule id without re-reading the data files.
func Rules() map[string]Rule {
	out := make(map[string]Rule, len(lex.rules))
	for k, v := range lex.rules {
		out[k] = v
	}
	return out
}

func mustLoadRuleData() *lexicon {
	l, err := loadRuleData()
	if err != nil {
		panic("model: bad embedded rule data: " + err.Error())
	}
	return l
}

func loadRuleData() (*lexicon, error) {
	l := &lexicon{
		rules: map[string]Rule{},
		words: map[string]*tokview.WordInfo{},
		abbr:  map[string]map[string]bool{},
	}
	err := eachRow("rules/rules.tsv", 3, func(f []string) error {
		// A flagRec holds a rule's rank in 16 bits and its kind as
		// kindOrder, which tells the six kinds apart.
		k := Kind(f[1])
		if _, dup := l.rules[f[0]]; dup || len(l.ranked) > math.MaxUint16 || kindOrder(k) == kindOrder(Boilerplate) && k != Boilerplate {
			return errBadRow
		}
		r := Rule{ID: f[0], Kind: k, Explanation: f[2], Rank: len(l.ranked)}
		l.rules[f[0]] = r
		l.ranked = append(l.ranked, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The attribution rules' word classes are lexicon classes
	// (model/lexicon/data), each bound to its bit once here; the lexicon
	// checks their rule ids at start-up (checkStructuralRules).
	lx := wordclasses.Default()
	for c, name := range tokview.ClassNames {
		for _, w := range lx.FirstWords(name).Words() {
			l.info(w).Classes |= 1 << tokview.Class(c)
		}
	}
	for _, w := range attribution.PronounSources {
		l.info(w).Classes |= 1 << tokview.SubjectPronoun
	}
	markScorecardWords(l)
	markStructuralWords(l)
	ledger.EachWord(func(w string, bits uint64) { l.info(w).Ledger = bits })
	err = eachRow("rules/abbreviations.tsv", 2, func(f []string) error {
		if f[1] == "" {
			return errBadRow // segAbbr, a strTable, holds no empty word
		}
		addTo(l.abbr, f[0], f[1])
		return nil
	})
	l.table = tokview.NewWordTable(l.words)
	return l, err
}

func addTo(m map[string]map[string]bool, class, word string) {
	if m[class] == nil {
		m[class] = map[string]bool{}
	}
	m[class][word] = true
}

// eachRow calls fn with the tab-separated fields of every non-comment line.
func eachRow(name string, fields int, fn func([]string) error) error {
	b, err := ruleFiles.ReadFile(name)
	if err != nil {
		return err
	}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return fmt.Errorf("%s:%d: want %d tab-separated fields, got %d", name, n+1, fields, len(f))
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n+1, err)
		}
	}
	return nil
}

// info returns the entry for word w, creating it.
func (l *lexicon) info(w string) *tokview.WordInfo {
	wi := l.words[w]
	if wi == nil {
		wi = &tokview.WordInfo{}
		l.words[w] = wi
	}
	return wi
}

// rule returns the rule with id, which the data files guarantee exists.
func (l *lexicon) rule(id string) Rule {
	r, ok := l.rules[id]
	if !ok {
		panic("model: rule " + id + " missing from rules.tsv")
	}
	return r
}

var errBadRow = fmt.Errorf("unknown rule or bad pattern")
