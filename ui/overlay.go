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
	base := o.r.lines[l]
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
		return base
	}
	return lipgloss.StyleRanges(base, o.flatten(rs)...)
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

// flatten turns possibly overlapping ranges (a flag inside the selected
// sentence, two flags on one span) into the sorted, disjoint ranges
// StyleRanges needs, each piece styled by everything covering it.
func (o overlay) flatten(rs []styledRange) []lipgloss.Range {
	cuts := make([]int, 0, 2*len(rs))
	for _, r := range rs {
		cuts = append(cuts, r.from, r.to)
	}
	sort.Ints(cuts)
	out := make([]lipgloss.Range, 0, len(cuts))
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		if from == to {
			continue
		}
		kind, sel, match, chosen := -1, false, 0, false
		for _, r := range rs {
			if r.from <= from && to <= r.to {
				switch {
				case r.sel:
					sel = true
				case r.match > 0:
					match = max(match, r.match)
				case r.chosen:
					chosen = true
				case kind < 0:
					kind = r.kind
				}
			}
		}
		if kind < 0 && !sel && match == 0 && !chosen {
			continue
		}
		out = append(out, lipgloss.NewRange(from, to, o.st.pieceStyle(kind, sel, match, chosen)))
	}
	return out
}
