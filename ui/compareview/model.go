// Package compareview is the reader's view of one story as several
// outlets tell it: a column per article, a row per claim two or more of
// them share, each cell saying what its outlet rests the claim on, and a
// last row of every article's sources. It shows a compare.Stories; it
// compares nothing itself.
package compareview

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
)

// cellLines bounds how many lines of a sentence a cell shows, so one long
// sentence does not push the other claims off the screen.
const cellLines = 4

// Model is the compare view: what it shows, its size and its scroll.
type Model struct {
	stories *compare.Stories
	titles  []string
	styles  Styles
	keys    KeyMap
	w, h    int
	top     int
	// lines is the whole view laid out for width w; laid out again only
	// when the width changes.
	lines []string
	laidW int
}

// New is the view of st, whose articles are titled titles (in order).
func New(st *compare.Stories, titles []string, styles Styles) *Model {
	return &Model{stories: st, titles: titles, styles: styles, keys: DefaultKeyMap()}
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

// View is h rows of w columns.
func (m *Model) View() string {
	lines := m.layout()
	end := min(len(lines), m.top+m.h)
	out := slices.Clone(lines[m.top:end])
	for len(out) < m.h {
		out = append(out, "")
	}
	return strings.Join(out, "\n")
}

// layout lays the whole view out for the current width, once per width.
func (m *Model) layout() []string {
	if m.lines != nil && m.laidW == m.w {
		return m.lines
	}
	m.laidW = m.w
	st := m.stories
	n := max(1, len(st.Articles))
	gap := 3
	colW := max(8, (m.w-gap*(n-1))/n)
	var out []string
	// The heading: each article's letter and title.
	var heads []string
	for i := range st.Articles {
		title := ""
		if i < len(m.titles) {
			title = articles.VisibleLine(m.titles[i])
		}
		heads = append(heads, m.styles.Heading.Render(ansi.Truncate(fmt.Sprintf("[%c] %s", 'A'+i%26, title), colW, "…")))
	}
	out = append(out, row(heads, colW, gap))
	if len(st.Claims) == 0 {
		out = append(out, "", m.styles.Dim.Render("No claim is carried by more than one of these articles."))
	} else {
		out = append(out, "", m.styles.Dim.Render(ansi.Truncate(fmt.Sprintf("%d claims in more than one article; each cell says what its outlet rests the claim on", len(st.Claims)), m.w, "…")))
	}
	for ci, c := range st.Claims {
		out = append(out, "", m.styles.Dim.Render(fmt.Sprintf("%d.", ci+1)))
		cols := make([][]string, n)
		for _, r := range c.Sentences {
			cols[r.Article] = append(cols[r.Article], m.cell(r, colW)...)
		}
		for i := range cols {
			if len(cols[i]) == 0 {
				cols[i] = []string{m.styles.Dim.Render("—")}
			}
		}
		out = append(out, columns(cols, colW, gap)...)
	}
	out = append(out, "", m.styles.Heading.Render("Sources"))
	cols := make([][]string, n)
	for i, a := range st.Articles {
		for _, s := range a.Sources {
			style := m.styles.Named
			if s.Type.Anonymous() {
				style = m.styles.Unnamed
			}
			line := fmt.Sprintf("%s (%d)", articles.VisibleLine(s.Description), len(s.Sentences))
			cols[i] = append(cols[i], style.Render(ansi.Truncate(line, colW, "…")))
		}
		if len(cols[i]) == 0 {
			cols[i] = []string{m.styles.Dim.Render("none found")}
		}
	}
	out = append(out, columns(cols, colW, gap)...)
	m.lines = out
	return out
}

// cell is one article's sentence for a claim: its kinds' symbols, the
// sentence wrapped (cellLines at most), and what it rests on.
func (m *Model) cell(r compare.Ref, w int) []string {
	st := m.stories
	var syms []string
	for _, k := range st.Kinds(r) {
		i := slices.Index(model.ReaderKinds, k)
		syms = append(syms, m.styles.Kinds[i].Render(m.styles.Symbols[i]))
	}
	text := articles.VisibleLine(st.Articles[r.Article].SentenceText(r.Sentence))
	lines := strings.Split(ansi.Wrap(text, w, ""), "\n")
	if len(lines) > cellLines {
		lines = lines[:cellLines]
		lines[cellLines-1] = ansi.Truncate(lines[cellLines-1], w-1, "") + "…"
	}
	for i := range lines {
		lines[i] = m.styles.Text.Render(lines[i])
	}
	var on []string
	for _, s := range st.Sources(r) {
		on = append(on, articles.VisibleLine(s.Description))
	}
	var rest string
	switch {
	case st.OnlyUnnamed(r):
		rest = m.styles.Unnamed.Render(ansi.Truncate(strings.TrimSpace("unnamed only "+strings.Join(on, ", ")), w, "…"))
	case len(on) > 0:
		rest = m.styles.Named.Render(ansi.Truncate("on the record: "+strings.Join(on, ", "), w, "…"))
	default:
		rest = m.styles.Dim.Render("no source given")
	}
	if len(syms) > 0 {
		rest = strings.Join(syms, " ") + " " + rest
	}
	return append(lines, ansi.Truncate(rest, w, "…"))
}

// columns sets cells side by side, each padded to w cells, gap apart.
func columns(cols [][]string, w, gap int) []string {
	rows := 0
	for _, c := range cols {
		rows = max(rows, len(c))
	}
	out := make([]string, rows)
	for r := range rows {
		var b strings.Builder
		for i, c := range cols {
			if i > 0 {
				b.WriteString(strings.Repeat(" ", gap))
			}
			s := ""
			if r < len(c) {
				s = c[r]
			}
			b.WriteString(s)
			if i < len(cols)-1 {
				b.WriteString(strings.Repeat(" ", max(0, w-ansi.StringWidth(s))))
			}
		}
		out[r] = b.String()
	}
	return out
}

// row sets one line of cells side by side.
func row(cells []string, w, gap int) string {
	cols := make([][]string, len(cells))
	for i, c := range cells {
		cols[i] = []string{c}
	}
	return columns(cols, w, gap)[0]
}
