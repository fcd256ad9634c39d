// Package bodyview holds the reader's views that take the article body's
// place: one story as several outlets tell it (a column per article, a
// row per shared claim), what changed between two versions of one
// article, and the outlets read. They show what package compare and the
// store found; they compare nothing themselves. Each is a Model: lines
// laid out for a width that scroll, with its KeyMap and SetSize.
package bodyview

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Model is a view laid out for a width, scrolled by rows.
type Model struct {
	lay  func(w int) []string
	keys KeyMap
	w, h int
	top  int
	// lines is the view laid out for width laidW; laid out again only
	// when the width changes.
	lines []string
	laidW int
}

func newModel(lay func(w int) []string) *Model {
	return &Model{lay: lay, keys: DefaultKeyMap(), w: 80, h: 24}
}

// KeyMap is the view's keys, for the root's help.
func (m *Model) KeyMap() KeyMap { return m.keys }

// SetSize fits the view to w columns and h rows.
func (m *Model) SetSize(w, h int) {
	m.w, m.h = max(1, w), max(1, h)
	m.clampTop()
}

// Update scrolls. Esc is the root's: it closes the view.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(k, m.keys.Down):
		m.top++
	case key.Matches(k, m.keys.Up):
		m.top--
	case key.Matches(k, m.keys.PageDown):
		m.top += max(1, m.h-1)
	case key.Matches(k, m.keys.PageUp):
		m.top -= max(1, m.h-1)
	case key.Matches(k, m.keys.Top):
		m.top = 0
	case key.Matches(k, m.keys.Bottom):
		m.top = len(m.layout())
	}
	m.clampTop()
	return nil
}

func (m *Model) clampTop() {
	m.top = min(max(0, m.top), max(0, len(m.layout())-m.h))
}

// View is h rows of at most w columns.
func (m *Model) View() string {
	lines := m.layout()
	end := min(len(lines), m.top+m.h)
	out := slices.Clone(lines[m.top:end])
	for len(out) < m.h {
		out = append(out, "")
	}
	return strings.Join(out, "\n")
}

func (m *Model) layout() []string {
	if m.lines == nil || m.laidW != m.w {
		m.lines, m.laidW = m.lay(m.w), m.w
	}
	return m.lines
}
