package ui

import (
	"math"
	"sort"
)

// The reading position is saved as a byte offset into the analysed text,
// not as a line number, so that it means the same place at any width and
// in any layout: the sentence at the top of the pane and how far into it.

// topOffset is the byte offset of the text at the top of the pane: the
// sentence there, moved into it by the fraction of its lines scrolled past.
func (d *docView) topOffset() int {
	s, frac := d.topAnchor()
	if s < 0 {
		return 0
	}
	sent := d.analysis().Sentences[s]
	return sent.Start + int(math.Ceil(frac*float64(sent.End-sent.Start)))
}

// sentenceAt is the sentence holding byte offset off (the next one when
// off falls between sentences), or -1 with no sentences.
func (d *docView) sentenceAt(off int) int {
	ss := d.analysis().Sentences
	if len(ss) == 0 {
		return -1
	}
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	return min(i, len(ss)-1)
}

// scrollToOffset puts the text at byte offset off at the top of the pane,
// the inverse of topOffset.
func (d *docView) scrollToOffset(off int) {
	s := d.sentenceAt(off)
	if s < 0 || d.r == nil {
		return
	}
	d.wantEnd = false
	sent := d.analysis().Sentences[s]
	frac := 0.0
	if n := sent.End - sent.Start; n > 0 && off > sent.Start {
		frac = float64(off-sent.Start) / float64(n)
	}
	// Floor of the fraction of lines, so that a round trip through
	// topOffset (which rounds up) lands on the same line.
	p := d.r.pos[s]
	if !p.ok {
		if d.r.partial {
			// Not rendered yet: go there when the rest lands.
			d.wantTop = off
		}
		d.vp.SetYOffset(d.r.sentenceLine(s))
		return
	}
	d.vp.SetYOffset(p.l0 + int(frac*float64(p.l1-p.l0+1)+1e-9))
}

// offsetLine is the line showing byte offset off: its sentence's first
// line (where notes sit), for jumping to a sentence found by offset.
func (d *docView) offsetLine(off int) int {
	return d.r.sentenceLine(d.sentenceAt(off))
}
