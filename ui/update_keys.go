package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/ui/bodyview"
)

// handleKey answers one key press, routed by mode: the index and the
// input line have their own handlers. Each binding goes to a small
// method; disabled bindings never match (key.Matches checks Enabled).
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.help.ShowAll && m.mode != modeSearch && m.mode != modeNote && m.helpKey(msg) {
		return nil
	}
	switch m.mode {
	case modeIndex:
		return m.indexKey(msg)
	case modeSide:
		return m.sideKey(msg)
	case modeSearch, modeNote:
		return m.inputKey(msg)
	case modeFeed:
		return m.feed.view.Update(msg)
	}
	// A message in the footer has been seen once a key is pressed.
	m.flash, m.flashErr = "", false
	if d := m.current(); d != nil {
		d.notice = ""
	}
	if why := m.idleKey(msg); why != "" {
		m.flash = why
		return nil
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.help.ShowAll, m.helpTop = true, 0
	case key.Matches(msg, k.NextDoc):
		m.switchDoc(1)
	case key.Matches(msg, k.PrevDoc):
		m.switchDoc(-1)
	case key.Matches(msg, k.Index):
		m.openIndex()
	case key.Matches(msg, k.Search):
		return m.startInput(modeSearch)
	case key.Matches(msg, k.Note):
		return m.startInput(modeNote)
	case key.Matches(msg, k.Mark):
		m.cycleMark()
	case key.Matches(msg, k.Copy):
		return m.copyClaim()
	case key.Matches(msg, k.OpenLink):
		return m.openLink()
	case key.Matches(msg, k.Ledger):
		m.togglePanel(panelLedger)
	case key.Matches(msg, k.Scorecard):
		m.togglePanel(panelChecks)
	case key.Matches(msg, k.Links):
		m.togglePanel(panelLinks)
	case key.Matches(msg, k.Changes):
		if d := m.current(); d != nil && d.versions != nil {
			m.openSide(bodyview.NewVersions(d.versions, m.sideStyles()), modeRead)
		}
	case key.Matches(msg, k.Escape):
		m.escape()
	case key.Matches(msg, k.Anon, k.Denial, k.Uncertain):
		m.toggleKind(msg)
	case key.Matches(msg, k.Focus):
		m.toggleFocus()
	case key.Matches(msg, k.Next):
		m.step(1)
	case key.Matches(msg, k.Prev):
		m.step(-1)
	case key.Matches(msg, k.Centre):
		m.centre()
	case m.focus == focusNotes && key.Matches(msg, k.Down):
		m.stepFocused(1)
	case m.focus == focusNotes && key.Matches(msg, k.Up):
		m.stepFocused(-1)
	default:
		m.scroll(msg)
	}
	return nil
}

// quit saves where the reader is in the article shown, then ends.
func (m *Model) quit() tea.Cmd {
	m.savePosition(m.current())
	return tea.Quit
}

// step is n/N: the next match while a search is on, else the next
// sentence of the panel's chosen source or question, else the next claim.
func (m *Model) step(dir int) {
	d := m.current()
	switch {
	case d == nil:
	case d.search != nil:
		if d.matchInView() || !d.searchFromView(dir) {
			if d.search.step(dir) {
				m.flash = map[int]string{1: "search wrapped to the first match", -1: "search wrapped to the last match"}[dir]
			}
		}
		d.showMatch()
	case m.panel != panelNone && len(m.chosenSentences(d)) > 0:
		m.walkChosen(dir)
	default:
		m.selectStep(dir, true)
	}
}

// stepFocused is j/k with the focus off the text: through the panel's
// items, or through the claims in the margin.
func (m *Model) stepFocused(dir int) {
	if m.panel != panelNone {
		m.movePanel(dir)
		return
	}
	m.selectStep(dir, false)
}

// centre is enter: the panel's chosen sentence, or the selected claim's,
// goes to a third of the pane.
func (m *Model) centre() {
	d := m.current()
	if d == nil {
		return
	}
	if m.panel != panelNone {
		m.showChosen(d)
		return
	}
	d.toThird()
}

