package ui

import (
	"fmt"
	"strings"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/cells"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// statusView is the footer's first line: counts per kind (a hidden kind
// struck through and marked "off"), which claim is selected, where focus
// is, and how the other inputs of the session are doing.
func statusView(st *Styles, memo *renderMemo, s *session, hidden [3]bool, focus focusArea, width int) string {
	var parts []string
	if d := s.current().view; d != nil {
		for i, k := range model.ReaderKinds {
			label := fmt.Sprintf("%s %d", kindLabel(k), d.claims.counts[i])
			if hidden[i] {
				parts = append(parts, memo.render(st, "off", st.FilterOff, label)+memo.render(st, "dim", st.Dim, " off"))
				continue
			}
			parts = append(parts, memo.render(st, "mark"+string(k), st.Mark(k), label))
		}
		if d.sel >= 0 {
			at, of := d.shownPlace(hidden)
			parts = append(parts, fmt.Sprintf("claim %d/%d", at, of))
		}
		if c, x := d.markCounts(); c+x > 0 {
			parts = append(parts, memo.render(st, "dim", st.Dim, fmt.Sprintf("%s %d %s %d", markSymbol(reading.Checked), c, markSymbol(reading.Disputed), x)))
		}
		if sr := d.search; sr != nil {
			more := ""
			if sr.capped {
				more = "+"
			}
			parts = append(parts, memo.render(st, "match", st.Match, fmt.Sprintf("/%s %d/%d%s", articles.VisibleLine(sr.query), sr.cur+1, len(sr.matches), more)))
		}
		if focus == focusNotes {
			parts = append(parts, memo.render(st, "focus", st.Focus, "notes"))
		}
	}
	if n := s.count(slotLoading); n > 0 {
		parts = append(parts, fmt.Sprintf("%s %d loading", s.spinner.View(), n))
	}
	if n := s.count(slotFailed); n > 0 {
		parts = append(parts, st.Error.Render(fmt.Sprintf("%d failed", n)))
	}
	return cells.Truncate(strings.Join(parts, "  "), width, "…")
}

// footerRows are the status line (or the line being typed) and the key
// hints; a message (a failed save, an article changed since last read)
// takes the hints' place until the next key.
func (m *Model) footerRows() []string {
	focus := m.focus
	if m.panel != panelNone {
		// A panel holds the focus, and its own title says what j/k move.
		focus = focusText
	}
	first := statusView(m.styles, m.memo, m.sess, m.hidden, focus, m.w)
	if m.mode == modeSearch || m.mode == modeNote {
		first = m.inputLine()
	}
	rows := []string{first}
	if m.lay.footer <= 1 {
		return rows
	}
	msg, style := m.flash, m.styles.Notice
	if m.flashErr {
		style = m.styles.Error
	}
	if msg == "" && m.mode == modeRead {
		if d := m.current(); d != nil {
			msg = d.notice
		}
	}
	if msg != "" {
		return append(rows, style.Render(cells.Truncate(msg, m.w, "…")))
	}
	return append(rows, m.cachedHelp())
}
