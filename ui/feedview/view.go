package feedview

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
)

// chromeRows are the view's rows around the list: the header, the note
// line and the footer.
const chromeRows = 3

// View is the feed view, exactly h lines of w cells.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	rows := []string{fit(m.header(), m.w), fit(m.noteLine(), m.w)}
	rows = append(rows, strings.Split(m.list.View(), "\n")...)
	rows = rows[:min(len(rows), m.h-1)]
	for len(rows) < m.h-1 {
		rows = append(rows, "")
	}
	for i := 2; i < len(rows); i++ {
		rows[i] = fit(rows[i], m.w)
	}
	rows = append(rows, fit(m.footer(), m.w))
	return strings.Join(rows, "\n")
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
		fmt.Fprintf(&b, "  %s reading the feed…", m.spin.View())
	case done < total:
		fmt.Fprintf(&b, "  %s analysing %d/%d", m.spin.View(), done, total)
	default:
		b.WriteString(st.Meta.Render(fmt.Sprintf("  %d items analysed", total)))
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
	if m.help.ShowAll {
		return strings.ReplaceAll(m.help.FullHelpView(m.keys.FullHelp()), "\n", "  ")
	}
	return m.help.ShortHelpView(m.keys.ShortHelp())
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

func (d delegate) Render(w io.Writer, l list.Model, index int, item list.Item) {
	r, ok := item.(row)
	if !ok {
		return
	}
	m, e, width := d.m, r.e, l.Width()
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
	if index == l.Index() {
		lead = st.Sel.Render("▸ ")
	}
	var stats string
	switch e.state {
	case pending:
		stats = m.spin.View() + " analysing"
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
	metaW := ansi.StringWidth(meta)
	if metaW > 0 && rest > metaW+20 {
		title = fit(ansi.Truncate(title, rest-metaW-2, "…"), rest-metaW-2) + "  " + plain(meta, st.Meta)
	} else {
		title = ansi.Truncate(title, max(0, rest), "…")
	}
	if !read && e.state != failed {
		title = st.Title.Render(title)
	}
	line := lead + stats + "  " + title
	if read {
		line = st.Read.Render(line)
	}
	fmt.Fprint(w, ansi.Truncate(line, width, ""))
}

// fit pads or cuts a styled line to exactly w cells.
func fit(s string, w int) string {
	sw := ansi.StringWidth(s)
	if sw > w {
		return ansi.Truncate(s, w, "")
	}
	return s + strings.Repeat(" ", w-sw)
}

// visible is a feed's own text made safe for the terminal.
func visible(s string) string { return articles.VisibleLine(s) }
