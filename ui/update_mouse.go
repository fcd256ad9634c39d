package ui

import tea "charm.land/bubbletea/v2"

// wheelStep is how many lines one wheel notch scrolls.
const wheelStep = 3

// handleWheel scrolls the article (and so the margin) with the wheel.
func (m *Model) handleWheel(msg tea.MouseWheelMsg) {
	if m.help.ShowAll {
		switch msg.Button {
		case tea.MouseWheelDown:
			m.helpTop += wheelStep
		case tea.MouseWheelUp:
			m.helpTop = max(0, m.helpTop-wheelStep)
		}
		return
	}
	d := m.current()
	if d == nil || d.r == nil || m.mode == modeIndex {
		return
	}
	switch msg.Button {
	case tea.MouseWheelDown:
		d.vp.ScrollDown(wheelStep)
	case tea.MouseWheelUp:
		d.vp.ScrollUp(wheelStep)
	}
}

// handleClick selects the note clicked in the margin or the strip.
func (m *Model) handleClick(msg tea.MouseClickMsg) {
	d := m.current()
	if d == nil || d.r == nil || m.lay.tooSmall || msg.Button != tea.MouseLeft {
		return
	}
	if m.mode != modeRead || m.panel != panelNone || m.help.ShowAll {
		// The notes are not on screen: a panel or the index is.
		return
	}
	y := msg.Y - m.lay.header
	c := -1
	switch {
	case m.lay.marginW > 0 && msg.X >= padW+m.lay.textW+gutterW && y >= 0 && y < m.lay.body:
		c = noteAtRow(d, m.hidden, openHeightOf(m.styles, d, m.lay.marginW), y)
	case m.lay.strip > 0 && y > m.lay.body && y < m.lay.body+m.lay.strip && d.sel < 0:
		// Row 0 of the strip is its rule; with a selection the strip shows
		// that note open, and a click there has nothing else to pick.
		if cs := stripClaims(d, m.hidden, m.lay.strip-1); y-m.lay.body-1 < len(cs) {
			c = cs[y-m.lay.body-1]
		}
	}
	if c >= 0 {
		d.sel = c
		d.ensureSelVisible()
	}
}
