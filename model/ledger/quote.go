package ledger

import (
	"slices"
	"strconv"
)

// A quotation of several sentences names its speaker once ("…,” said the
// Russian source), yet every sentence of it rests on that speaker. These
// functions give the speaker the quotation's other sentences, reading the
// quotation marks of the sentences themselves (spans the detector gave).

// quoteLimit caps how far a quotation is followed, so an unbalanced quote
// mark cannot hand a whole article to one speaker.
const quoteLimit = 6

// continueQuotations attaches orphan flags (a flagged sentence with no
// source phrase) and the unattributed sentences of a quotation to the
// speaker of that quotation.
func (b *builder) continueQuotations() {
	// The sentences spoken before any is continued: attaching below must
	// not start a new quotation from a sentence it reached.
	var spoken []int
	for si, srcs := range b.bySent {
		if len(srcs) > 0 {
			spoken = append(spoken, si)
		}
	}
	for _, si := range spoken {
		// The speaker, not an outlet relaying it, goes on speaking.
		src := b.primary[si]
		if src < 0 && len(b.bySent[si]) == 1 {
			src = b.bySent[si][0]
		}
		if src < 0 {
			continue
		}
		if b.shape[si]&closesEarlier != 0 {
			// The quotation closes here: it opened in an earlier sentence.
			for k := si - 1; k >= 0 && si-k <= quoteLimit && b.sameParagraph(k, si); k-- {
				if len(b.bySent[k]) > 0 {
					break
				}
				b.carry(src, k)
				if b.shape[k]&leavesOpen != 0 {
					break
				}
			}
		}
		if b.shape[si]&leavesOpen != 0 {
			b.carryQuotation(src, si)
		}
	}
}

// carryQuotation gives src the sentences after si that the quotation
// left open in si runs through, up to the one closing it.
func (b *builder) carryQuotation(src, si int) {
	a := b.a
	for k := si + 1; k < len(a.Sentences) && k-si <= quoteLimit && b.sameParagraph(k, si); k++ {
		if len(b.bySent[k]) > 0 {
			break
		}
		b.carry(src, k)
		if b.shape[k]&hasClose != 0 {
			break
		}
	}
}

// carry gives a sentence to a speaker whose words it carries on.
func (b *builder) carry(src, k int) {
	if b.refused[k] {
		return
	}
	b.attach(src, k, -1)
	if b.primary[k] < 0 {
		b.primary[k] = src
	}
}

// linkFlags points every attribution flag (and every denial read for its
// subject) at the source of its sentence: the one whose mention lies in
// the flag's span if several share the sentence. A flag whose sentence
// has no source (a flagged sentence of a quotation) joins the nearest
// speaker of the same paragraph.
//
// Flags and placed mentions both run in text order, so one pointer sweeps
// the mentions as the flags advance, and each flag looks at a bounded
// number of mentions around it: linear however many sources and flags
// share one sentence.
func (b *builder) linkFlags() {
	a := b.a
	linked := make([]bool, len(a.Flags))
	for _, s := range b.srcs {
		for _, fi := range s.flags {
			linked[fi] = true
		}
	}
	said := b.said // in order of desc.Start: mentions are placed so
	p, last := 0, -1
	for fi, f := range a.Flags {
		if linked[fi] || f.Kind != AnonymousSource && f.Kind != NamedSource && f.Kind != Denial || !b.validFlag(f) {
			continue
		}
		if f.Kind == Denial && len(b.bySent[f.Sentence]) == 0 {
			continue // a denial in a sentence resting on nobody
		}
		if f.Span.Start < last {
			p, _ = slices.BinarySearchFunc(said, f.Span.Start, func(x saidAt, at int) int { return x.desc.Start - at })
		}
		last = f.Span.Start
		for p < len(said) && said[p].desc.Start < f.Span.Start {
			p++
		}
		best := -1
		for k := max(0, p-linkNear); k < len(said) && k < p+linkNear && said[k].desc.Start < f.Span.End; k++ {
			m := said[k]
			if m.sent == f.Sentence && f.Span.Start < m.desc.End && (best < 0 || b.srcs[m.idx].typ.Anonymous() == (f.Kind == AnonymousSource)) {
				best = m.idx
			}
		}
		if best < 0 && f.Kind != Denial {
			for _, idx := range b.bySent[f.Sentence][:min(len(b.bySent[f.Sentence]), linkNear)] {
				if b.srcs[idx].typ.Anonymous() == (f.Kind == AnonymousSource) {
					best = idx
					break
				}
			}
		}
		if best < 0 && b.primary[f.Sentence] >= 0 {
			best = b.primary[f.Sentence]
		}
		if best < 0 && len(b.bySent[f.Sentence]) > 0 {
			best = b.bySent[f.Sentence][0]
		}
		if best < 0 {
			best = b.nearestSpeaker(f.Sentence, f.Kind == AnonymousSource)
		}
		if best >= 0 {
			b.attach(best, f.Sentence, fi)
		}
	}
}

