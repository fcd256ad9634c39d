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
// starts at the same offset so that adjacent sentences do not nest.
func spanEdges(spans []spanRef) []edge {
	es := make([]edge, 0, 2*len(spans))
	for id, s := range spans {
		es = append(es, edge{at: s.start, id: id, open: true}, edge{at: s.end, id: id})
	}
	slices.SortStableFunc(es, func(a, b edge) int {
		if a.at != b.at {
			return cmp.Compare(a.at, b.at)
		}
		// Ends first: false (an end) before true (a start).
		switch {
		case a.open == b.open:
			return 0
		case !a.open:
			return -1
		}
		return 1
	})
	return es
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
	var b strings.Builder
	b.Grow(len(text) + len(es)*8)
	at, opens, closes := 0, 0, 0
	for _, e := range es {
		pos := min(max(e.at, at), len(text))
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
	if at < len(text) {
		piece(&b, at, len(text))
	}
	return b.String()
}
