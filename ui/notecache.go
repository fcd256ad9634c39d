package ui

import (
	"github.com/charmbracelet/colorprofile"

	"github.com/caveat-reader/caveat/cells"
	"github.com/caveat-reader/caveat/reading"
)

// noteCache keeps the margin's notes as drawn, with their widths, so a
// frame neither styles nor measures a note that has not changed. A note
// depends on its flag (fixed for the doc), the reader's mark on it, the
// margin's width and the styles; a change of any of them redraws it.
type noteCache struct {
	width       int
	dark, plain bool
	profile     colorprofile.Profile
	closed      map[int]noteRows
	open        noteRows
	openFlag    int
}

// noteRows are one note's lines, the mark they show, and their widths.
type noteRows struct {
	mk     reading.Mark
	lines  []string
	widths []int
}

// valid resets the cache when the width or styles changed.
func (c *noteCache) valid(st *Styles, width int) {
	if c.closed == nil || c.width != width || c.dark != st.Dark || c.plain != st.NoColor || c.profile != st.Profile {
		*c = noteCache{width: width, dark: st.Dark, plain: st.NoColor, profile: st.Profile, closed: map[int]noteRows{}, openFlag: -1}
	}
}

// closedNoteRows is flag fi's closed note in the margin: one line, and
// the reader's note under it if there is one.
func (d *docView) closedNoteRows(st *Styles, fi, width int) noteRows {
	c := &d.notes
	c.valid(st, width)
	mk := d.marks[fi]
	if nr, ok := c.closed[fi]; ok && nr.mk == mk {
		return nr
	}
	a := d.analysis()
	lines := []string{closedNote(st, a, a.Flags[fi], mk, width)}
	if n := userNoteLine(st, mk, width); n != "" {
		lines = append(lines, n)
	}
	nr := noteRows{mk: mk, lines: lines, widths: widthsOf(lines)}
	c.closed[fi] = nr
	return nr
}

// openNoteRows is the selected flag sf's open note.
func (d *docView) openNoteRows(st *Styles, sf, width int) noteRows {
	c := &d.notes
	c.valid(st, width)
	mk := d.markOfFlag(sf)
	if c.openFlag == sf && c.open.mk == mk {
		return c.open
	}
	a := d.analysis()
	lines := openNote(st, a, a.Flags[sf], mk, width)
	c.open, c.openFlag = noteRows{mk: mk, lines: lines, widths: widthsOf(lines)}, sf
	return c.open
}

// widthsOf measures each line once.
func widthsOf(lines []string) []int {
	ws := make([]int, len(lines))
	for i, l := range lines {
		ws[i] = cells.StringWidth(l)
	}
	return ws
}
