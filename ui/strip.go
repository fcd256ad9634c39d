package ui

import (
	"strings"

	"github.com/caveat-reader/caveat/articles"

	"github.com/caveat-reader/caveat/cells"
)

// stripView is the notes strip that replaces the margin below 90 columns:
// a rule, then the selected claim's open note, or else one line per claim
// whose sentence is on screen.
func stripView(st *Styles, d *docView, hidden [3]bool, width, height int) []string {
	rows := make([]string, 0, height)
	title := "─ notes "
	rows = append(rows, st.Gutter.Render(title+strings.Repeat("─", max(0, width-cells.StringWidth(title)))))
	if d.r == nil {
		return rows
	}
	a := d.analysis()
	if sf := d.selFlag(); sf >= 0 {
		rows = append(rows, openNote(st, a, a.Flags[sf], d.markOfFlag(sf), width)...)
		return rows[:min(len(rows), height)]
	}
	for _, c := range stripClaims(d, hidden, height-1) {
		fi := d.claims.flags[c]
		line := closedNote(st, a, a.Flags[fi], d.marks[fi], width)
		if n := d.marks[fi].Note; n != "" {
			// One line per claim here: the reader's note follows the cue.
			line = cells.Truncate(line+st.Marked.Render("  ✎ "+articles.VisibleLine(n)), width, "…")
		}
		rows = append(rows, line)
	}
	if len(rows) == 1 {
		msg := "no claims in this article"
		if len(d.claims.flags) > 0 {
			msg = "no claims on screen · n for the next"
		}
		rows = append(rows, st.Dim.Render(cells.Truncate(msg, width, "…")))
	}
	return rows
}

// stripClaims are the shown claims whose sentences are on screen, at most
// max of them: what the strip lists and what a click on it selects.
func stripClaims(d *docView, hidden [3]bool, max int) []int {
	top, bottom := d.vp.YOffset(), d.vp.YOffset()+d.vp.Height()
	var out []int
	for c := range d.claims.flags {
		if len(out) >= max {
			break
		}
		if l := d.claimLine(c); l >= top && l < bottom && d.shown(c, hidden) {
			out = append(out, c)
		}
	}
	return out
}
