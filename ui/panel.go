package ui

import (
	"strings"

	"github.com/caveat-reader/caveat/cells"
)

// panelKind is the side panel shown in place of the notes: the source
// ledger (s) or the scorecard (c). A panel lists items; the chosen item's
// sentences are tinted in the text and n/N walk them.
type panelKind int

const (
	panelNone panelKind = iota
	panelLedger
	panelChecks
	panelLinks
)

// togglePanel opens panel p (closing it if it is open) and gives it the
// focus, so j/k move through its items at once.
func (m *Model) togglePanel(p panelKind) {
	if m.panel == p {
		m.closePanel()
		return
	}
	m.panel = p
	m.focus = focusNotes
	if d := m.current(); d != nil {
		d.hiAt = 0
	}
}

func (m *Model) closePanel() {
	m.panel = panelNone
	m.focus = focusText
}

// panelSel is the selected item of the open panel, and how many it has.
func (m *Model) panelSel(d *docView) (sel *int, n int) {
	switch m.panel {
	case panelLedger:
		return &d.ledgerSel, len(d.ledger())
	case panelChecks:
		return &d.checkSel, len(d.analysis().Checks)
	case panelLinks:
		return &d.linkSel, len(d.links())
	}
	return nil, 0
}

// chosenSentences are the sentences of the open panel's selected item, in
// text order: what is tinted and what n/N walk.
func (m *Model) chosenSentences(d *docView) []int {
	if d == nil {
		return nil
	}
	a := d.analysis()
	var ss []int
	switch m.panel {
	case panelLedger:
		if l := d.ledger(); d.ledgerSel < len(l) {
			ss = a.Sources[l[d.ledgerSel].src].Sentences
		}
	case panelChecks:
		if d.checkSel < len(a.Checks) {
			ss = a.Checks[d.checkOrder()[d.checkSel]].Sentences
		}
	case panelLinks:
		if ls := d.links(); d.linkSel < len(ls) {
			if s := d.sentenceAt(ls[d.linkSel].Offset); s >= 0 {
				ss = []int{s}
			}
		}
	}
	return validSentences(ss, len(a.Sentences))
}

// validSentences keeps the sentence indices that exist, sorted: the model
// promises both, and the reader does not crash if it breaks the promise.
func validSentences(ss []int, n int) []int {
	out := make([]int, 0, len(ss))
	for _, s := range ss {
		if s >= 0 && s < n && (len(out) == 0 || s > out[len(out)-1]) {
			out = append(out, s)
		}
	}
	return out
}

// movePanel moves the panel's selection and shows the new item's first
// sentence.
func (m *Model) movePanel(dir int) {
	d := m.current()
	if d == nil {
		return
	}
	sel, n := m.panelSel(d)
	if sel == nil || n == 0 {
		return
	}
	*sel = min(max(*sel+dir, 0), n-1)
	d.hiAt = 0
	m.showChosen(d)
}

// walkChosen moves to the next (1) or previous (-1) sentence of the
// panel's selected item, going round.
func (m *Model) walkChosen(dir int) {
	d := m.current()
	ss := m.chosenSentences(d)
	if len(ss) == 0 {
		return
	}
	d.hiAt = ((d.hiAt+dir)%len(ss) + len(ss)) % len(ss)
	m.showChosen(d)
}

// showChosen scrolls the sentence n/N reached to a third of the pane.
func (m *Model) showChosen(d *docView) {
	ss := m.chosenSentences(d)
	if len(ss) == 0 || d.r == nil {
		return
	}
	d.hiAt = min(d.hiAt, len(ss)-1)
	d.vp.SetYOffset(d.r.sentenceLine(ss[d.hiAt]) - d.vp.Height()/3)
}

// panelRows draws the open panel in width x height.
func (m *Model) panelRows(d *docView, width, height int) []string {
	switch m.panel {
	case panelLedger:
		return ledgerView(m.styles, d, m.chosenSentences(d), width, height)
	case panelChecks:
		return scorecardView(m.styles, d, m.chosenSentences(d), width, height)
	case panelLinks:
		return linksView(m.styles, d, width, height)
	}
	return make([]string, height)
}

// listWindow lays out a panel: its title, then its items (each some
// lines) scrolled so the selected item is whole on screen; a pointer marks
// the selected item.
func listWindow(st *Styles, title string, items [][]string, sel, width, height int) []string {
	rows := make([]string, 0, height)
	// The title runs into a rule, which also sets the panel off from the
	// text above it when it takes the notes strip's place.
	title = cells.Truncate(title, width, "…")
	rows = append(rows, st.PanelTitle.Render(title)+" "+st.Gutter.Render(strings.Repeat("─", max(0, width-cells.StringWidth(title)-1))))
	var all []string
	selFrom, selTo := 0, 0
	for i, it := range items {
		if i == sel {
			selFrom = len(all)
		}
		for j, l := range it {
			lead := "  "
			if j == 0 && i == sel {
				lead = st.PanelSel.Render("▸ ")
			}
			all = append(all, lead+cells.Truncate(l, max(0, width-2), "…"))
		}
		if i == sel {
			selTo = len(all)
		}
	}
	room := max(0, height-1)
	top := 0
	if selTo > room {
		top = min(selFrom, selTo-room)
	}
	for i := top; i < len(all) && len(rows) < height; i++ {
		rows = append(rows, all[i])
	}
	for len(rows) < height {
		rows = append(rows, "")
	}
	return rows[:height]
}

// shareBar is a bar of width cells, filled for share (0..1).
func shareBar(st *Styles, share float64, width int) string {
	full := int(share*float64(width) + 0.5)
	full = min(max(full, 0), width)
	if share > 0 && full == 0 {
		full = 1
	}
	return st.Bar.Render(strings.Repeat("█", full)) + st.BarRest.Render(strings.Repeat("░", width-full))
}

// wrapLines wraps s to width, as lines.
func wrapLines(s string, width int) []string {
	return strings.Split(cells.Wrap(s, max(1, width), ""), "\n")
}