// escape ends a search first, then closes a panel.
func (m *Model) escape() {
	d := m.current()
	if d != nil && d.search != nil {
		d.clearSearch()
		m.relayout()
		return
	}
	if m.panel == panelNone && m.feed != nil {
		m.backToFeed()
		return
	}
	m.closePanel()
}

// cycleMark is m: the selected claim goes unmarked, checked, disputed.
func (m *Model) cycleMark() {
	d := m.current()
	if d == nil {
		return
	}
	if mk, ok := d.cycleMark(); ok {
		m.saveMark(d, mk)
	}
}

// selectStep moves the selection among the shown claims; from n/N the
// sentence goes to a third of the way down, from j/k in the margin the
// pane moves only as far as needed to keep it in view.
func (m *Model) selectStep(dir int, third bool) {
	d := m.current()
	if d == nil {
		return
	}
	ok, wrapped := d.step(dir, m.hidden)
	if !ok {
		return
	}
	if wrapped {
		m.flash = map[int]string{1: "wrapped to the first claim", -1: "wrapped to the last claim"}[dir]
	}
	if third {
		d.toThird()
	} else {
		d.ensureSelVisible()
	}
}

// toggleKind shows or hides the kind of the filter key pressed.
func (m *Model) toggleKind(msg tea.KeyPressMsg) {
	for i := range m.hidden {
		if key.Matches(msg, m.keys.filterKey(i)) {
			m.hidden[i] = !m.hidden[i]
		}
	}
	if d := m.current(); d != nil {
		d.dropHidden(m.hidden)
	}
}

// toggleFocus moves focus between the text and the notes; focusing the
// notes with nothing selected selects the first claim in view.
func (m *Model) toggleFocus() {
	if m.focus == focusNotes {
		m.focus = focusText
		return
	}
	m.focus = focusNotes
	if d := m.current(); d != nil && d.sel < 0 {
		if ok, _ := d.step(1, m.hidden); ok {
			d.ensureSelVisible()
		}
	}
}

// switchDoc shows the next or previous article of the session.
func (m *Model) switchDoc(dir int) {
	n := len(m.sess.slots)
	m.switchDocTo(((m.sess.active+dir)%n + n) % n)
}

// switchDocTo shows article i, saving the place in the one left.
func (m *Model) switchDocTo(i int) {
	if i < 0 || i >= len(m.sess.slots) {
		return
	}
	if i != m.sess.active {
		m.savePosition(m.current())
	}
	m.sess.active = i
	m.relayout()
}

// scroll moves the article pane for the scrolling keys.
func (m *Model) scroll(msg tea.KeyPressMsg) {
	d := m.current()
	if d == nil || d.r == nil {
		return
	}
	k, vp := m.keys, &d.vp
	before := vp.YOffset()
	// G on a partial rendering (a long article whose end is still being
	// laid out) goes to the end when it lands; any other scroll forgets it.
	d.wantEnd = key.Matches(msg, k.Bottom) && d.r.partial
	defer func() {
		if vp.YOffset() != before {
			return
		}
		switch {
		case d.r.partial && key.Matches(msg, k.Down, k.PageDown, k.HalfDown, k.Bottom):
			m.flash = "laying out the rest of the article…"
		case key.Matches(msg, k.Down, k.PageDown, k.HalfDown, k.Bottom):
			m.flash = "end of the article"
		case key.Matches(msg, k.Up, k.PageUp, k.HalfUp, k.Top):
			m.flash = "top of the article"
		default:
			m.flash = msg.String() + ": not a key of the reader · ? lists them"
		}
	}()
	switch {
	case key.Matches(msg, k.Down):
		vp.ScrollDown(1)
	case key.Matches(msg, k.Up):
		vp.ScrollUp(1)
	case key.Matches(msg, k.PageDown):
		vp.PageDown()
	case key.Matches(msg, k.PageUp):
		vp.PageUp()
	case key.Matches(msg, k.HalfDown):
		vp.HalfPageDown()
	case key.Matches(msg, k.HalfUp):
		vp.HalfPageUp()
	case key.Matches(msg, k.Top):
		vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		vp.GotoBottom()
	}
}
