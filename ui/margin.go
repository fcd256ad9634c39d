package ui

import (
	"sort"
	"strconv"

	"github.com/caveat-reader/caveat/cells"
)

// notePlace is one entry of the margin: a claim's note, its first row (a
// line of the article) and how many rows it takes, and how many more
// claims' notes it stands for ("+2") because they found no free row
// beside their own sentence.
type notePlace struct {
	claim, row, height int
	more               int
}

// viewNote is a shown claim whose sentence is on screen: the rows of its
// sentence in view (lo..hi) and the rows its closed note wants.
type viewNote struct {
	claim, lo, hi, height int
}

// sentRows is the first and last line of claim c's sentence.
func (d *docView) sentRows(c int) (int, int) {
	s := d.analysis().Flags[d.claims.flags[c]].Sentence
	if s >= 0 && s < d.r.nSent && d.r.pos[s].ok {
		return d.r.pos[s].l0, d.r.pos[s].l1
	}
	l := d.r.sentenceLine(s)
	return l, l
}

// notesInView are the shown claims whose sentences have a line among rows
// top..top+height, in text order.
func notesInView(d *docView, hidden [3]bool, top, height int) []viewNote {
	n := len(d.claims.flags)
	bottom := top + height
	// Claims are in text order, so their first lines only grow: start at
	// the first claim on or after top, then take back the claims of a
	// sentence running into the pane from above.
	c := sort.Search(n, func(i int) bool { return d.claimLine(i) >= top })
	for c > 0 {
		if _, hi := d.sentRows(c - 1); hi < top {
			break
		}
		c--
	}
	var out []viewNote
	for ; c < n; c++ {
		lo, hi := d.sentRows(c)
		if lo >= bottom {
			break
		}
		if hi < top || !d.shown(c, hidden) {
			continue
		}
		h := 1
		if d.marks[d.claims.flags[c]].Note != "" {
			h = 2 // the reader's note sits under the closed note
		}
		out = append(out, viewNote{claim: c, lo: max(lo, top), hi: min(hi, bottom-1), height: h})
	}
	return out
}

// placeNotes lays out the margin beside rows top..top+height so that
// every note sits on a row of its own sentence. The selected note is open
// and taller: it takes the window of rows around its sentence's first line
// that hides the fewest other notes, growing down from that line when it
// can and up when it must (at the bottom of the pane, or over a busy
// stretch). A note with no free row beside its sentence is not pushed
// down beside another paragraph: it is counted in the "+k" of the note
// above it.
func placeNotes(d *docView, hidden [3]bool, openHeight, top, height int) []notePlace {
	if d.r == nil || height <= 0 {
		return nil
	}
	vs := notesInView(d, hidden, top, height)
	bottom := top + height
	resLo, resHi := -1, -1 // rows of the open note, resHi exclusive
	for _, v := range vs {
		if v.claim == d.sel {
			h := max(1, min(openHeight, height))
			resLo = openWindow(vs, v, h, top, bottom)
			resHi = resLo + h
		}
	}
	places := make([]notePlace, 0, len(vs))
	pending := 0 // notes left over before any was placed
	cursor := top
	last := -1 // index in places of the note placed last
	for _, v := range vs {
		if v.claim == d.sel {
			places = append(places, notePlace{claim: v.claim, row: resLo, height: resHi - resLo, more: pending})
			pending, last = 0, len(places)-1
			cursor = max(cursor, resHi)
			continue
		}
		r := max(v.lo, cursor)
		if r >= resLo && r < resHi {
			r = resHi
		}
		h := v.height
		if resLo >= 0 && r < resLo && r+h > resLo {
			h = 1
		}
		h = min(h, bottom-r)
		if r > v.hi || h <= 0 {
			if last >= 0 {
				places[last].more++
			} else {
				pending++
			}
			continue
		}
		places = append(places, notePlace{claim: v.claim, row: r, height: h, more: pending})
		pending, last = 0, len(places)-1
		cursor = r + h
	}
	// A note of an earlier sentence can sit after the open note when the
	// two share rows; keep the entries in row order for drawing.
	sort.SliceStable(places, func(i, j int) bool { return places[i].row < places[j].row })
	return places
}

// openWindow is the first row of the open note of v, h rows tall: among
// the windows holding v's first row in view and fitting the pane, the one
// covering the fewest other notes' sentences wholly, then the lowest (the
// note's head level with its sentence).
func openWindow(vs []viewNote, v viewNote, h, top, bottom int) int {
	best, bestCost := -1, 0
	for start := min(v.lo, bottom-h); start >= max(top, v.lo-h+1); start-- {
		cost := 0
		for _, o := range vs {
			if o.claim != v.claim && o.lo >= start && o.hi < start+h {
				cost++
			}
		}
		if best < 0 || cost < bestCost {
			best, bestCost = start, cost
		}
	}
	if best < 0 {
		return max(top, min(v.lo, bottom-h))
	}
	return best
}

// marginView draws the margin rows that sit beside article lines
// top..top+height, with the width of each (the caller pads them), and the
// pane row where the gutter links the selected sentence's first line to
// its open note when the note grew up from it (-1: none). Notes come from
// the doc's note cache.
func marginView(st *Styles, d *docView, hidden [3]bool, width, top, height int) ([]string, []int, int) {
	rows := make([]string, height)
	widths := make([]int, height)
	link := -1
	if d.r == nil || width <= 0 {
		return rows, widths, link
	}
	var open noteRows
	if sf := d.selFlag(); sf >= 0 {
		open = d.openNoteRows(st, sf, width)
	}
	for _, p := range placeNotes(d, hidden, len(open.lines), top, height) {
		nr := open
		if p.claim != d.sel {
			nr = d.closedNoteRows(st, d.claims.flags[p.claim], width)
		} else if lo, _ := d.sentRows(p.claim); lo > p.row && lo < p.row+p.height {
			link = lo - top
		}
		for i := 0; i < p.height && i < len(nr.lines); i++ {
			r := p.row + i - top
			line, w := nr.lines[i], nr.widths[i]
			if i == 0 && p.more > 0 {
				line, w = withMore(st, line, w, p.more, width)
			}
			rows[r], widths[r] = line, w
		}
	}
	return rows, widths, link
}

// withMore ends a note's first line with "+k", the notes it stands for.
func withMore(st *Styles, line string, w, more, width int) (string, int) {
	suf := " +" + strconv.Itoa(more)
	sw := len(suf)
	if w+sw > width {
		line = cells.Truncate(line, max(0, width-sw), "…")
		w = cells.StringWidth(line)
	}
	return line + st.Dim.Render(suf), w + sw
}

// noteAtRow is the claim whose note covers margin row y (0 at the top of
// the pane), or -1: what a mouse click on the margin selects.
func noteAtRow(d *docView, hidden [3]bool, openHeight, y int) int {
	if d.r == nil {
		return -1
	}
	top := d.vp.YOffset()
	line := top + y
	for _, p := range placeNotes(d, hidden, openHeight, top, d.vp.Height()) {
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
	return len(d.openNoteRows(st, sf, width).lines)
}
