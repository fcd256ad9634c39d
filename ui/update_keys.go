package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// handleKey answers one key press. Each binding goes to a small method;
// disabled bindings never match (key.Matches checks Enabled).
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.relayout()
	case key.Matches(msg, k.NextDoc):
		m.switchDoc(1)
	case key.Matches(msg, k.PrevDoc):
		m.switchDoc(-1)
	case key.Matches(msg, k.Anon, k.Denial, k.Uncertain):
		m.toggleKind(msg)
	case key.Matches(msg, k.Focus):
		m.toggleFocus()
	case key.Matches(msg, k.Next):
		m.selectStep(1, true)
	case key.Matches(msg, k.Prev):
		m.selectStep(-1, true)
	case key.Matches(msg, k.Centre):
		if d := m.current(); d != nil {
			d.toThird()
		}
	case m.focus == focusNotes && key.Matches(msg, k.Down):
		m.selectStep(1, false)
	case m.focus == focusNotes && key.Matches(msg, k.Up):
		m.selectStep(-1, false)
	default:
		m.scroll(msg)
	}
	return nil
}

// selectStep moves the selection among the shown claims; from n/N the
// sentence goes to a third of the way down, from j/k in the margin the
// pane moves only as far as needed to keep it in view.
func (m *Model) selectStep(dir int, third bool) {
	d := m.current()
	if d == nil || !d.step(dir, m.hidden) {
		return
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
		if d.step(1, m.hidden) {
			d.ensureSelVisible()
		}
	}
}

// switchDoc shows the next or previous article of the session.
func (m *Model) switchDoc(dir int) {
	m.sess.switchTo(dir)
	m.relayout()
}

// scroll moves the article pane for the scrolling keys.
func (m *Model) scroll(msg tea.KeyPressMsg) {
	d := m.current()
	if d == nil || d.r == nil {
		return
	}
	k, vp := m.keys, &d.vp
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

// syncKeys enables the bindings that do something now, so help lists only
// those and a disabled key is a no-op.
func (m *Model) syncKeys() {
	d := m.current()
	ready := d != nil
	hasClaims := ready && len(d.claims.flags) > 0
	shown := false
	if hasClaims {
		for i, n := range d.claims.counts {
			shown = shown || (n > 0 && !m.hidden[i])
		}
	}
	k := &m.keys
	k.Next.SetEnabled(shown)
	k.Prev.SetEnabled(shown)
	k.Centre.SetEnabled(ready && d.sel >= 0)
	k.Focus.SetEnabled(hasClaims)
	for _, b := range []*key.Binding{&k.Anon, &k.Denial, &k.Uncertain} {
		b.SetEnabled(ready)
	}
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageDown, &k.PageUp, &k.HalfDown, &k.HalfUp, &k.Top, &k.Bottom} {
		b.SetEnabled(ready)
	}
	multi := len(m.sess.slots) > 1
	k.NextDoc.SetEnabled(multi)
	k.PrevDoc.SetEnabled(multi)
	if !hasClaims && m.focus == focusNotes {
		m.focus = focusText
	}
}
