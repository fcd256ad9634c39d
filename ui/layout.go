package ui

// Sizes the layout is designed around.
const (
	minWidth  = 40  // below this, or minHeight, the reader asks for room
	minHeight = 12  //
	wideFrom  = 90  // from this width the notes sit in a margin
	maxText   = 100 // columns of article text, however wide the terminal (by default)
	gutterW   = 3   // " │ " between article and margin
	padW      = 1   // left padding of the article
)

// layout is where everything goes on a screen of w x h cells.
type layout struct {
	w, h     int
	tooSmall bool
	header   int
	body     int // rows of the article pane
	textW    int // columns of article text
	marginW  int // columns of the margin; 0 when the strip is used
	strip    int // rows of the notes strip (with its rule); 0 with a margin
	footer   int
}

// newLayout splits the screen; helpRows is the height of the help shown in
// the footer (1 for the short view).
func newLayout(w, h, helpRows, textMax int) layout {
	l := layout{w: w, h: h}
	if w < minWidth || h < minHeight {
		l.tooSmall = true
		return l
	}
	l.header = 1
	// Full help may not take the article's last rows away.
	l.footer = 1 + min(helpRows, h-l.header-1-6)
	rest := h - l.header - l.footer
	if w >= wideFrom {
		l.marginW = min(56, max(26, w/3))
		l.textW = min(textMax, w-padW-gutterW-l.marginW)
		l.marginW = min(l.marginW+max(0, w-padW-gutterW-l.textW-l.marginW), 72)
		l.body = rest
		return l
	}
	l.textW = min(textMax, w-2*padW)
	l.strip = min(6, max(3, rest/4))
	l.body = rest - l.strip
	return l
}
