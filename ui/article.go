package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
)

// bodyRows is the middle of the screen: the article pane with the margin
// beside it (wide) or the notes strip under it (narrow); or, for an input
// still loading or failed, a line saying so.
func (m Model) bodyRows() []string {
	if m.mode == modeIndex {
		return m.indexRows()
	}
	rows := m.lay.body + m.lay.strip
	sl := m.sess.current()
	switch sl.state {
	case slotLoading:
		return messageRows(m.sess.spinner.View()+" loading "+articles.VisibleLine(sl.input.Name)+"…", rows, m.w)
	case slotFailed:
		msg := m.styles.Error.Render("could not open: ") + articles.VisibleLine(errText(sl.err))
		return messageRows(msg, rows, m.w)
	}
	d := sl.view
	o := m.overlay(d)
	text := articleRows(o, d, m.lay.body)
	pads := m.padColumn(o, d)
	out := make([]string, 0, rows)
	if m.lay.marginW > 0 {
		var notes []string
		if m.panel != panelNone {
			notes = m.panelRows(d, m.lay.marginW, m.lay.body)
		} else {
			notes = marginView(&m.styles, d, m.hidden, m.lay.marginW, d.vp.YOffset(), m.lay.body)
		}
		gutter := m.styles.Gutter.Render(" │ ")
		if m.focus == focusNotes {
			gutter = " " + m.styles.Focus.Render("┃") + " "
		}
		for i := range text {
			out = append(out, pads[i]+fit(text[i], m.lay.textW)+gutter+notes[i])
		}
		return out
	}
	for i := range text {
		out = append(out, pads[i]+text[i])
	}
	var strip []string
	if m.panel != panelNone {
		strip = m.panelRows(d, m.w-2*padW, m.lay.strip)
	} else {
		strip = stripView(&m.styles, d, m.hidden, m.w-2*padW, m.lay.strip)
	}
	for i := range strip {
		strip[i] = strings.Repeat(" ", padW) + strip[i]
	}
	for len(strip) < m.lay.strip {
		strip = append(strip, "")
	}
	return append(out, strip...)
}

// overlay is this frame's styling of the article's visible lines.
func (m Model) overlay(d *docView) overlay {
	o := overlay{r: d.r, a: d.analysis(), claims: &d.claims, st: &m.styles, hidden: m.hidden, selSent: -1, cur: -1}
	if sf := d.selFlag(); sf >= 0 && m.panel == panelNone {
		o.selSent = d.analysis().Flags[sf].Sentence
	}
	if d.search != nil && d.rSearch == d.searchGen {
		o.matches, o.cur = true, d.search.cur
	}
	o.chosen = m.chosenSentences(d)
	return o
}

// padColumn is the left padding of each article row: a bar beside the
// lines of the panel's chosen sentences, so they stand out without colour.
func (m Model) padColumn(o overlay, d *docView) []string {
	pads := make([]string, m.lay.body)
	top := d.vp.YOffset()
	for i := range pads {
		pads[i] = strings.Repeat(" ", padW)
		if l := top + i; l < len(d.r.lines) && len(o.chosenOn(l)) > 0 {
			pads[i] = m.styles.ChosenBar.Render("▎") + strings.Repeat(" ", padW-1)
		}
	}
	return pads
}

// articleRows are the article lines in the viewport's window, styled for
// this frame; only they are styled, whatever the article's length.
func articleRows(o overlay, d *docView, height int) []string {
	rows := make([]string, height)
	top := d.vp.YOffset()
	for i := range rows {
		if l := top + i; l < len(d.r.lines) {
			rows[i] = o.line(l)
		}
	}
	return rows
}

// messageRows centres one message line in an otherwise empty body.
func messageRows(msg string, rows, width int) []string {
	out := make([]string, rows)
	if rows > 0 {
		out[rows/3] = "  " + ansi.Truncate(msg, max(0, width-2), "…")
	}
	return out
}
