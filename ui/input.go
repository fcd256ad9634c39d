package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/report"

	"github.com/caveat-reader/caveat/cells"
)

// The footer's input line: one bubbles textinput, used for a search (/)
// and for a claim's note (e). While it has the keys, every other binding
// is off, so that q and n are text.

// inputReserve is room kept beside the input for its count of matches.
const inputReserve = 24

// noteLimit bounds a note: it is one line in the margin.
const noteLimit = 200

func newInput() *textinput.Model {
	in := textinput.New()
	in.CharLimit = noteLimit
	return &in
}

// startInput hands the keys to the input line for a search or a note on
// the selected claim (prefilled with its note, to edit it).
func (m *Model) startInput(md mode) tea.Cmd {
	d := m.current()
	if d == nil {
		return nil
	}
	m.input.Reset()
	switch md {
	case modeSearch:
		m.input.Prompt = "/"
		m.input.Placeholder = "search the article"
		if d.search != nil {
			m.input.SetValue(d.search.query)
		}
	case modeNote:
		f := d.selFlag()
		if f < 0 {
			return nil
		}
		m.input.Prompt = "note: "
		m.input.Placeholder = "one line on this claim"
		m.input.SetValue(d.markOfFlag(f).Note)
	}
	m.input.CursorEnd()
	m.mode = md
	m.countTyped()
	return m.input.Focus()
}

// inputKey answers a key while the input line has the keys.
func (m *Model) inputKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Interrupt):
		return m.quit()
	case key.Matches(msg, k.Cancel):
		m.endInput()
	case key.Matches(msg, k.Accept):
		m.acceptInput()
	default:
		var cmd tea.Cmd
		*m.input, cmd = m.input.Update(msg)
		m.countTyped()
		return cmd
	}
	return nil
}

// countTyped counts, once per key rather than per frame, where the search
// being typed occurs.
func (m *Model) countTyped() {
	m.typedHits, m.typedCapped = 0, false
	if d := m.current(); d != nil && m.mode == modeSearch && m.input.Value() != "" {
		ms, capped := findMatches(d.analysis().Text, m.input.Value())
		m.typedHits, m.typedCapped = len(ms), capped
	}
}

// endInput gives the keys back to the article.
func (m *Model) endInput() {
	m.input.Blur()
	m.mode = modeRead
}

// acceptInput commits what was typed: the search runs, or the note is
// saved.
func (m *Model) acceptInput() {
	d := m.current()
	md, value := m.mode, m.input.Value()
	m.endInput()
	if d == nil {
		return
	}
	switch md {
	case modeSearch:
		m.runSearch(d, value)
	case modeNote:
		if mk, ok := d.setNote(value); ok {
			m.saveMark(d, mk)
		}
	}
}

// runSearch commits a search and shows its first match from the top of
// the pane; an empty query ends the search.
func (m *Model) runSearch(d *docView, query string) {
	d.clearSearch()
	if query == "" {
		m.relayout()
		return
	}
	n, _ := d.setSearch(query)
	if n == 0 {
		m.flash = fmt.Sprintf("no match for “%s”", articles.VisibleLine(query))
	}
	m.relayout()
	d.showMatch()
}

// inputLine is the footer's first line while typing: the input, and for a
// search how many times the text so far occurs.
func (m *Model) inputLine() string {
	line := m.input.View()
	if m.mode == modeSearch {
		if m.input.Value() != "" {
			hits := report.Count(m.typedHits, "match", "matches")
			if m.typedCapped {
				hits = fmt.Sprintf("%d+ matches", m.typedHits)
			}
			line = fit(line, max(0, m.w-inputReserve)) + m.styles.Dim.Render(hits)
		}
	}
	return cells.Truncate(line, m.w, "")
}
