package scorecard

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/caveat-reader/caveat/model/ledger"
)

// checker holds what several checks share, per sentence: its flags'
// kinds, the sources it rests on and the facts Read took from its
// tokens, so the scorecard costs time and memory linear in the text.
type checker struct {
	in *Input
	// kinds holds, per sentence, the kindBit of each kind flagged in it.
	kinds   []uint8
	srcFrom []int32
	srcList []int32
	// attributed caches attributedSentences.
	attributed []int
}

func newChecker(in *Input) *checker {
	c := &checker{in: in, kinds: make([]uint8, len(in.Sentences))}
	for _, f := range in.Flags {
		if f.Sentence >= 0 && f.Sentence < len(c.kinds) {
			c.kinds[f.Sentence] |= kindBit(f.Kind)
		}
	}
	// The sources of each sentence, laid out flat: those of sentence si
	// are srcList[srcFrom[si]:srcFrom[si+1]], in source order.
	n := len(in.Sentences)
	c.srcFrom = make([]int32, n+1)
	for _, s := range in.Sources {
		for _, si := range s.Sentences {
			c.srcFrom[si+1]++
		}
	}
	for si := range n {
		c.srcFrom[si+1] += c.srcFrom[si]
	}
	c.srcList = make([]int32, c.srcFrom[n])
	next := slices.Clone(c.srcFrom[:n])
	for i, s := range in.Sources {
		for _, si := range s.Sentences {
			c.srcList[next[si]] = int32(i)
			next[si]++
		}
	}
	return c
}

// kindBit gives each kind the checks ask about one bit.
func kindBit(k Kind) uint8 {
	if k == OtherKind || k > Boilerplate {
		return 0
	}
	return 1 << (k - 1)
}

// sources returns the indexes into in.Sources of the sources sentence si
// rests on.
func (c *checker) sources(si int) []int32 { return c.srcList[c.srcFrom[si]:c.srcFrom[si+1]] }

// kind reports whether sentence si holds a flag of kind k.
func (c *checker) kind(si int, k Kind) bool { return c.kinds[si]&kindBit(k) != 0 }

// has reports whether sentence si holds an entry of the sentence class
// with bit class (facts.go).
func (c *checker) has(si int, class uint8) bool { return c.in.Facts[si].classes&class != 0 }

// granted lists the unnamed people and groups an article quotes: the
// sources for which the standards ask a reason and a basis. Unnamed media
// and vague groups ("many have called") are not granted anonymity by the
// reporter, so those two checks pass them by.
func (c *checker) granted() []int {
	var out []int
	for i, s := range c.in.Sources {
		if s.Type != ledger.UnnamedPerson && s.Type != ledger.UnnamedGroup {
			continue
		}
		m, ok := ledger.ReadPhrase(c.in.Text, s.Mention)
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
		q = append(q, fmt.Sprintf("%q", c.in.Sources[i].Description))
	}
	return strings.Join(q, ", ")
}

func (c *checker) first(idx []int) []int {
	var out []int
	for _, i := range idx {
		if s := c.in.Sources[i].Sentences; len(s) > 0 {
			out = append(out, s[0])
		}
	}
	return out
}

// sourceHas reports whether any sentence of source i holds an entry of
// the sentence class with bit class.
func (c *checker) sourceHas(i int, class uint8) bool {
	for _, si := range c.in.Sources[i].Sentences {
		if c.has(si, class) {
			return true
		}
	}
	return false
}

func sorted(x []int) []int {
	x = slices.Clone(x)
	sort.Ints(x)
	return x
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
