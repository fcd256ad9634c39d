package ui

// notePlace is where one claim's note sits in the margin: its first row
// (a line of the article) and how many rows it takes.
type notePlace struct {
	claim, row, height int
}

// placeNotes puts each shown claim's note level with its sentence's first
// line, pushing a note down below the one before it when they would
// overlap. The selected note is open and taller.
func placeNotes(d *docView, hidden [3]bool, openHeight int) []notePlace {
	return placeNotesUntil(d, hidden, openHeight, -1)
}

// placeNotesUntil is placeNotes stopping at the first note placed on or
// after row until (-1: none): a frame needs only the notes down to the
// bottom of the pane, and notes only ever push later ones down.
func placeNotesUntil(d *docView, hidden [3]bool, openHeight, until int) []notePlace {
	places := make([]notePlace, 0, len(d.claims.flags))
	next := 0
	for c := range d.claims.flags {
		if !d.shown(c, hidden) {
			continue
		}
		h := 1
		if c == d.sel {
			h = openHeight
		} else if d.marks[d.claims.flags[c]].Note != "" {
			h = 2 // the reader's note sits under the closed note
		}
		row := max(d.claimLine(c), next)
		places = append(places, notePlace{claim: c, row: row, height: h})
		if until >= 0 && row >= until {
			break
		}
		next = row + h
	}
	return places
}

// marginView draws the margin rows that sit beside article lines
// top..top+height, with the width of each (the caller pads them). Notes
// come from the doc's note cache.
func marginView(st *Styles, d *docView, hidden [3]bool, width, top, height int) ([]string, []int) {
	rows := make([]string, height)
	widths := make([]int, height)
	if d.r == nil || width <= 0 {
		return rows, widths
	}
	var open noteRows
	if sf := d.selFlag(); sf >= 0 {
		open = d.openNoteRows(st, sf, width)
	}
	for _, p := range placeNotesUntil(d, hidden, len(open.lines), top+height) {
		if p.row >= top+height {
			break
		}
		if p.row+p.height <= top {
			continue
		}
		nr := open
		if p.claim != d.sel {
			nr = d.closedNoteRows(st, d.claims.flags[p.claim], width)
		}
		for i, l := range nr.lines {
			if r := p.row + i - top; r >= 0 && r < height {
				rows[r], widths[r] = l, nr.widths[i]
			}
		}
	}
	return rows, widths
}

// noteAtRow is the claim whose note covers margin row y (0 at the top of
// the pane), or -1: what a mouse click on the margin selects.
func noteAtRow(d *docView, hidden [3]bool, openHeight, y int) int {
	if d.r == nil {
		return -1
	}
	line := d.vp.YOffset() + y
	for _, p := range placeNotesUntil(d, hidden, openHeight, line+1) {
		if line >= p.row && line < p.row+p.height {
			return p.claim
		}
	}
	return -1
}

// openHeightOf is the height of the selected claim's open note at width.
func openHeightOf(st *Styles, d *docView, width int) int {
	sf := d.selFlag()
	if sf < 0 {
		return 1
	}
	a := d.analysis()
	return len(openNote(st, a, a.Flags[sf], d.markOfFlag(sf), width))
}
