package store

import (
	"sort"

	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
)

// Attached is a saved mark found again on a flag of the current analysis.
type Attached struct {
	// Flag indexes Analysis.Flags.
	Flag int
	// Saved is the mark as it was stored (its old span, for re-keying).
	Saved Mark
	// Edited: the claim's sentence was edited lightly, and the mark
	// followed it there.
	Edited bool
}

// Current is the mark as it now applies: the flag's identity today with
// the saved state, note and time.
func (at Attached) Current(a *model.Analysis) Mark {
	m := MarkOf(a, at.Flag)
	m.State, m.Note, m.Updated, m.Edited = at.Saved.State, at.Saved.Note, at.Saved.Updated, at.Edited
	return m
}

// Attach finds the flag each saved mark belongs to in a. A mark stays on
// its flag when kind, span and sentence are unchanged; otherwise it goes to
// a flag of the same kind in a sentence with the same words (nearest to
// where the sentence was), preferring the same place in the sentence.
// Failing both, a mark goes to a flag of its kind in a lightly edited
// version of its sentence (compare.EditedAt of its words kept) among the
// few sentences around where it stood, and is returned Edited. Marks
// whose sentence is gone, or no longer has a flag of their kind, are
// returned as lost. Each flag takes at most one mark. Nothing here
// searches the text: sentences are matched by hash, spans come from a.
func Attach(a *model.Analysis, marks []Mark) (kept []Attached, lost []Mark) {
	idx := newAttachIndex(a)
	taken := make(map[int]bool)
	var rest []Mark
	for _, m := range marks {
		if f, ok := idx.exact(m); ok && !taken[f] {
			taken[f] = true
			kept = append(kept, Attached{Flag: f, Saved: m})
			continue
		}
		rest = append(rest, m)
	}
	var unmoved []Mark
	for _, m := range rest {
		if f, ok := idx.moved(m, taken); ok {
			taken[f] = true
			kept = append(kept, Attached{Flag: f, Saved: m})
			continue
		}
		unmoved = append(unmoved, m)
	}
	for _, m := range unmoved {
		if f, ok := idx.edited(m, taken); ok {
			taken[f] = true
			kept = append(kept, Attached{Flag: f, Saved: m, Edited: true})
			continue
		}
		lost = append(lost, m)
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Flag < kept[j].Flag })
	return kept, lost
}

type flagKey struct {
	kind       model.Kind
	start, end int
}

type attachIndex struct {
	a          *model.Analysis
	byKey      map[flagKey]int
	byHash     map[string][]int // sentence hash -> sentence indices, in text order
	bySentence map[int][]int    // sentence index -> flag indices
	hashes     []string         // sentence index -> hash
}

func newAttachIndex(a *model.Analysis) *attachIndex {
	x := &attachIndex{a: a, byKey: map[flagKey]int{}, byHash: map[string][]int{},
		bySentence: map[int][]int{}, hashes: make([]string, len(a.Sentences))}
	for i := range a.Sentences {
		h := sentenceHash(a.SentenceText(i))
		x.hashes[i] = h
		x.byHash[h] = append(x.byHash[h], i)
	}
	for i, f := range a.Flags {
		x.byKey[flagKey{f.Kind, f.Span.Start, f.Span.End}] = i
		x.bySentence[f.Sentence] = append(x.bySentence[f.Sentence], i)
	}
	return x
}

// exact is the flag with m's kind and span whose sentence has m's words.
func (x *attachIndex) exact(m Mark) (int, bool) {
	f, ok := x.byKey[flagKey{m.Kind, m.Span.Start, m.Span.End}]
	if !ok || x.hashes[x.a.Flags[f].Sentence] != sentenceHash(m.Sentence) {
		return 0, false
	}
	return f, true
}

// moved looks for m's claim in the sentences with m's words, nearest to
// where m's sentence stood first.
func (x *attachIndex) moved(m Mark, taken map[int]bool) (int, bool) {
	cands := append([]int(nil), x.byHash[sentenceHash(m.Sentence)]...)
	sort.SliceStable(cands, func(i, j int) bool {
		return abs(x.a.Sentences[cands[i]].Start-m.SentenceStart) < abs(x.a.Sentences[cands[j]].Start-m.SentenceStart)
	})
	rel := model.Span{Start: m.Span.Start - m.SentenceStart, End: m.Span.End - m.SentenceStart}
	for _, s := range cands {
		best, bestScore := -1, -1<<62
		for _, f := range x.bySentence[s] {
			fl := x.a.Flags[f]
			if fl.Kind != m.Kind || taken[f] {
				continue
			}
			start := x.a.Sentences[s].Start
			if score := closeness(rel, model.Span{Start: fl.Span.Start - start, End: fl.Span.End - start}); score > bestScore {
				best, bestScore = f, score
			}
		}
		if best >= 0 {
			return best, true
		}
	}
	return 0, false
}

// editedReach is how many sentences on each side of where a mark's
// sentence stood are weighed as its edited version: an edit moves a
// sentence little, and the bound keeps a restore linear in the marks.
const editedReach = 4

// edited looks for m's claim in a lightly edited version of its sentence
// near where it stood: the most similar sentence at compare.EditedAt or
// more that has an untaken flag of m's kind.
func (x *attachIndex) edited(m Mark, taken map[int]bool) (int, bool) {
	ss := x.a.Sentences
	at := sort.Search(len(ss), func(i int) bool { return ss[i].Start >= m.SentenceStart })
	best, bestSim := -1, compare.EditedAt
	for s := max(0, at-editedReach); s < min(len(ss), at+editedReach+1); s++ {
		flag := -1
		for _, f := range x.bySentence[s] {
			if x.a.Flags[f].Kind == m.Kind && !taken[f] {
				flag = f
				break
			}
		}
		if flag < 0 {
			continue
		}
		if sim := compare.Similarity(m.Sentence, x.a.SentenceText(s)); sim >= bestSim {
			best, bestSim = flag, sim
		}
	}
	return best, best >= 0
}

// closeness ranks a candidate span against the saved one, both relative
// to their sentence: overlapping bytes first, then nearness of the starts.
func closeness(saved, cand model.Span) int {
	overlap := min(saved.End, cand.End) - max(saved.Start, cand.Start)
	return max(overlap, 0)<<32 - abs(saved.Start-cand.Start)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
