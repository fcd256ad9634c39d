package ui

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
	if d.r != nil && d.rSearch == d.searchGen && d.r.nSent+d.r.nFlags+i < len(d.r.pos) {
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
	d.vp.SetYOffset(d.matchLine(d.search.cur) - d.vp.Height()/3)
}
