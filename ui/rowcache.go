package ui

import (
	"slices"
	"strings"
	"sync"

	"github.com/charmbracelet/colorprofile"
)

// rowCache keeps the article rows of recent frames, styled and padded to
// the pane's width, keyed by line and by the pieces styling it: a keypress
// that moves the selection or scrolls by a line restyles only the rows
// whose highlights changed, and measures none. It belongs to one
// rendering (whose lines it styles) and to one set of styles.
type rowCache struct {
	mu          sync.Mutex
	dark, plain bool
	profile     colorprofile.Profile
	rows        map[int]cachedRow
}

// cachedRow is line l as last drawn and the pieces it was drawn with.
type cachedRow struct {
	pieces []piece
	s      string
}

// rowCacheMax bounds the cache: a few screens of rows, so scrolling back
// and forth reuses them, and a long read does not keep every line. When
// it is full the rows far from the one drawn are dropped.
const rowCacheMax = 512

// row is line l styled for this frame, exactly r.width cells wide.
func (o overlay) row(l int) string {
	ps := o.pieces(l)
	c := &o.r.rows
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rows == nil || c.dark != o.st.Dark || c.plain != o.st.NoColor || c.profile != o.st.Profile {
		c.rows = make(map[int]cachedRow, 64)
		c.dark, c.plain, c.profile = o.st.Dark, o.st.NoColor, o.st.Profile
	}
	if len(c.rows) >= rowCacheMax {
		// Keep the rows near this one: the screen is about to need
		// them again.
		for k := range c.rows {
			if k < l-rowCacheMax/4 || k > l+rowCacheMax/4 {
				delete(c.rows, k)
			}
		}
	}
	if cr, ok := c.rows[l]; ok && slices.Equal(cr.pieces, ps) {
		return cr.s
	}
	s := o.r.lines[l]
	if len(ps) > 0 {
		s = o.paint(l, ps)
	}
	if w := o.r.cells[l]; w <= o.r.width {
		s += spaces(o.r.width - w)
	} else {
		s = fit(s, o.r.width)
	}
	c.rows[l] = cachedRow{pieces: ps, s: s}
	return s
}

// spaceRun is the padding rows are cut from without allocating.
var spaceRun = strings.Repeat(" ", 512)

// spaces is n spaces.
func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	if n <= len(spaceRun) {
		return spaceRun[:n]
	}
	return strings.Repeat(" ", n)
}
