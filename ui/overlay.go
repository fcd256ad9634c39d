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
}

// cut is a boundary of a styled range on one line.
type styledRange struct {
	from, to int
	kind     int // reader kind index, or -1 for none
	sel      bool
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
			rs = append(rs, styledRange{from, to, k, false})
		}
	}
	if o.selSent >= 0 {
		if from, to, ok := o.r.rangeOn(o.r.pos[o.selSent], l); ok {
			rs = append(rs, styledRange{from, to, -1, true})
		}
	}
	if len(rs) == 0 {
		return base
	}
	return lipgloss.StyleRanges(base, o.flatten(rs)...)
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
		kind, sel := -1, false
		for _, r := range rs {
			if r.from <= from && to <= r.to {
				if r.sel {
					sel = true
				} else if kind < 0 {
					kind = r.kind
				}
			}
		}
		if kind < 0 && !sel {
			continue
		}
		out = append(out, lipgloss.NewRange(from, to, o.st.spanStyle(kind, sel)))
	}
	return out
}
