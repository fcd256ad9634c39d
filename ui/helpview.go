package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/cells"
	"github.com/caveat-reader/caveat/report"
)

// The key hints are drawn here rather than by bubbles help: its full view
// lays every group side by side and cuts what does not fit the width, and
// its short view cuts from the end, so at 80 columns half the keys were
// missing with no sign of more.

const helpSep = " • "

// shortHelpLine is the footer's one line of key hints: the bindings in
// order of importance with ? and q pinned at the end, dropping the least
// important until the line fits; ? and q are never dropped.
func shortHelpLine(st help.Styles, keys KeyMap, width int) string {
	var rest, pinned []key.Binding
	for _, b := range keys.ShortHelp() {
		if !b.Enabled() {
			continue
		}
		if sameBinding(b, keys.Help) || sameBinding(b, keys.Quit) {
			pinned = append(pinned, b)
			continue
		}
		rest = append(rest, b)
	}
	widthOf := func(bs []key.Binding) int {
		w := 0
		for i, b := range bs {
			if i > 0 {
				w += cells.StringWidth(helpSep)
			}
			w += cells.StringWidth(b.Help().Key) + 1 + cells.StringWidth(b.Help().Desc)
		}
		return w
	}
	for len(rest) > 0 && widthOf(append(append([]key.Binding{}, rest...), pinned...)) > width {
		rest = rest[:len(rest)-1]
	}
	var b strings.Builder
	for i, k := range append(rest, pinned...) {
		if i > 0 {
			b.WriteString(st.ShortSeparator.Render(helpSep))
		}
		b.WriteString(st.ShortKey.Render(k.Help().Key) + " " + st.ShortDesc.Render(k.Help().Desc))
	}
	return cells.Truncate(b.String(), width, "…")
}

// sameBinding reports whether two bindings answer the same keys.
func sameBinding(a, b key.Binding) bool {
	return strings.Join(a.Keys(), "\x00") == strings.Join(b.Keys(), "\x00")
}

// fullHelpEntries are the enabled bindings of the full help, group by
// group, each binding once.
func fullHelpEntries(keys KeyMap) []key.Binding {
	var out []key.Binding
	seen := map[string]bool{}
	for _, col := range keys.FullHelp() {
		for _, b := range col {
			id := b.Help().Key + "\x00" + b.Help().Desc
			if !b.Enabled() || seen[id] {
				continue
			}
			seen[id] = true
			out = append(out, b)
		}
	}
	return out
}

// helpGrid lays the full help out in as many columns as width holds (one
// on a narrow screen), filled column by column: every line of the grid.
func helpGrid(st help.Styles, keys KeyMap, width int) []string {
	entries := fullHelpEntries(keys)
	if len(entries) == 0 {
		return nil
	}
	keyW, descW := 0, 0
	for _, b := range entries {
		keyW = max(keyW, cells.StringWidth(b.Help().Key))
		descW = max(descW, cells.StringWidth(b.Help().Desc))
	}
	const gap = 4
	colW := keyW + 1 + descW
	cols := max(1, min(len(entries), (width+gap)/(colW+gap)))
	rows := (len(entries) + cols - 1) / cols
	lines := make([]string, rows)
	for i, b := range entries {
		r, c := i%rows, i/rows
		k, d := b.Help().Key, b.Help().Desc
		cell := st.FullKey.Render(k) + spaces(keyW-cells.StringWidth(k)+1) + st.FullDesc.Render(d)
		if c > 0 {
			cell = spaces(gap) + cell
		}
		if c < cols-1 && i+rows < len(entries) {
			cell += spaces(descW - cells.StringWidth(d))
		}
		lines[r] += cell
	}
	for i := range lines {
		lines[i] = cells.Truncate(lines[i], width, "…")
	}
	return lines
}

// helpRows is the full help shown in place of the body, height rows of
// width: a title line saying how to close it, then the grid from row
// m.helpTop; when the grid is taller than the body, the title says how to
// scroll and how much more there is.
func (m *Model) helpRows(width, height int) []string {
	grid := helpGrid(m.styles.Help, m.keys, width-2*padW)
	room := max(0, height-2)
	m.helpTop = max(0, min(m.helpTop, len(grid)-room))
	title := m.styles.PanelTitle.Render("Keys")
	hint := " · " + m.keys.Help.Help().Key + " or esc closes"
	if len(grid) > room {
		below := len(grid) - room - m.helpTop
		hint += " · " + m.keys.Down.Help().Key + " scrolls"
		if below > 0 {
			hint += " · " + report.Count(below, "more row", "more rows") + " below"
		}
	}
	rows := []string{spaces(padW) + title + m.styles.Dim.Render(cells.Truncate(hint, max(0, width-padW-4), "…")), ""}
	for _, l := range grid[m.helpTop:min(len(grid), m.helpTop+room)] {
		rows = append(rows, spaces(padW)+l)
	}
	for len(rows) < height {
		rows = append(rows, "")
	}
	return fitAll(rows[:height], width)
}

// helpKey answers a key while the full help is shown: the scrolling keys
// scroll it, ? and esc close it, and any other key closes it and acts as
// it would have (reported false to go on).
func (m *Model) helpKey(msg tea.KeyPressMsg) bool {
	k := m.keys
	switch {
	case key.Matches(msg, k.Help) || msg.String() == "esc":
		m.help.ShowAll = false
	case key.Matches(msg, k.Down):
		m.helpTop++
	case key.Matches(msg, k.Up):
		m.helpTop--
	case key.Matches(msg, k.PageDown, k.HalfDown):
		m.helpTop += max(1, m.lay.body/2)
	case key.Matches(msg, k.PageUp, k.HalfUp):
		m.helpTop -= max(1, m.lay.body/2)
	case key.Matches(msg, k.Top):
		m.helpTop = 0
	default:
		m.help.ShowAll = false
		return false
	}
	m.helpTop = max(0, m.helpTop)
	return true
}
