package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/ui/bodyview"
)

// Outlet is one outlet's sourcing over the articles read.
type Outlet = bodyview.Outlet

// OutletStore is a Store that also profiles the outlets read (`caveat
// outlets`); O in the index shows them when the store is one.
type OutletStore interface {
	Outlets() ([]Outlet, error)
}

// outletsMsg brings the outlets from the store, read off the UI loop.
type outletsMsg struct {
	rows []Outlet
	err  error
}

// loadOutlets asks the store for the outlets; a private session (no
// store) says why there are none.
func (m *Model) loadOutlets() tea.Cmd {
	st, ok := m.opts.Store.(OutletStore)
	if !ok {
		m.flash = "no outlets in a private session (--no-save)"
		return nil
	}
	return func() tea.Msg {
		rows, err := st.Outlets()
		return outletsMsg{rows, err}
	}
}

// outletsLoaded shows the outlets view, marking the current article's
// outlet.
func (m *Model) outletsLoaded(msg outletsMsg) {
	if msg.err != nil {
		m.flash, m.flashErr = "outlets: "+articles.VisibleLine(msg.err.Error()), true
		return
	}
	current := ""
	if d := m.current(); d != nil {
		current = d.doc.Article.Outlet()
	}
	m.openSide(bodyview.NewOutlets(msg.rows, current, m.sideStyles()), m.mode)
}
