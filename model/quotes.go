package model

import (
	"slices"

	"github.com/caveat-reader/caveat/model/tokview"
)

// quotation is one stretch of quoted speech: tokens (from, to) exclusive
// of the marks themselves are inside it.
type quotation struct {
	open, close int // token indexes of the marks; close may be past the paragraph end
}

// findQuotations pairs quotation marks within the current paragraph: curly marks
// open and close, straight marks alternate. A quotation left open runs to
// the end of its paragraph, as news quotations continued in the next
// paragraph do.
func (z *analyzer) findQuotations() {
	z.quotes = z.quotes[:0]
	if cap(z.inQuote) < len(z.toks) {
		z.inQuote = make([]int32, len(z.toks), 2*len(z.toks))
	} else {
		z.inQuote = z.inQuote[:len(z.toks)]
		clear(z.inQuote)
	}
	open := -1
	for t := range z.toks {
		if z.toks[t].Word {
			continue
		}
		n := z.toks[t].Norm
		switch {
		case open < 0 && (n == tokview.QuoteOpen || n == tokview.QuoteStraight):
			open = t
		case open >= 0 && (n == tokview.QuoteClose || n == tokview.QuoteStraight):
			z.closeQuote(open, t)
			open = -1
		}
	}
	if open >= 0 {
		z.closeQuote(open, len(z.toks))
	}
}

func (z *analyzer) closeQuote(open, close int) {
	z.quotes = append(z.quotes, quotation{open, close})
	id := int32(len(z.quotes))
	for k := open + 1; k < close; k++ {
		z.inQuote[k] = id
	}
}

// quoted reports whether token i is inside a quotation.
func (z *analyzer) quoted(i int) bool { return i >= 0 && i < len(z.inQuote) && z.inQuote[i] != 0 }

// propagateQuotations gives every sentence of a quotation the status of
// its speaker: when the quotation's attribution (in its first or last
// sentence, outside the marks) is an unnamed source, each of its other
// sentences is flagged too. A quotation with no attribution of its own
// that opens the sentence right after an unnamed source's quotation
// continues that speaker's words, as news quotations do ("“…,” a
// diplomat said. “If there is no agreement …”"), across a paragraph
// break too.
func (z *analyzer) propagateQuotations() {
	if len(z.quotes) == 0 {
		return
	}
	// Who speaks around each quotation: the attributions of its sentences
	// that stand outside it. Counted with prefix sums per sentence, less
	// those inside the quotation (found by offset), so a paragraph of
	// many quotations and attributions is not walked once per quotation.
	attrs := z.a.Attributions[z.attrBase:]
	n := len(z.sents)
	namedUpTo, anonUpTo := make([]int, n+1), make([]int, n+1)
	for _, at := range attrs {
		if i := at.Sentence - z.sentBase; i >= 0 && i < n {
			if at.Named {
				namedUpTo[i+1]++
			} else {
				anonUpTo[i+1]++
			}
		}
	}
	for i := 0; i < n; i++ {
		namedUpTo[i+1] += namedUpTo[i]
		anonUpTo[i+1] += anonUpTo[i]
	}
	byStart := make([]int, len(attrs))
	for i := range byStart {
		byStart[i] = i
	}
	slices.SortStableFunc(byStart, func(x, y int) int { return attrs[x].Mention.Start - attrs[y].Mention.Start })
	hasAnon := map[int]bool{}
	for _, f := range z.a.Flags[z.flagBase:] {
		if f.Kind == AnonymousSource {
			hasAnon[f.Sentence] = true
		}
	}
	for _, q := range z.quotes {
		first, last := z.sentenceOfToken(q.open), z.sentenceOfToken(q.close-1)
		if first < 0 || last < 0 {
			continue
		}
		namedOut := namedUpTo[last+1-z.sentBase] - namedUpTo[first-z.sentBase]
		anonOut := anonUpTo[last+1-z.sentBase] - anonUpTo[first-z.sentBase]
		if q.open+1 < len(z.toks) {
			qs, qe := z.quotedRange(q)
			k, _ := slices.BinarySearchFunc(byStart, qs, func(i, off int) int { return attrs[i].Mention.Start - off })
			for ; k < len(byStart) && attrs[byStart[k]].Mention.Start < qe+1; k++ {
				at := attrs[byStart[k]]
				if at.Mention.End > qe || at.Sentence < first || at.Sentence > last {
					continue
				}
				if at.Named {
					namedOut--
				} else {
					anonOut--
				}
			}
		}
		anon, named := anonOut > 0, namedOut > 0
		if !anon && !named && z.attr.QuoteContinues(first) && z.wholeSentenceQuote(q, first, last) {
			anon = true // the previous sentence's unnamed speaker goes on
		}
		z.attr.SetQuoteEnd(-1)
		if !anon || named {
			continue
		}
		z.attr.SetQuoteEnd(last)
		for s := first; s <= last; s++ {
			if hasAnon[s] || z.boiler[s] {
				continue
			}
			r := z.rangeOf(s)
			from, to := max(r.From, q.open+1), min(r.To, q.close)
			for from < to && !z.toks[from].Word {
				from++
			}
			if from >= to {
				continue
			}
			// The trigger, the attribution, stands in another sentence; the
			// cue is the quotation's first words here, so the note says
			// which quoted sentence it is without repeating all of it.
			z.addFlag("anon.quotation", s, tokview.Range{From: from, To: to}, tokview.Range{From: from, To: z.firstWords(from, to, quoteCueWords)})
			hasAnon[s] = true
		}
	}
}

// wholeSentenceQuote: quotation q opens sentence first and runs to the
// end of sentence last, so nothing of the writer's stands around it.
func (z *analyzer) wholeSentenceQuote(q quotation, first, last int) bool {
	if z.rangeOf(first).From != q.open {
		return false
	}
	return q.close >= z.rangeOf(last).To-1
}

// quotedRange is the byte range inside quotation q's marks (to the end
// of the text when it is never closed).
func (z *analyzer) quotedRange(q quotation) (start, end int) {
	end = len(z.text)
	if q.close < len(z.toks) {
		end = z.toks[q.close].Start
	}
	return z.toks[q.open].End, end
}

// sentenceOfToken returns the sentence holding token t, or -1.
func (z *analyzer) sentenceOfToken(t int) int {
	if t < 0 || t >= len(z.toks) {
		return -1
	}
	lo, hi := 0, len(z.sents)
	for lo < hi {
		m := (lo + hi) / 2
		if z.sents[m].To <= t {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(z.sents) && z.sents[lo].From <= t && t < z.sents[lo].To {
		return z.sentBase + lo
	}
	return -1
}

// quoteCueWords is how many words of a quoted sentence stand as its cue.
const quoteCueWords = 4

// firstWords returns the end of the range holding the first n words of
// tokens from..to.
func (z *analyzer) firstWords(from, to, n int) int {
	for k := from; k < to; k++ {
		if z.toks[k].Word {
			n--
			if n == 0 {
				return k + 1
			}
		}
	}
	return to
}
