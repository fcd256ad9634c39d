package ui

import "sort"

// setSearch commits a search for query on this article: the text is laid
// out again with its matches (at the next layout) and the first match at
// or after the top of the pane is current. It reports how many matched.
func (d *docView) setSearch(query string) (n int, capped bool) {
	matches, capped := findMatches(d.analysis().Text, query)
	if len(matches) == 0 {
		return 0, false
	}
	s := &search{query: query, matches: matches, capped: capped}
	s.cur = s.firstFrom(d.topOffset())
	d.search = s
	d.searchGen++
	return len(matches), capped
}

// clearSearch ends the search; the plain rendering comes back from the
// cache at the next layout.
func (d *docView) clearSearch() {
	if d.search == nil {
		return
	}
	d.search = nil
	d.searchGen++
}

// matchLine is the line of match i: exact once the rendering carries the
// matches, else its sentence's line.
func (d *docView) matchLine(i int) int {
	if d.r != nil && d.key.search == d.searchGen && i < d.r.nExtra {
		if p := d.r.extraPos(i); p.ok {
			return p.l0
		}
	}
	return d.offsetLine(d.search.matches[i].Start)
}

// showMatch scrolls the current match to a third of the pane.
func (d *docView) showMatch() {
	if d.search == nil || d.r == nil {
		return
	}
	d.wantEnd = false
	d.vp.SetYOffset(d.matchLine(d.search.cur) - d.vp.Height()/3)
}

// matchInView reports whether the current match is on screen.
func (d *docView) matchInView() bool {
	l, top := d.matchLine(d.search.cur), d.vp.YOffset()
	return l >= top && l < top+d.vp.Height()
}

// searchFromView is for n/N after scrolling away from the current match:
// the first match at or below the top of the pane (dir 1) or the last
// above it (dir -1) becomes current, as less goes on with a search. With none there it reports
// false, leaving the current match at the far end so that stepping goes
// round.
func (d *docView) searchFromView(dir int) bool {
	s := d.search
	n, top := len(s.matches), d.vp.YOffset()
	i := sort.Search(n, func(i int) bool { return d.matchLine(i) >= top })
	if dir < 0 {
		i--
	}
	if i < 0 || i >= n {
		s.cur = map[int]int{1: n - 1, -1: 0}[dir]
		return false
	}
	s.cur = i
	return true
}