// linkNear bounds how many mentions (or sources of a sentence) a
// flag is compared with: the speaker phrase a flag covers stands beside it.
const linkNear = 8

// nearestSpeaker finds the source of the closest attributed sentence in
// the same paragraph, looking ahead first (a quotation's attribution
// usually ends it), then back; anonymous says which kind the detector saw.
func (b *builder) nearestSpeaker(si int, anonymous bool) int {
	pick := func(k int) int {
		for _, idx := range b.bySent[k][:min(len(b.bySent[k]), linkNear)] {
			if b.srcs[idx].typ.Anonymous() == anonymous {
				return idx
			}
		}
		return -1
	}
	for d := 1; d <= quoteLimit; d++ {
		for _, k := range [2]int{si + d, si - d} {
			if k < 0 || k >= len(b.a.Sentences) || !b.sameParagraph(k, si) {
				continue
			}
			if idx := pick(k); idx >= 0 {
				return idx
			}
		}
	}
	return -1
}

func (b *builder) sameParagraph(i, j int) bool {
	return b.a.Sentences[i].Paragraph == b.a.Sentences[j].Paragraph
}

// finish turns the builder's sources into the Result, sorted by how
// many sentences rest on each, and points every flag at its source.
func (b *builder) finish() Result {
	a := b.a
	rank := make([]ranked, 0, len(b.srcs))
	// ids number the sources that hold a sentence in order of first
	// mention; a party only ever mentioned (an antecedent, ledger_shadow.go)
	// is no source.
	ids := make([]int, len(b.srcs))
	n := 0
	for i, s := range b.srcs {
		// attach lets repeats through (see there): drop them now.
		if !slices.IsSorted(s.sents) {
			slices.Sort(s.sents)
		}
		s.sents = slices.Compact(s.sents)
		if len(s.sents) == 0 {
			continue
		}
		n++
		ids[i] = n
		rank = append(rank, ranked{i, len(s.sents)})
	}
	rank = rankByCount(rank, len(a.Sentences))
	newIdx := make([]int, len(b.srcs))
	out := Result{Sources: make([]Source, 0, len(rank)), FlagSource: b.flagSrc}
	for pos, r := range rank {
		s := b.srcs[r.idx]
		newIdx[r.idx] = pos
		sents := slices.Clip(s.sents)
		if s.typ == NamedPerson && !s.personal {
			s.typ = NamedInstitution
		}
		out.Sources = append(out.Sources, Source{
			ID:          "s" + strconv.Itoa(ids[r.idx]),
			Description: a.Text[s.desc.Start:s.desc.End],
			Mention:     s.desc,
			Type:        s.typ,
			Sentences:   sents,
			Mentions:    slices.Clip(s.mentions),
		})
	}
	for i, s := range b.srcs {
		for _, fi := range s.flags {
			b.flagSrc[fi] = newIdx[i]
		}
	}
	return out
}

// ranked is a source and how many sentences rest on it.
type ranked struct{ idx, n int }

// rankByCount orders sources by how many sentences rest on each,
// most first, keeping first-mention order among equals: a counting sort,
// as no source holds more sentences than the text has.
func rankByCount(rank []ranked, sentences int) []ranked {
	buckets := make([]int, sentences+2)
	for _, r := range rank {
		buckets[min(r.n, sentences+1)]++
	}
	// start[n]: where sources with n sentences begin, larger n first.
	pos := 0
	for n := sentences + 1; n >= 0; n-- {
		c := buckets[n]
		buckets[n] = pos
		pos += c
	}
	out := make([]ranked, len(rank))
	for _, r := range rank {
		n := min(r.n, sentences+1)
		out[buckets[n]] = r
		buckets[n]++
	}
	return out
}
