package feedview

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/cells"
	"github.com/caveat-reader/caveat/report"
)

// chromeRows are the view's rows around the list's items: the header,
// the note line, the filter or status line and the footer.
const chromeRows = 4

// View is the feed view, exactly h lines of w cells.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	m.spinView = m.spin.View()
	rows := make([]string, 0, m.h)
	rows = append(rows, fit(m.header(), m.w), fit(m.noteLine(), m.w), fit(m.statusLine(), m.w))
	rows = append(rows, m.itemRows()...)
	rows = rows[:min(len(rows), m.h-1)]
	for len(rows) < m.h-1 {
		rows = append(rows, strings.Repeat(" ", m.w))
	}
	rows = append(rows, fit(m.footer(), m.w))
	return strings.Join(rows, "\n")
}

// itemRows are the rows of the list's current page. They are drawn here
// rather than by the list's own View, which measures and pads every line
// again on each frame: rows come from the delegate at the list's width,
// cached, so a key costs only the rows that changed.
func (m *Model) itemRows() []string {
	items := m.list.VisibleItems()
	if len(items) == 0 {
		return nil
	}
	start, end := m.list.Paginator.GetSliceBounds(len(items))
	d, sel, width := delegate{m: m}, m.list.Index(), m.list.Width()
	rows := make([]string, 0, end-start)
	for i := start; i < end; i++ {
		if r, ok := items[i].(row); ok {
			rows = append(rows, d.cached(r.e, width, i == sel))
		}
	}
	return rows
}

// statusLine is the filter being typed, or what the list holds.
func (m *Model) statusLine() string {
	all, shown := len(m.list.Items()), len(m.list.VisibleItems())
	page := ""
	if p := m.list.Paginator; p.TotalPages > 1 {
		page = fmt.Sprintf(" · page %d/%d", p.Page+1, p.TotalPages)
	}
	switch m.list.FilterState() {
	case list.Filtering:
		return m.list.FilterInput.View() + m.st.Meta.Render(fmt.Sprintf("  %d of %d", shown, all))
	case list.FilterApplied:
		return m.st.Meta.Render(fmt.Sprintf("filter “%s”: %d of %s%s · esc clears", visible(m.list.FilterValue()), shown, report.Count(all, "item", "items"), page))
	}
	return m.st.Meta.Render(report.Count(all, "item", "items") + page + " · / filters")
}

// header names the feeds and tells how far the analysis has got.
func (m *Model) header() string {
	st := &m.st
	title := "Feed"
	switch n := len(m.cfg.Sources); {
	case n == 1 && m.batches[0].Title != "":
		title = visible(m.batches[0].Title)
	case n > 1:
		title = fmt.Sprintf("%d feeds", n)
	}
	done, total := m.Progress()
	var b strings.Builder
	b.WriteString(st.Title.Render(title))
	switch {
	case m.loading > 0:
		fmt.Fprintf(&b, "  %s reading the feed…", m.spinView)
	case done < total:
		fmt.Fprintf(&b, "  %s analysing %d/%d", m.spinView, done, total)
	default:
		b.WriteString(st.Meta.Render("  " + report.Count(total, "item", "items") + " analysed"))
	}
	if f := m.failedCount(); f > 0 {
		b.WriteString(st.Error.Render(fmt.Sprintf("  %d could not be read", f)))
	}
	b.WriteString(st.Meta.Render("  · sorted by " + m.sort.String()))
	return b.String()
}

// noteLine is where the items came from, or why a feed failed.
func (m *Model) noteLine() string {
	var parts []string
	for i, b := range m.batches {
		if m.errs[i] != "" {
			parts = append(parts, m.st.Error.Render(m.errs[i]))
		} else if b.Note != "" {
			parts = append(parts, m.st.Notice.Render(visible(b.Note)))
		}
	}
	return strings.Join(parts, "  ")
}

