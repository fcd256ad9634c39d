package model

import (
	"bufio"
	"fmt"
	"github.com/caveat-reader/caveat/model/ledger"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The sourcing scorecard: questions a careful editor asks of an article,
// drawn from the AP, Reuters and New York Times standards on anonymous
// sources. Each is asked of every article and answered with the sentences
// that prompted it; Raised marks a question worth the reader's look, never
// a verdict on the story. The questions and their standards are
// rules/checks/checks.tsv, the phrases each looks for rules/checks/phrases.tsv.

// checkDef is one question of the scorecard.
type checkDef struct{ ID, Standard, Question string }

var checkDefs = sync.OnceValue(func() []checkDef {
	f, err := checkData.Open("rules/checks/checks.tsv")
	if err != nil {
		panic("model: embedded checks.tsv: " + err.Error())
	}
	defer f.Close()
	var out []checkDef
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		p := strings.Split(t, "\t")
		if len(p) != 3 {
			panic("model: checks.tsv: want id<TAB>standard<TAB>question: " + t)
		}
		out = append(out, checkDef{p[0], p[1], p[2]})
	}
	return out
})

var checkPhrases = sync.OnceValue(func() *phraseList {
	return loadPhraseList("rules/checks/phrases.tsv")
})

// shareRaised is the share of attributed sentences at which a share check
// is raised: when half the article's attributed sentences rest on
// anonymous sources (or on hedged or denied claims), an editor asks why.
const shareRaised = 0.5

// runChecks fills a.Checks from the ledger (a.Sources) and the flags; call
// it after buildSources.
func runChecks(a *Analysis) { runChecksLower(a, "") }

// runChecksLower is runChecks given asciiLower(a.Text) (or ""), which the
// detector has already made, so reading the sentences copies no words.
func runChecksLower(a *Analysis, lower string) { runChecksFacts(a, lower, nil) }

// runChecksFacts is runChecksLower given facts, one per sentence, some
// already scanned by the detector (analyzer.paragraph), or nil.
func runChecksFacts(a *Analysis, lower string, facts []checkFacts) {
	c := &checker{a: a, lower: lower, facts: facts}
	c.index()
	answers := map[string]func() (string, bool, []int){
		"anonymity_reason":    c.anonymityReason,
		"source_precise":      c.sourcePrecise,
		"basis_of_knowledge":  c.basisOfKnowledge,
		"plural_sources":      c.pluralSources,
		"lead_anonymous":      c.leadAnonymous,
		"allegation_answered": c.allegationAnswered,
		"anonymous_attack":    c.anonymousAttack,
		"share_anonymous":     c.shareAnonymous,
		"share_unverified":    c.shareUnverified,
	}
	a.Checks = a.Checks[:0]
	for _, d := range checkDefs() {
		fn, ok := answers[d.ID]
		if !ok {
			panic("model: checks.tsv names a check with no code: " + d.ID)
		}
		ans, raised, sents := fn()
		sents = slices.Compact(checkSorted(sents))
		if sents == nil {
			sents = []int{}
		}
		a.Checks = append(a.Checks, Check{ID: d.ID, Question: d.Question, Standard: d.Standard, Answer: ans, Raised: raised, Sentences: sents})
	}
}

// checker holds what several checks share, per sentence: its flags'
// kinds, the sources it rests on and the phrases it holds. Every sentence
// is read once, into one reused token buffer (checks_scan.go), so the
// scorecard costs time and memory linear in the text.
type checker struct {
	a       *Analysis
	lower   string
	srcFrom []int32
	srcList []int32
	facts   []checkFacts
	// attributed caches attributedSentences.
	attributed []int
}

// sources returns the indexes into a.Sources of the sources sentence si
// rests on.
func (c *checker) sources(si int) []int32 { return c.srcList[c.srcFrom[si]:c.srcFrom[si+1]] }

func (c *checker) index() {
	a := c.a
	if len(c.facts) != len(a.Sentences) {
		c.facts = make([]checkFacts, len(a.Sentences))
	}
	for _, f := range a.Flags {
		if f.Sentence >= 0 && f.Sentence < len(c.facts) {
			c.facts[f.Sentence].kinds |= checkKindBit(f.Kind)
		}
	}
	// The sources of each sentence, laid out flat: those of sentence si
	// are srcList[srcFrom[si]:srcFrom[si+1]], in source order.
	c.srcFrom = make([]int32, len(a.Sentences)+1)
	for _, s := range a.Sources {
		for _, si := range s.Sentences {
			c.srcFrom[si+1]++
		}
	}
	for si := range a.Sentences {
		c.srcFrom[si+1] += c.srcFrom[si]
	}
	c.srcList = make([]int32, c.srcFrom[len(a.Sentences)])
	next := slices.Clone(c.srcFrom[:len(a.Sentences)])
	for i, s := range a.Sources {
		for _, si := range s.Sentences {
			c.srcList[next[si]] = int32(i)
			next[si]++
		}
	}
	c.scanSentences()
}

// kind reports whether sentence si holds a flag of kind k.
func (c *checker) kind(si int, k Kind) bool {
	return c.facts[si].kinds&checkKindBit(k) != 0
}

// has reports whether sentence si holds a phrase of the given list.
func (c *checker) has(si int, list string) bool {
	return c.facts[si].lists&checkListBit(list) != 0
}

// granted lists the unnamed people and groups an article quotes: the
// sources for which the standards ask a reason and a basis. Unnamed media
// and vague groups ("many have called") are not granted anonymity by the
// reporter, so those two checks pass them by.
func (c *checker) granted() []int {
	var out []int
	for i, s := range c.a.Sources {
		if s.Type != UnnamedPerson && s.Type != UnnamedGroup {
			continue
		}
		m, ok := ledger.ReadPhrase(c.a.Text, ledger.Span(s.Mention))
		if ok && m.Vague {
			continue
		}
		out = append(out, i)
	}
	return out
}

func (c *checker) quoteList(idx []int) string {
	q := make([]string, 0, len(idx))
	for _, i := range idx {
		q = append(q, fmt.Sprintf("%q", c.a.Sources[i].Description))
	}
	return strings.Join(q, ", ")
}

func (c *checker) first(idx []int) []int {
	var out []int
	for _, i := range idx {
		if s := c.a.Sources[i].Sentences; len(s) > 0 {
			out = append(out, s[0])
		}
	}
	return out
}

// sourceHas reports whether any sentence of source i holds a phrase of list.
func (c *checker) sourceHas(i int, list string) bool {
	for _, si := range c.a.Sources[i].Sentences {
		if c.has(si, list) {
			return true
		}
	}
	return false
}

func checkSorted(x []int) []int {
	x = slices.Clone(x)
	sort.Ints(x)
	return x
}

func checkPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
