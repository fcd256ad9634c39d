package ui

import (
	"cmp"
	"slices"
	"strings"
)

// Span edges travel through wrapping and glamour as zero-width sentinels:
// U+2060 WORD JOINER opens a span, U+2063 INVISIBLE SEPARATOR closes one.
// The k-th opening sentinel in the output is the k-th span start sent in
// (likewise for ends). Every resyncEvery-th sentinel also carries its
// ordinal, written in base 3 with the invisible operators U+2061, U+2062,
// U+2064, so that a sentinel lost by the renderer (a truncated table cell)
// misplaces at most the few spans up to the next numbered one instead of
// every later span; numbering only some keeps glamour's input small. None
// of these characters can come from the article: articles.Visible deletes
// U+2060..U+2064.
const (
	openMark  = '\u2060'
	closeMark = '\u2063'
)

// idDigits are the base-3 digits of a sentinel's span id.
var idDigits = [3]rune{'\u2061', '\u2062', '\u2064'}

// isMarkRune reports whether r is any rune of a sentinel.
func isMarkRune(r rune) bool { return r >= 0x2060 && r <= 0x2064 }

// digitValue is the value of a base-3 id digit, or -1.
func digitValue(r rune) int {
	for i, d := range idDigits {
		if d == r {
			return i
		}
	}
	return -1
}

// resyncEvery is how often a sentinel carries its ordinal.
const resyncEvery = 16

// writeSentinel appends the k-th opening or closing sentinel.
func writeSentinel(b *strings.Builder, k int, open bool) {
	if open {
		b.WriteRune(openMark)
	} else {
		b.WriteRune(closeMark)
	}
	if k%resyncEvery != 0 {
		return
	}
	id := k
	var buf [24]rune
	n := 0
	for {
		buf[n] = idDigits[id%3]
		n++
		id /= 3
		if id == 0 {
			break
		}
	}
	// Most significant digit first, so the id reads left to right.
	for i := n - 1; i >= 0; i-- {
		b.WriteRune(buf[i])
	}
}

// edge is one end of a span, at a byte offset of the source text.
type edge struct {
	at   int
	id   int
	open bool
}

// spanEdges lists both ends of every span, ordered by offset, ends before
// starts at the same offset so that adjacent sentences do not nest, then
// by span id (the order a stable sort by the first two gives, as each
// span's edges go in by id).
//
// The spans come as runs already in order (the sentences, the flags, the
// search matches): each span's edges join the first of a few chains they
// extend in order, the rest are sorted, and all are merged, which costs
// about one pass for the hundreds of thousands of edges of a 10 MB text
// where sorting them all was a third of its first frame.
func spanEdges(spans []spanRef) []edge {
	const maxChains = 4
	var chains [][]edge
	var rest []edge
next:
	for id, s := range spans {
		open, end := edge{at: s.start, id: id, open: true}, edge{at: s.end, id: id}
		if edgeOrder(open, end) < 0 {
			for c := range chains {
				if edgeOrder(chains[c][len(chains[c])-1], open) < 0 {
					chains[c] = append(chains[c], open, end)
					continue next
				}
			}
			if len(chains) < maxChains {
				chains = append(chains, append(make([]edge, 0, 2*(len(spans)-id)/(maxChains-len(chains))+2), open, end))
				continue
			}
		}
		rest = append(rest, open, end)
	}
	slices.SortFunc(rest, edgeOrder)
	return mergeEdges(append(chains, rest), 2*len(spans))
}

// edgeOrder orders edges by offset, ends before starts, then by span id.
func edgeOrder(a, b edge) int {
	if a.at != b.at {
		return cmp.Compare(a.at, b.at)
	}
	if a.open != b.open {
		if !a.open {
			return -1
		}
		return 1
	}
	return cmp.Compare(a.id, b.id)
}

// mergeEdges merges a few lists of edges, each in edgeOrder, into one.
func mergeEdges(lists [][]edge, n int) []edge {
	out := make([]edge, 0, n)
	at := make([]int, len(lists))
	for {
		best := -1
		for i, l := range lists {
			if at[i] < len(l) && (best < 0 || edgeOrder(l[at[i]], lists[best][at[best]]) < 0) {
				best = i
			}
		}
		if best < 0 {
			return out
		}
		out = append(out, lists[best][at[best]])
		at[best]++
	}
}

// ordinals lists the span ids of the opening and of the closing edges in
// the order markText writes them: the k-th sentinel found is span
// opens[k] or closes[k].
func ordinals(es []edge) (opens, closes []int) {
	for _, e := range es {
		if e.open {
			opens = append(opens, e.id)
		} else {
			closes = append(closes, e.id)
		}
	}
	return opens, closes
}

// spanRef is a span to place on screen, by byte offsets.
type spanRef struct{ start, end int }

// markText returns text made visible with a sentinel at every edge. Each
// piece between edges goes through articles.Visible on its own, so the
// offsets of the edges are those of the original bytes. piece lets the
// caller reshape text (plain paragraphs) while it is copied.
func markText(text string, es []edge, piece func(b *strings.Builder, from, to int)) string {
	return markRange(text, es, 0, len(text), 0, 0, piece)
}

// markRange is markText for the bytes [from, to) of text holding the edges
// es, the first of them the opens-th opening and closes-th closing edge of
// the whole text: a piece of a long text, marked as the whole would be.
func markRange(text string, es []edge, from, to, opens, closes int, piece func(b *strings.Builder, from, to int)) string {
	var b strings.Builder
	b.Grow(to - from + len(es)*8)
	at := from
	for _, e := range es {
		pos := min(max(e.at, at), to)
		if pos > at {
			piece(&b, at, pos)
			at = pos
		}
		if e.open {
			writeSentinel(&b, opens, true)
			opens++
		} else {
			writeSentinel(&b, closes, false)
			closes++
		}
	}
	if at < to {
		piece(&b, at, to)
	}
	return b.String()
}

// chunk is one piece of a long text's marked text, laid out on its own:
// marked already (markdown), or marked when first laid out (plain text).
// size is the piece's length in the source, for estimates.
type chunk struct {
	size int
	text string
	mark func() string
}

// marked is the piece's marked text.
func (c chunk) marked() string {
	if c.mark != nil {
		return c.mark()
	}
	return c.text
}