func (m *Model) footer() string {
	if m.flash != "" {
		return m.st.Notice.Render(m.flash)
	}
	// The key hints change only with the width, ? and the styles.
	k := helpKey{width: m.w, all: m.help.ShowAll, gen: m.styleGen}
	if m.helpDrawn != k || m.helpLine == "" {
		if m.help.ShowAll {
			m.helpLine = strings.ReplaceAll(m.help.FullHelpView(m.keys.FullHelp()), "\n", "  ")
		} else {
			m.helpLine = m.help.ShortHelpView(m.keys.ShortHelp())
		}
		m.helpDrawn = k
	}
	return m.helpLine
}

// helpKey is what the footer's key hints depend on.
type helpKey struct {
	width int
	all   bool
	gen   int
}

func (m *Model) failedCount() int {
	n := 0
	for _, e := range m.shown {
		if e.state == failed {
			n++
		}
	}
	return n
}

// delegate draws an item in one row: its counts and anonymous share, its
// title, outlet and date; a failed item its error; a read item dimmed.
type delegate struct{ m *Model }

func (delegate) Height() int                         { return 1 }
func (delegate) Spacing() int                        { return 0 }
func (delegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// statsW is the width of the counts column.
const statsW = 27

// rowKey is everything a row's drawing depends on besides its entry's
// fixed fields: a row is drawn again only when one of these changes.
type rowKey struct {
	width    int
	selected bool
	state    entryState
	read     bool
	spin     string
	gen      int
}

// Render is the list's way to draw a row; the view calls cached itself.
func (d delegate) Render(w io.Writer, l list.Model, index int, item list.Item) {
	if r, ok := item.(row); ok {
		io.WriteString(w, d.cached(r.e, l.Width(), index == l.Index()))
	}
}

// cached is e's row, drawn again only when what it shows changed.
func (d delegate) cached(e *entry, width int, selected bool) string {
	k := rowKey{width: width, selected: selected, state: e.state, read: e.item.Read, gen: d.m.styleGen}
	if e.state == pending {
		k.spin = d.m.spinView
	}
	if e.drawn == nil || *e.drawn != k {
		e.row, e.drawn = d.draw(e, k), &k
	}
	return e.row
}

// draw is one row as key says.
func (d delegate) draw(e *entry, k rowKey) string {
	m, width := d.m, k.width
	st := m.st
	read := e.item.Read
	// A read row is dimmed as a whole: its pieces go unstyled.
	plain := func(s string, style lipgloss.Style) string {
		if read {
			return s
		}
		return style.Render(s)
	}
	lead := "  "
	if k.selected {
		lead = st.Sel.Render("▸ ")
	}
	var stats string
	switch e.state {
	case pending:
		stats = k.spin + " analysing"
	case failed:
		stats = plain("✗ could not read", st.Error)
	default:
		var parts []string
		for i, n := range e.tally.Counts {
			parts = append(parts, plain(fmt.Sprintf("%s%3d", st.Symbols[i], n), st.Kinds[i]))
		}
		share := fmt.Sprintf("%3d%% unnamed", int(e.tally.AnonShare()*100+0.5))
		parts = append(parts, plain(share, st.Meta))
		stats = strings.Join(parts, " ")
	}
	stats = fit(stats, statsW)
	meta := e.outlet
	if !e.item.Date.IsZero() {
		meta = strings.TrimPrefix(meta+" · "+e.item.Date.Format("2006-01-02"), " · ")
	}
	title := e.title
	if e.state == failed {
		title += " — " + e.err
	}
	rest := width - 2 - statsW - 2
	metaW := cells.StringWidth(meta)
	if metaW > 0 && rest > metaW+20 {
		title = fit(cells.Truncate(title, rest-metaW-2, "…"), rest-metaW-2) + "  " + plain(meta, st.Meta)
	} else {
		title = cells.Truncate(title, max(0, rest), "…")
	}
	if !read && e.state != failed {
		title = st.Title.Render(title)
	}
	line := lead + stats + "  " + title
	if read {
		line = st.Read.Render(line)
	}
	return fit(line, width)
}

// fit pads or cuts a styled line to exactly w cells.
func fit(s string, w int) string {
	sw := cells.StringWidth(s)
	if sw > w {
		return cells.Truncate(s, w, "")
	}
	return s + strings.Repeat(" ", w-sw)
}

// visible is a feed's own text made safe for the terminal.
func visible(s string) string { return articles.VisibleLine(s) }
