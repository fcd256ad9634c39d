package compare

import (
	"fmt"
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/caveat-reader/caveat/model"
)

// Change says how a sentence fared from one version to the next.
type Change string

const (
	Same    Change = "same"
	Edited  Change = "edited"
	Added   Change = "added"
	Removed Change = "removed"
)

// EditedAt is the least word similarity (see similarity) at which a
// removed and an added sentence in the same place count as one sentence
// edited. Measured on the versions in versions_test.go: a named source, a
// hedge removed or a denial appended keep 0.6 and more of the words;
// different sentences that happen to sit in one place share under 0.3.
const EditedAt = 0.5

// candidates bounds how many added sentences of one changed stretch each
// removed sentence is weighed against, so a rewritten stretch costs time
// in proportion to its length, not its square.
const candidates = 8

// Pair is one sentence of either version, or of both.
type Pair struct {
	// Old and New index the versions' sentences; -1 where there is none.
	Old, New int
	Change   Change
	// Edits are the words that differ in an edited pair, in order.
	Edits []WordEdit
}

// WordEdit is one place where an edited sentence's words differ: Old is
// the stretch of the old text removed there, New the stretch of the new
// text put in its place. Either may be empty (Start == End), and then
// marks where, in its version, the other was removed or inserted.
type WordEdit struct {
	Old, New model.Span
}

// FlagChange is a kind of flag a sentence gained or lost.
type FlagChange struct {
	Kind  model.Kind
	Added bool
	// Pair indexes Versions.Pairs.
	Pair int
}

// SourceChange is a source of the ledger that appeared, disappeared, or
// was unnamed before and is named now.
type SourceChange struct {
	Change           string // "appeared", "disappeared" or "named"
	Old, New         string // descriptions; empty where there is none
	OldType, NewType model.SourceType
}

// Versions is what changed in the sourcing between two versions of one
// story.
type Versions struct {
	Old, New *model.Analysis
	Pairs    []Pair
	Flags    []FlagChange
	Sources  []SourceChange
}

// Diff aligns the sentences of two versions by content (a sentence diff,
// then each changed stretch paired by word similarity), and lists the
// flags and sources gained and lost. An inserted paragraph shifts
// nothing: the sentences after it still pair with themselves.
func Diff(old, new *model.Analysis) *Versions {
	v := &Versions{Old: old, New: new}
	v.align()
	v.flagChanges()
	v.sourceChanges()
	return v
}

func (v *Versions) align() {
	oldKeys := sentenceKeys(v.Old)
	newKeys := sentenceKeys(v.New)
	i, j := 0, 0
	ops := diffSequences(oldKeys, newKeys)
	for k := 0; k < len(ops); k++ {
		if ops[k].kind == diffmatchpatch.DiffEqual {
			for n := 0; n < ops[k].n; n++ {
				v.Pairs = append(v.Pairs, Pair{Old: i, New: j, Change: Same})
				i, j = i+1, j+1
			}
			continue
		}
		// A changed stretch: the removals and insertions up to the next
		// equal run.
		removed, added := 0, 0
		for ; k < len(ops) && ops[k].kind != diffmatchpatch.DiffEqual; k++ {
			if ops[k].kind == diffmatchpatch.DiffDelete {
				removed += ops[k].n
			} else {
				added += ops[k].n
			}
		}
		k--
		v.pairStretch(i, removed, j, added)
		i, j = i+removed, j+added
	}
}

