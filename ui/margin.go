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
		next = row + h
	}
	return places
}

// marginView draws the margin rows that sit beside article lines
// top..top+height, each row padded to width by the caller.
func marginView(st *Styles, d *docView, hidden [3]bool, width, top, height int) []string {
	rows := make([]string, height)
	if d.r == nil || width <= 0 {
		return rows
	}
	a := d.analysis()
	var open []string
	if sf := d.selFlag(); sf >= 0 {
		open = openNote(st, a, a.Flags[sf], d.markOfFlag(sf), width)
	}
	for _, p := range placeNotes(d, hidden, len(open)) {
		if p.row >= top+height {
			break
		}
		if p.row+p.height <= top {
			continue
		}
		fi := d.claims.flags[p.claim]
		var lines []string
		if p.claim == d.sel {
			lines = open
		} else {
			mk := d.marks[fi]
			lines = []string{closedNote(st, a, a.Flags[fi], mk, width)}
			if n := userNoteLine(st, mk, width); n != "" {
				lines = append(lines, n)
			}
		}
		for i, l := range lines {
			if r := p.row + i - top; r >= 0 && r < height {
				rows[r] = l
			}
		}
	}
	return rows
}

// noteAtRow is the claim whose note covers margin row y (0 at the top of
// the pane), or -1: what a mouse click on the margin selects.
func noteAtRow(d *docView, hidden [3]bool, openHeight, y int) int {
	if d.r == nil {
		return -1
	}
	line := d.vp.YOffset() + y
	for _, p := range placeNotes(d, hidden, openHeight) {
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
