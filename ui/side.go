package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/ui/bodyview"
)

// The side-by-side views take the body's place: v shows what changed in
// a changed article's sourcing, C in the index sets the session's
// articles side by side. Esc goes back to where they were opened from.

// openSide shows view v; esc returns to mode back.
func (m *Model) openSide(v *bodyview.Model, back mode) {
	m.side, m.sideBack = v, back
	m.mode = modeSide
	m.relayout()
}

// sideKey answers keys while a side-by-side view is shown: quit and help
// as everywhere, esc back, the rest scroll the view.
func (m *Model) sideKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit, k.Interrupt):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.relayout()
	case key.Matches(msg, k.Escape):
		m.mode, m.side = m.sideBack, nil
	default:
		return m.side.Update(msg)
	}
	return nil
}

// openCompare sets the session's loaded articles side by side: the
// claims two or more of them share and what each rests them on.
func (m *Model) openCompare() {
	docs := m.readyDocs()
	if len(docs) < 2 {
		return
	}
	as := make([]*model.Analysis, len(docs))
	titles := make([]string, len(docs))
	for i, d := range docs {
		as[i] = d.analysis()
		titles[i] = d.doc.Article.Title
		if titles[i] == "" {
			titles[i] = d.doc.Article.Source
		}
	}
	m.openSide(bodyview.NewStories(compare.Compare(as), titles, m.sideStyles()), modeIndex)
}

// readyDocs are the session's articles loaded so far, in session order.
func (m *Model) readyDocs() []*docView {
	var out []*docView
	for _, sl := range m.sess.slots {
		if sl.state == slotReady && sl.view != nil {
			out = append(out, sl.view)
		}
	}
	return out
}

// sideStyles hands the reader's styles down to the side-by-side views.
func (m *Model) sideStyles() bodyview.Styles {
	st := m.styles
	out := bodyview.Styles{
		Heading: st.PanelTitle, Text: st.Meta, Dim: st.Dim,
		Unnamed: st.Mark(model.AnonymousSource), Named: st.Meta,
		Removed: st.Dim.Strikethrough(true), Added: st.Title.Underline(true),
		Markers: st.NoColor,
	}
	for i, k := range model.ReaderKinds {
		out.Kinds[i] = st.Mark(k)
		out.Symbols[i] = kindSymbol(k)
	}
	return out
}