// pairStretch pairs the removed sentences old[i:i+removed] with the added
// new[j:j+added] in order, each with the most similar of the next few
// added ones when that is similar enough to be an edit.
func (v *Versions) pairStretch(i, removed, j, added int) {
	next := j
	for o := i; o < i+removed; o++ {
		ow := sentenceWords(v.Old, o)
		best, bestSim := -1, EditedAt
		for n := next; n < j+added && n < next+candidates; n++ {
			if s := similarity(ow, sentenceWords(v.New, n)); s >= bestSim {
				best, bestSim = n, s
			}
		}
		if best < 0 {
			v.Pairs = append(v.Pairs, Pair{Old: o, New: -1, Change: Removed})
			continue
		}
		for ; next < best; next++ {
			v.Pairs = append(v.Pairs, Pair{Old: -1, New: next, Change: Added})
		}
		v.Pairs = append(v.Pairs, v.edited(o, best, ow))
		next = best + 1
	}
	for ; next < j+added; next++ {
		v.Pairs = append(v.Pairs, Pair{Old: -1, New: next, Change: Added})
	}
}

// edited is the pair of an edited sentence, with the words that differ.
func (v *Versions) edited(o, n int, ow []word) Pair {
	nw := sentenceWords(v.New, n)
	p := Pair{Old: o, New: n, Change: Edited}
	// at returns the offset of word i of ws, or the end of the sentence.
	at := func(ws []word, i int, a *model.Analysis, s int) int {
		if i < len(ws) {
			return ws[i].start
		}
		return a.Sentences[s].End
	}
	a, b := 0, 0
	var cur *WordEdit
	for _, d := range diffSequences(keysOf(ow), keysOf(nw)) {
		if d.kind == diffmatchpatch.DiffEqual {
			a, b, cur = a+d.n, b+d.n, nil
			continue
		}
		if cur == nil {
			oa, nb := at(ow, a, v.Old, o), at(nw, b, v.New, n)
			p.Edits = append(p.Edits, WordEdit{Old: model.Span{Start: oa, End: oa}, New: model.Span{Start: nb, End: nb}})
			cur = &p.Edits[len(p.Edits)-1]
		}
		if d.kind == diffmatchpatch.DiffDelete {
			cur.Old.End = ow[a+d.n-1].end
			a += d.n
		} else {
			cur.New.End = nw[b+d.n-1].end
			b += d.n
		}
	}
	return p
}

func sentenceKeys(a *model.Analysis) []string {
	out := make([]string, len(a.Sentences))
	for i := range a.Sentences {
		out[i] = sentenceKey(a.SentenceText(i))
	}
	return out
}

func sentenceWords(a *model.Analysis, i int) []word {
	s := a.Sentences[i]
	return words(a.Text, s.Start, s.End)
}

// kindsBySentence holds, per sentence, the reader's kinds flagged in it.
func kindsBySentence(a *model.Analysis) []map[model.Kind]bool {
	out := make([]map[model.Kind]bool, len(a.Sentences))
	for _, f := range a.Flags {
		if !f.Kind.Scored() {
			continue
		}
		if out[f.Sentence] == nil {
			out[f.Sentence] = map[model.Kind]bool{}
		}
		out[f.Sentence][f.Kind] = true
	}
	return out
}

func (v *Versions) flagChanges() {
	oldKinds, newKinds := kindsBySentence(v.Old), kindsBySentence(v.New)
	for pi, p := range v.Pairs {
		var was, is map[model.Kind]bool
		if p.Old >= 0 {
			was = oldKinds[p.Old]
		}
		if p.New >= 0 {
			is = newKinds[p.New]
		}
		for _, k := range model.ReaderKinds {
			switch {
			case is[k] && !was[k]:
				v.Flags = append(v.Flags, FlagChange{Kind: k, Added: true, Pair: pi})
			case was[k] && !is[k]:
				v.Flags = append(v.Flags, FlagChange{Kind: k, Added: false, Pair: pi})
			}
		}
	}
}

