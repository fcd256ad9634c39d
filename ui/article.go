package ui

import (
	"strings"

	"github.com/caveat-reader/caveat/articles"

	"github.com/caveat-reader/caveat/cells"
)

// bodyRows is the middle of the screen: the article pane with the margin
// beside it (wide) or the notes strip under it (narrow); or, for an input
// still loading or failed, a line saying so. Each row is exactly m.w cells.
func (m *Model) bodyRows() []string {
	if m.help.ShowAll {
		return m.helpRows(m.w, m.lay.body+m.lay.strip)
	}
	if m.mode == modeIndex {
		return fitAll(m.indexRows(), m.w)
	}
	if m.mode == modeSide && m.side != nil {
		return fitAll(strings.Split(m.side.View(), "\n"), m.w)
	}
	rows := m.lay.body + m.lay.strip
	sl := m.sess.current()
	switch sl.state {
	case slotLoading:
		return fitAll(messageRows(m.sess.spinner.View()+" loading "+articles.VisibleLine(sl.input.Name)+"…", rows, m.w), m.w)
	case slotFailed:
		msg := m.styles.Error.Render("could not open: ") + articles.VisibleLine(errText(sl.err))
		return fitAll(messageRows(msg, rows, m.w), m.w)
	}
	d := sl.view
	o := m.overlay(d)
	text := articleRows(o, d, m.lay.body, m.lay.textW)
	pads := m.padColumn(o, d)
	out := make([]string, 0, rows)
	if m.lay.marginW > 0 {
		var notes []string
		var widths []int
		link := -1
		if m.panel != panelNone {
			notes = m.panelRows(d, m.lay.marginW, m.lay.body)
		} else {
			notes, widths, link = marginView(m.styles, d, m.hidden, m.lay.marginW, d.vp.YOffset(), m.lay.body)
		}
		gutter := m.memo.render(m.styles, "gutter", m.styles.Gutter, " │ ")
		// The connector from a sentence's first line to its open note
		// when the note grew up from it.
		linked := m.memo.render(m.styles, "link", m.styles.Gutter, " ├─")
		if m.focus == focusNotes {
			gutter = " " + m.memo.render(m.styles, "focus", m.styles.Focus, "┃") + " "
			linked = " " + m.memo.render(m.styles, "focuslink", m.styles.Focus, "┣━")
		}
		// Every part but a panel's row has a known width: the row is
		// padded to the screen without measuring it.
		used := padW + m.lay.textW + gutterW
		for i := range text {
			g := gutter
			if i == link {
				g = linked
			}
			if widths != nil && used+widths[i] <= m.w {
				out = append(out, pads[i]+text[i]+g+notes[i]+spaces(m.w-used-widths[i]))
				continue
			}
			out = append(out, fit(pads[i]+text[i]+g+notes[i], m.w))
		}
		return out
	}
	for i := range text {
		out = append(out, pads[i]+text[i]+spaces(m.w-padW-m.lay.textW))
	}
	var strip []string
	if m.panel != panelNone {
		strip = m.panelRows(d, m.w-2*padW, m.lay.strip)
	} else {
		strip = stripView(m.styles, d, m.hidden, m.w-2*padW, m.lay.strip)
	}
	for i := range strip {
		strip[i] = fit(spaces(padW)+strip[i], m.w)
	}
	for len(strip) < m.lay.strip {
		strip = append(strip, spaces(m.w))
	}
	return append(out, strip...)
}

// overlay is this frame's styling of the article's visible lines.
func (m *Model) overlay(d *docView) overlay {
	o := overlay{r: d.r, a: d.analysis(), claims: &d.claims, st: m.styles, hidden: m.hidden, selSent: -1, cur: -1}
	if sf := d.selFlag(); sf >= 0 && m.panel == panelNone {
		o.selSent = d.analysis().Flags[sf].Sentence
	}
	if d.search != nil && d.key.search == d.searchGen {
		o.matches, o.cur = true, d.search.cur
	}
	o.chosen = m.chosenSentences(d)
	return o
}

// padColumn is the left padding of each article row: a bar beside the
// lines of the panel's chosen sentences, so they stand out without colour.
func (m *Model) padColumn(o overlay, d *docView) []string {
	pads := make([]string, m.lay.body)
	top := d.vp.YOffset()
	var bar string
	for i := range pads {
		pads[i] = spaces(padW)
		if l := top + i; l < len(d.r.lines) && len(o.chosenOn(l)) > 0 {
			if bar == "" {
				bar = m.styles.ChosenBar.Render("▎") + spaces(padW-1)
			}
			pads[i] = bar
		}
	}
	return pads
}

// articleRows are the article lines in the viewport's window, styled for
// this frame and padded to width; only they are styled, whatever the
// article's length, and rows unchanged since the last frame come from the
// rendering's cache.
func articleRows(o overlay, d *docView, height, width int) []string {
	rows := make([]string, height)
	top := d.vp.YOffset()
	for i := range rows {
		if l := top + i; l < len(d.r.lines) {
			rows[i] = o.row(l)
			if d.r.width != width {
				rows[i] = fit(rows[i], width)
			}
		} else {
			rows[i] = spaces(width)
		}
	}
	return rows
}

// messageRows centres one message line in an otherwise empty body.
func messageRows(msg string, rows, width int) []string {
	out := make([]string, rows)
	if rows > 0 {
		out[rows/3] = "  " + cells.Truncate(msg, max(0, width-2), "…")
	}
	return out
}

// fitAll fits every row to w cells.
func fitAll(rows []string, w int) []string {
	for i := range rows {
		rows[i] = fit(rows[i], w)
	}
	return rows
}
