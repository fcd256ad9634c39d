package ui

// layoutKey is all a rendering depends on besides the doc: the rendering
// is made again when any of it changes, and every cache built on the
// rendering (its rows) goes with it.
type layoutKey struct {
	width int
	dark  bool
	// search is the search generation: matches are spans of the
	// rendering, so a new search lays the text out again.
	search int
}

// pane is the article pane's layout: the rendering for key, where the pane
// is scrolled to, and the background half of a long article's layout.
type pane struct {
	r   *rendering
	key layoutKey
	// base is the rendering without search matches at the same width,
	// kept so that ending a search costs nothing.
	base *rendering
	vp   scroller
	// pendingTop is a saved reading position (byte offset) to scroll to
	// at the first layout, or -1.
	pendingTop int
	// renderGen counts layouts; pending is the background half of a
	// partial rendering of generation renderGen, and wantTop a byte
	// offset to scroll to once it lands (the partial one did not reach
	// it), or -1.
	renderGen int
	pending   *pendingRender
	wantTop   int
	// wantEnd is set by G (bottom) on a partial rendering: the end of the
	// article is where the reader is going once the rest lands.
	wantEnd bool
}

// topAnchor names the text at the top of the pane: the sentence there and
// how far into it (as a fraction of its lines), or -1 before any layout.
func (p *pane) topAnchor() (int, float64) {
	if p.r == nil || len(p.r.lines) == 0 {
		return -1, 0
	}
	top := min(p.vp.YOffset(), len(p.r.lines)-1)
	s := int(p.r.lineSent[top])
	if s < 0 {
		return -1, 0
	}
	pos := p.r.pos[s]
	span := pos.l1 - pos.l0 + 1
	return s, max(0, float64(top-pos.l0)/float64(span))
}

// restoreTop scrolls so that sentence s, frac of the way in, is at the top.
func (p *pane) restoreTop(s int, frac float64) {
	if s < 0 || s >= p.r.nSent || !p.r.pos[s].ok {
		if s < 0 {
			return
		}
		p.vp.SetYOffset(p.r.sentenceLine(s))
		return
	}
	pos := p.r.pos[s]
	p.vp.SetYOffset(pos.l0 + int(frac*float64(pos.l1-pos.l0+1)))
}

// percent is how far the pane has scrolled through the article:
// 0% at the top, 100% once its end is on screen (so an article that fits
// the screen is 100% from the start).
func (p *pane) percent() int {
	if p.r == nil || len(p.r.lines) == 0 {
		return 0
	}
	total := len(p.r.lines)
	if p.r.partial {
		total = p.r.total
	}
	room := total - p.vp.Height()
	if room <= 0 {
		return 100
	}
	return min(100, p.vp.YOffset()*100/room)
}