// sourceChanges compares the two ledgers by description. An unnamed
// source that is gone, whose sentences now rest on a named source, was
// named: the change a checker most wants to see.
func (v *Versions) sourceChanges() {
	oldBy, newBy := sourcesByKey(v.Old), sourcesByKey(v.New)
	newOf := make([]int, len(v.Old.Sentences))
	for i := range newOf {
		newOf[i] = -1
	}
	for _, p := range v.Pairs {
		if p.Old >= 0 {
			newOf[p.Old] = p.New
		}
	}
	newSourcesOf := sourcesBySentence(v.New)
	namedNow := map[int]bool{}
	for _, s := range v.Old.Sources {
		if _, kept := newBy[descKey(s.Description)]; kept {
			continue
		}
		if s.Type.Anonymous() {
			if n := namedSuccessor(s, newOf, newSourcesOf, v.New); n >= 0 {
				ns := v.New.Sources[n]
				namedNow[n] = true
				v.Sources = append(v.Sources, SourceChange{Change: "named", Old: s.Description, New: ns.Description, OldType: s.Type, NewType: ns.Type})
				continue
			}
		}
		v.Sources = append(v.Sources, SourceChange{Change: "disappeared", Old: s.Description, OldType: s.Type})
	}
	for n, s := range v.New.Sources {
		if _, was := oldBy[descKey(s.Description)]; was || namedNow[n] {
			continue
		}
		v.Sources = append(v.Sources, SourceChange{Change: "appeared", New: s.Description, NewType: s.Type})
	}
}

// namedSuccessor is the named source of the new version that most of an
// old unnamed source's sentences now rest on, or -1.
func namedSuccessor(s model.Source, newOf []int, newSourcesOf [][]int, new *model.Analysis) int {
	votes := map[int]int{}
	best, bestVotes := -1, 0
	for _, si := range s.Sentences {
		n := newOf[si]
		if n < 0 {
			continue
		}
		for _, src := range newSourcesOf[n] {
			if new.Sources[src].Type.Anonymous() {
				continue
			}
			votes[src]++
			if votes[src] > bestVotes || (votes[src] == bestVotes && src < best) {
				best, bestVotes = src, votes[src]
			}
		}
	}
	return best
}

func descKey(d string) string { return strings.ToLower(sentenceKey(d)) }

func sourcesByKey(a *model.Analysis) map[string]int {
	out := make(map[string]int, len(a.Sources))
	for i, s := range a.Sources {
		out[descKey(s.Description)] = i
	}
	return out
}

func sourcesBySentence(a *model.Analysis) [][]int {
	out := make([][]int, len(a.Sentences))
	for i, s := range a.Sources {
		for _, si := range s.Sentences {
			out[si] = append(out[si], i)
		}
	}
	return out
}

// Summary says in a line what changed in the sourcing: flags gained and
// lost per kind, and sources named, gained and lost ("+1 Denial, -1
// Anonymous; 1 source named"), or that nothing did.
func (v *Versions) Summary() string {
	var parts []string
	for _, k := range model.ReaderKinds {
		added, removed := 0, 0
		for _, f := range v.Flags {
			if f.Kind != k {
				continue
			}
			if f.Added {
				added++
			} else {
				removed++
			}
		}
		if added > 0 {
			parts = append(parts, fmt.Sprintf("+%d %s", added, k.Label()))
		}
		if removed > 0 {
			parts = append(parts, fmt.Sprintf("-%d %s", removed, k.Label()))
		}
	}
	flags := strings.Join(parts, ", ")
	counts := map[string]int{}
	for _, s := range v.Sources {
		counts[s.Change]++
	}
	var srcs []string
	for _, c := range []string{"named", "appeared", "disappeared"} {
		if n := counts[c]; n == 1 {
			srcs = append(srcs, "1 source "+c)
		} else if n > 1 {
			srcs = append(srcs, fmt.Sprintf("%d sources %s", n, c))
		}
	}
	switch {
	case flags == "" && len(srcs) == 0:
		return "no change in its sourcing"
	case len(srcs) == 0:
		return flags
	case flags == "":
		return strings.Join(srcs, ", ")
	}
	return flags + "; " + strings.Join(srcs, ", ")
}
