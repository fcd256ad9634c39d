package model

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

// The scorecard's word lists live in data files so that
// every entry names the rule that uses it (each file's header comment
// lists its rules); a finding can always say which list entry fired.
//
//go:embed rules/checks/*.tsv
var checkData embed.FS

// phraseEntry is one line of a word-list file: the rule (or check) id that
// uses it and the phrase, tokenised like article text.
type phraseEntry struct {
	Rule   string
	Phrase string
	keys   []string
}

// phraseList matches multi-word phrases against tokens. Phrases are
// indexed by their first word, so a lookup costs one map probe per token.
type phraseList struct {
	byFirst map[string][]phraseEntry
	// first holds byFirst again for the per-token lookups (wordtable.go);
	// loadPhraseList builds it once every phrase is added.
	first *strTable[[]phraseEntry]
	rules map[string]bool
	// ruleBit and wordBits index the single-word entries (indexWords).
	ruleBit  map[string]uint64
	wordBits map[string]uint64
}

// loadPhraseList reads a "rule<TAB>phrase" file; lines starting with '#' and
// blank lines are comments. A malformed line is a programming error in
// embedded data, so it panics at start-up, caught by every test run.
func loadPhraseList(paths ...string) *phraseList {
	pl := &phraseList{byFirst: map[string][]phraseEntry{}, rules: map[string]bool{}}
	for _, path := range paths {
		pl.read(path)
	}
	pl.first = newStrTable(pl.byFirst)
	pl.indexWords()
	return pl
}

// indexWords gives each rule a bit and each single word the bits of the
// rules listing it, so has costs two map probes rather than a walk over
// every phrase starting with the word. Past 64 rules, has walks.
func (pl *phraseList) indexWords() {
	if len(pl.rules) > 64 {
		return
	}
	pl.ruleBit = make(map[string]uint64, len(pl.rules))
	pl.wordBits = map[string]uint64{}
	for rule := range pl.rules {
		pl.ruleBit[rule] = 1 << len(pl.ruleBit)
	}
	for k, es := range pl.byFirst {
		for _, e := range es {
			if len(e.keys) == 1 {
				pl.wordBits[k] |= pl.ruleBit[e.Rule]
			}
		}
	}
}

// read adds the entries of one embedded file.
func (pl *phraseList) read(path string) {
	f, err := checkData.Open(path)
	if err != nil {
		panic(fmt.Sprintf("model: embedded lexicon %s: %v", path, err))
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		rule, phrase, ok := strings.Cut(t, "\t")
		phrase = strings.TrimSpace(phrase)
		if !ok || rule == "" || phrase == "" {
			panic(fmt.Sprintf("model: %s:%d: want rule<TAB>phrase", path, line))
		}
		pl.add(rule, phrase)
	}
	if err := sc.Err(); err != nil {
		panic(fmt.Sprintf("model: embedded lexicon %s: %v", path, err))
	}
}

func (pl *phraseList) add(rule, phrase string) {
	toks := tokenizeSpan(phrase, Span{0, len(phrase)})
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	if len(keys) == 0 {
		return
	}
	e := phraseEntry{Rule: rule, Phrase: phrase, keys: keys}
	pl.byFirst[keys[0]] = append(pl.byFirst[keys[0]], e)
	pl.rules[rule] = true
}

// has reports whether the single word key belongs to the rule's list.
func (pl *phraseList) has(rule, key string) bool {
	if pl.ruleBit != nil {
		return pl.wordBits[key]&pl.ruleBit[rule] != 0
	}
	for _, e := range pl.first.get(key) {
		if e.Rule == rule && len(e.keys) == 1 {
			return true
		}
	}
	return false
}
