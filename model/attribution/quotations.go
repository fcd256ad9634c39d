package attribution

import (
	"slices"

	"github.com/caveat-reader/caveat/model/tokview"
)

// Quotations gives every sentence of a quotation the status of
// its speaker: when the quotation's attribution (in its first or last
// sentence, outside the marks) is an unnamed source, each of its other
// sentences is flagged too. A quotation with no attribution of its own
// that opens the sentence right after an unnamed source's quotation
// continues that speaker's words, as news quotations do ("“…,” a
// diplomat said. “If there is no agreement …”"), across a paragraph
// break too.
func (d *Detector) Quotations(hasAnon map[int]bool, boiler []bool) {
	if len(d.quotes) == 0 {
		return
	}
	// Who speaks around each quotation: the attributions of its sentences
	// that stand outside it. Counted with prefix sums per sentence, less
	// those inside the quotation (found by offset), so a paragraph of
	// many quotations and attributions is not walked once per quotation.
	d.paraAttrs = d.paraAttrs[:0]
	for j := d.attrBase; j < d.host.Attributions(); j++ {
		d.paraAttrs = append(d.paraAttrs, d.host.Attribution(j))
	}
	attrs := d.paraAttrs
	n := len(d.sents)
	namedUpTo, anonUpTo := make([]int, n+1), make([]int, n+1)
	for _, at := range attrs {
		if i := at.Sentence - d.sentBase; i >= 0 && i < n {
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
	for _, q := range d.quotes {
		first, last := d.sentenceOfToken(q.Open), d.sentenceOfToken(q.Close-1)
		if first < 0 || last < 0 {
			continue
		}
		namedOut := namedUpTo[last+1-d.sentBase] - namedUpTo[first-d.sentBase]
		anonOut := anonUpTo[last+1-d.sentBase] - anonUpTo[first-d.sentBase]
		if q.Open+1 < len(d.toks) {
			qs, qe := d.quotedRange(q)
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
		if !anon && !named && d.QuoteContinues(first) && d.wholeSentenceQuote(q, first, last) {
			anon = true // the previous sentence's unnamed speaker goes on
		}
		d.SetQuoteEnd(-1)
		if !anon || named {
			continue
		}
		d.SetQuoteEnd(last)
		for s := first; s <= last; s++ {
			if hasAnon[s] || boiler[s] {
				continue
			}
			r := d.rangeOf(s)
			from, to := max(r.From, q.Open+1), min(r.To, q.Close)
			for from < to && !d.toks[from].Word {
				from++
			}
			if from >= to {
				continue
			}
			// The trigger, the attribution, stands in another sentence; the
			// cue is the quotation's first words here, so the note says
			// which quoted sentence it is without repeating all of it.
			d.host.AddFlag("anon.quotation", s, tokview.Range{From: from, To: to}, tokview.Range{From: from, To: d.firstWords(from, to, quoteCueWords)})
			hasAnon[s] = true
		}
	}
}

// wholeSentenceQuote: quotation q opens sentence first and runs to the
// end of sentence last, so nothing of the writer's stands around it.
func (d *Detector) wholeSentenceQuote(q tokview.Quotation, first, last int) bool {
	if d.rangeOf(first).From != q.Open {
		return false
	}
	return q.Close >= d.rangeOf(last).To-1
}

// quotedRange is the byte range inside quotation q's marks (to the end
// of the text when it is never closed).
func (d *Detector) quotedRange(q tokview.Quotation) (start, end int) {
	end = d.textLen
	if q.Close < len(d.toks) {
		end = d.toks[q.Close].Start
	}
	return d.toks[q.Open].End, end
}

// sentenceOfToken returns the sentence holding token t, or -1.
func (d *Detector) sentenceOfToken(t int) int {
	if t < 0 || t >= len(d.toks) {
		return -1
	}
	lo, hi := 0, len(d.sents)
	for lo < hi {
		m := (lo + hi) / 2
		if d.sents[m].To <= t {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.sents) && d.sents[lo].From <= t && t < d.sents[lo].To {
		return d.sentBase + lo
	}
	return -1
}

// quoteCueWords is how many words of a quoted sentence stand as its cue.
const quoteCueWords = 4

// firstWords returns the end of the range holding the first n words of
// tokens from..to.
func (d *Detector) firstWords(from, to, n int) int {
	for k := from; k < to; k++ {
		if d.toks[k].Word {
			n--
			if n == 0 {
				return k + 1
			}
		}
	}
	return to
}
