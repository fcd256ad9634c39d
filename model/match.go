package model

import "sort"

// phraseTrie finds lexicon phrases in a token stream. Phrases hang off
// the word-info entry of their first word, which tokenisation has already
// looked up, so a token costs no further lookup and only phrases that
// start with that word are compared: linear in the text, with no per-cue
// scan and no regexp backtracking.
type phraseTrie struct{}

func newPhraseTrie(entries []cueEntry, info func(string) *wordInfo) *phraseTrie {
	for _, e := range entries {
		if len(e.words) == 0 {
			continue
		}
		// Every word of a phrase gets a lexicon entry, so that find
		// compares a token's entry with the phrase's, a pointer, instead
		// of comparing the words' bytes.
		e.infos = make([]*wordInfo, len(e.words))
		for k, w := range e.words {
			e.infos[k] = info(w)
		}
		wi := e.infos[0]
		wi.cues = append(wi.cues, e)
	}
	for _, e := range entries {
		if len(e.words) > 0 {
			list := info(e.words[0]).cues
			sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
		}
	}
	return &phraseTrie{}
}

// cueMatch is one phrase found: its rule and token range [from, to).
type cueMatch struct {
	rule     string
	from, to int
	blocker  bool
}

// find returns every phrase occurrence within toks[from:to], then drops
// cues overlapped by a blocker of their rule and cues inside a longer cue
// of the same rule.
func (t *phraseTrie) find(toks []token, from, to int, out []cueMatch) []cueMatch {
	base := len(out)
	for i := from; i < to; i++ {
		if !toks[i].cue {
			continue
		}
		list := toks[i].info.cues
	entries:
		for j := range list {
			e := &list[j]
			if i+len(e.words) > to {
				continue
			}
			for k := 1; k < len(e.infos); k++ {
				if toks[i+k].info != e.infos[k] {
					continue entries
				}
			}
			out = append(out, cueMatch{rule: e.rule, from: i, to: i + len(e.words), blocker: e.blocker})
		}
	}
	return prune(out, base)
}

// prune removes, from out[base:], blockers and the cues they overlap, and
// cues contained in a longer cue of the same rule. find appends matches
// in order of their first token, and no match is longer than the longest
// found, so the matches a cue can overlap lie in a window around it: a
// sentence where every word is a cue costs its cues times that window,
// not its cues squared.
func prune(out []cueMatch, base int) []cueMatch {
	if len(out) == base {
		return out
	}
	// Copy: keep is written over the same backing array. A sentence
	// rarely holds more than a few cues, so the copy lives on the stack.
	var buf [16]cueMatch
	found := append(buf[:0], out[base:]...)
	keep := out[:base]
	longest := 0
	for _, m := range found {
		longest = max(longest, m.to-m.from)
	}
	for i, m := range found {
		if m.blocker {
			continue
		}
		lo, hi := i, i+1
		for lo > 0 && found[lo-1].from > m.from-longest {
			lo--
		}
		for hi < len(found) && found[hi].from < m.to {
			hi++
		}
		drop := false
		for j := lo; j < hi; j++ {
			o := found[j]
			if i == j || o.rule != m.rule || o.from >= m.to || m.from >= o.to {
				continue
			}
			if o.blocker {
				drop = true
				break
			}
			longer := o.to-o.from > m.to-m.from
			if longer || (o.to-o.from == m.to-m.from && j < i) {
				drop = true
				break
			}
		}
		if !drop {
			keep = append(keep, m)
		}
	}
	return keep
}
