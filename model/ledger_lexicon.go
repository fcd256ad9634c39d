package model

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

// The ledger's and the scorecard's word lists live in data files so that
// every entry names the rule that uses it (each file's header comment
// lists its rules); a finding can always say which list entry fired.
//
//go:embed rules/ledger/*.tsv rules/checks/*.tsv
var ledgerData embed.FS

// ledgerEntry is one line of a word-list file: the rule (or check) id that
// uses it and the phrase, tokenised like article text.
type ledgerEntry struct {
	Rule   string
	Phrase string
	keys   []string
}

// ledgerPhrases matches multi-word phrases against tokens. Phrases are
// indexed by their first word, so a lookup costs one map probe per token.
type ledgerPhrases struct {
	byFirst map[string][]ledgerEntry
	// first holds byFirst again for the per-token lookups (wordtable.go);
	// loadLedgerList builds it once every phrase is added.
	first *strTable[[]ledgerEntry]
	rules map[string]bool
}

// loadLedgerList reads a "rule<TAB>phrase" file; lines starting with '#' and
// blank lines are comments. A malformed line is a programming error in
// embedded data, so it panics at start-up, caught by every test run.
func loadLedgerList(paths ...string) *ledgerPhrases {
	pl := &ledgerPhrases{byFirst: map[string][]ledgerEntry{}, rules: map[string]bool{}}
	for _, path := range paths {
		pl.read(path)
	}
	pl.first = newStrTable(pl.byFirst)
	return pl
}

// read adds the entries of one embedded file.
func (pl *ledgerPhrases) read(path string) {
	f, err := ledgerData.Open(path)
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

func (pl *ledgerPhrases) add(rule, phrase string) {
	toks := tokenizeSpan(phrase, Span{0, len(phrase)})
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	if len(keys) == 0 {
		return
	}
	e := ledgerEntry{Rule: rule, Phrase: phrase, keys: keys}
	pl.byFirst[keys[0]] = append(pl.byFirst[keys[0]], e)
	pl.rules[rule] = true
}

// hasPhrase reports whether the folded words key ("saudi arabia") are one
// of the rule's entries.
func (pl *ledgerPhrases) hasPhrase(rule, key string) bool {
	first, _, _ := strings.Cut(key, " ")
	for _, e := range pl.first.get(first) {
		if e.Rule == rule && strings.Join(e.keys, " ") == key {
			return true
		}
	}
	return false
}

// has reports whether the single word key belongs to the rule's list.
func (pl *ledgerPhrases) has(rule, key string) bool {
	for _, e := range pl.first.get(key) {
		if e.Rule == rule && len(e.keys) == 1 {
			return true
		}
	}
	return false
}
