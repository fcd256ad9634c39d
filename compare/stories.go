package compare

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"

	"github.com/caveat-reader/caveat/model"
)

// SameClaimAt is the least content-word similarity (Dice over the two
// sentences' content words) at which sentences of two outlets count as
// the same claim. Measured on the three-outlet story in testdata (see
// TestStoriesThreshold): paraphrases of one claim score 0.43 to 1,
// sentences about different claims of the same story at most 0.40, and
// those only with a sentence whose own best match lies elsewhere (pairs
// are mutual best matches).
const SameClaimAt = 0.35

// commonWord bounds the inverted index: a content word found in more
// sentences than this brings no candidates of its own (its sentences
// still meet through rarer words), so candidate sets stay small and the
// comparison linear in the number of sentences.
const commonWord = 64

//go:embed data/stopwords.txt
var stopwordData string

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(stopwordData, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}()

// Ref is one sentence of one article of a session.
type Ref struct {
	Article, Sentence int
}

// Claim is a claim that more than one article carries: its sentence in
// each (in article order), with what each rests on.
type Claim struct {
	Sentences []Ref
}

// Stories is one story as several outlets tell it.
type Stories struct {
	Articles []*model.Analysis
	// Claims shared by two articles or more, in the order of the first
	// article that carries each.
	Claims []Claim
}

// Compare finds the claims several articles share: sentences of
// different articles whose content words overlap by SameClaimAt or more,
// joined transitively. Candidates come from an inverted index of content
// words, never from comparing all pairs of sentences.
func Compare(as []*model.Analysis) *Stories {
	st := &Stories{Articles: as}
	var refs []Ref
	var sets [][]string
	index := map[string][]int{}
	for ai, a := range as {
		boiler := boilerplateSentences(a)
		for si := range a.Sentences {
			if boiler[si] || headingLike(a, si) {
				continue
			}
			ws := contentWords(a.SentenceText(si))
			if len(ws) == 0 {
				continue
			}
			id := len(refs)
			refs = append(refs, Ref{ai, si})
			sets = append(sets, ws)
			for _, w := range ws {
				index[w] = append(index[w], id)
			}
		}
	}
	parent := make([]int, len(refs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// Each sentence's best match in every other article; a pair is one
	// claim only when each is the other's best (mutual), so a sentence
	// that shares words with two claims cannot chain them into one.
	type match struct {
		id  int
		sim float64
	}
	best := make([]map[int]match, len(refs))
	shared := map[int]int{}
	for i, ws := range sets {
		clear(shared)
		for _, w := range ws {
			ids := index[w]
			if len(ids) > commonWord {
				continue
			}
			for _, j := range ids {
				if refs[j].Article != refs[i].Article {
					shared[j]++
				}
			}
		}
		for j, n := range shared {
			sim := 2 * float64(n) / float64(len(ws)+len(sets[j]))
			if sim < SameClaimAt {
				continue
			}
			if best[i] == nil {
				best[i] = map[int]match{}
			}
			b := refs[j].Article
			if m, ok := best[i][b]; !ok || sim > m.sim || (sim == m.sim && j < m.id) {
				best[i][b] = match{j, sim}
			}
		}
	}
	for i := range refs {
		for b, m := range best[i] {
			if back, ok := best[m.id][refs[i].Article]; ok && back.id == i && b == refs[m.id].Article {
				parent[find(m.id)] = find(i)
			}
		}
	}
	groups := map[int][]Ref{}
	var order []int
	for i, r := range refs {
		root := find(i)
		if _, ok := groups[root]; !ok {
			order = append(order, root)
		}
		groups[root] = append(groups[root], r)
	}
	for _, root := range order {
		g := groups[root]
		articles := map[int]bool{}
		for _, r := range g {
			articles[r.Article] = true
		}
		if len(articles) < 2 {
			continue
		}
		slices.SortFunc(g, func(x, y Ref) int {
			if x.Article != y.Article {
				return x.Article - y.Article
			}
			return x.Sentence - y.Sentence
		})
		st.Claims = append(st.Claims, Claim{Sentences: g})
	}
	return st
}

// headingLike reports whether sentence si is a paragraph of its own with
// no closing punctuation: a headline or sub-heading, which restates the
// story's claims rather than making one.
func headingLike(a *model.Analysis, si int) bool {
	s := a.Sentences[si]
	p := a.Paragraphs[s.Paragraph]
	if strings.TrimSpace(a.Text[p.Start:p.End]) != strings.TrimSpace(a.Text[s.Start:s.End]) {
		return false
	}
	t := strings.TrimRight(a.Text[s.Start:s.End], " \t\n\"'”’)")
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?:")
}

func boilerplateSentences(a *model.Analysis) map[int]bool {
	out := map[int]bool{}
	for _, f := range a.Flags {
		if f.Kind == model.Boilerplate {
			out[f.Sentence] = true
		}
	}
	return out
}

// contentWords are a sentence's distinct words that say something of its
// claim: lower-cased, numbers kept, function words left out, plurals
// folded ("homes" and "home" meet).
func contentWords(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range words(s, 0, len(s)) {
		k := strings.ToLower(strings.Trim(w.key, "'’-"))
		r := []rune(k)
		if len(r) == 0 || !(unicode.IsLetter(r[0]) || unicode.IsDigit(r[0])) || stopwords[k] {
			continue
		}
		if len(r) < 3 && !unicode.IsDigit(r[0]) {
			continue
		}
		if len(k) > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") {
			k = k[:len(k)-1]
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// Kinds are the reader's kinds flagged in the sentence r, in display
// order.
func (st *Stories) Kinds(r Ref) []model.Kind {
	a := st.Articles[r.Article]
	var out []model.Kind
	for _, k := range model.ReaderKinds {
		for _, f := range a.Flags {
			if f.Sentence == r.Sentence && f.Kind == k {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// Sources are the ledger's sources the sentence r rests on.
func (st *Stories) Sources(r Ref) []model.Source {
	var out []model.Source
	for _, s := range st.Articles[r.Article].Sources {
		if slices.Contains(s.Sentences, r.Sentence) {
			out = append(out, s)
		}
	}
	return out
}

// OnlyUnnamed reports whether the sentence r rests on unnamed sources
// alone: the outlet has this claim from nobody it names.
func (st *Stories) OnlyUnnamed(r Ref) bool {
	srcs := st.Sources(r)
	if len(srcs) == 0 {
		return slices.Contains(st.Kinds(r), model.AnonymousSource)
	}
	for _, s := range srcs {
		if !s.Type.Anonymous() {
			return false
		}
	}
	return true
}
