package ui

import (
	"sort"

	"charm.land/lipgloss/v2"

	"github.com/caveat-reader/caveat/model"
)

// overlay is what a frame paints over the cached lines: the flagged spans
// of the kinds shown and the selected claim's sentence. It touches only the
// lines on screen, so a keypress costs the same on any length of article.
type overlay struct {
	r      *rendering
	a      *model.Analysis
	claims *claims
	st     *Styles
	hidden [3]bool
	// selSent is the selected claim's sentence, or -1.
	selSent int
	// matches are placed on the rendering as its extra spans (when it was
	// rendered for this search); cur is the current one, or -1.
	matches bool
	cur     int
	// chosen are the sentences of the panel's chosen item, sorted.
	chosen []int
}

// styledRange is a styled piece of one line.
type styledRange struct {
	from, to int
	kind     int // reader kind index, or -1 for none
	sel      bool
	// match is 1 on a search match, 2 on the current one; chosen marks
	// a sentence of the panel's chosen item.
	match  int
	chosen bool
}

// line returns line l styled for this frame.
func (o overlay) line(l int) string {
	ps := o.pieces(l)
	if len(ps) == 0 {
		return o.r.lines[l]
	}
	return o.paint(l, ps)
}

// pieces are the disjoint styled pieces of line l in this frame: what
// decides how the line looks, and so what a cached row is keyed by.
func (o overlay) pieces(l int) []piece {
	var rs []styledRange
	for _, f := range o.r.lineFlags[l] {
		fi := int(f)
		if o.claims.of[fi] < 0 {
			continue
		}
		k := kindIndex(o.a.Flags[fi].Kind)
		if o.hidden[k] {
			continue
		}
		if from, to, ok := o.r.rangeOn(o.r.flagPos(fi), l); ok {
			rs = append(rs, styledRange{from: from, to: to, kind: k})
		}
	}
	if o.selSent >= 0 {
		if from, to, ok := o.r.rangeOn(o.r.pos[o.selSent], l); ok {
			rs = append(rs, styledRange{from: from, to: to, kind: -1, sel: true})
		}
	}
	rs = o.matchRanges(l, rs)
	for _, s := range o.chosenOn(l) {
		if from, to, ok := o.r.rangeOn(o.r.pos[s], l); ok {
			rs = append(rs, styledRange{from: from, to: to, kind: -1, chosen: true})
		}
	}
	if len(rs) == 0 {
		return nil
	}
	return flatten(rs)
}

// paint styles the pieces ps of line l, each keeping the emphasis the
// text has there (a flag in a heading stays bold).
func (o overlay) paint(l int, ps []piece) string {
	line := o.r.lines[l]
	ranges := make([]lipgloss.Range, len(ps))
	for i, p := range ps {
		st := underlyingAt(line, p.from).over(o.st.pieceStyle(p.kind, p.sel, p.match, p.chosen))
		ranges[i] = lipgloss.NewRange(p.from, p.to, solidSpaces(st))
	}
	return lipgloss.StyleRanges(line, ranges...)
}

// matchRanges adds the search matches on line l.
func (o overlay) matchRanges(l int, rs []styledRange) []styledRange {
	if !o.matches || l >= len(o.r.lineExtra) {
		return rs
	}
	for _, i := range o.r.lineExtra[l] {
		if from, to, ok := o.r.rangeOn(o.r.extraPos(int(i)), l); ok {
			m := 1
			if int(i) == o.cur {
				m = 2
			}
			rs = append(rs, styledRange{from: from, to: to, kind: -1, match: m})
		}
	}
	return rs
}

// chosenOn are the chosen sentences touching line l: found by binary
// search, so a source with hundreds of sentences costs no more per line.
func (o overlay) chosenOn(l int) []int {
	if len(o.chosen) == 0 {
		return nil
	}
	i := sort.Search(len(o.chosen), func(i int) bool {
		p := o.r.pos[o.chosen[i]]
		return p.ok && p.l1 >= l
	})
	j := i
	for j < len(o.chosen) && o.r.pos[o.chosen[j]].ok && o.r.pos[o.chosen[j]].l0 <= l {
		j++
	}
	return o.chosen[i:j]
}

// piece is one of the disjoint ranges of a line and everything styling it.
type piece struct {
	from, to int
	kind     int
	sel      bool
	match    int
	chosen   bool
}

// flatten turns possibly overlapping ranges (a flag inside the selected
// sentence, two flags on one span) into the sorted, disjoint pieces
// StyleRanges needs, each styled by everything covering it.
func flatten(rs []styledRange) []piece {
	cuts := make([]int, 0, 2*len(rs))
	for _, r := range rs {
		cuts = append(cuts, r.from, r.to)
	}
	sort.Ints(cuts)
	out := make([]piece, 0, len(cuts))
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		if from == to {
			continue
		}
		p := piece{from: from, to: to, kind: -1}
		for _, r := range rs {
			if r.from <= from && to <= r.to {
				switch {
				case r.sel:
					p.sel = true
				case r.match > 0:
					p.match = max(p.match, r.match)
				case r.chosen:
					p.chosen = true
				case p.kind < 0:
					p.kind = r.kind
				}
			}
		}
		if p.kind < 0 && !p.sel && p.match == 0 && !p.chosen {
			continue
		}
		out = append(out, p)
	}
	return out
}
