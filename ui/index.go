package ui

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/report"

	"github.com/caveat-reader/caveat/cells"
)

// The index (L) lists the articles of the session in a bubbles list: each
// with its title, where it came from, its length and its claims per kind,
// and a bar for the share of its sentences resting on anonymous sources,
// so the most anonymously sourced story stands out at a glance (it is
// also named so). Articles still loading or failed are listed as such.

// indexItem is one article of the session as the index shows it.
type indexItem struct {
	slot   int
	title  string
	meta   string
	words  int
	counts [3]int
	// anon is the share of the article's sentences (boilerplate left
	// out) carrying an anonymous-source claim.
	anon  float64
	state slotState
	err   string
	most  bool
	// outlet is the article's outlet (its site's domain), as caveat
	// outlets profiles it.
	outlet string
}

func (it indexItem) FilterValue() string { return it.title }

// newIndexItem describes slot i.
func newIndexItem(i int, sl *slot) indexItem {
	it := indexItem{slot: i, state: sl.state, title: articles.VisibleLine(sl.input.Name)}
	switch sl.state {
	case slotFailed:
		it.err = articles.VisibleLine(errText(sl.err))
	case slotReady:
		art := sl.view.doc.Article
		if t := articles.VisibleLine(art.Title); t != "" {
			it.title = t
		}
		it.meta = articles.VisibleLine(metaLine(art))
		it.words = sl.view.wordCount()
		it.counts = sl.view.claims.counts
		it.anon = sl.view.analysis().Tally().AnonShare()
		it.outlet = articles.VisibleLine(art.Outlet())
	}
	return it
}

// newIndex is the index list, with the reader's own keys and help in
// place of the list's (no filtering: / is the article search).
func newIndex(st *Styles) *list.Model {
	l := list.New(nil, indexDelegate{st: *st}, 0, 0)
	l.Title = "Articles in this session"
	l.Styles = list.DefaultStyles(st.Dark)
	l.SetFilteringEnabled(false)
	l.SetShowHelp(false)
	l.SetShowStatusBar(false)
	l.DisableQuitKeybindings()
	return &l
}

// refreshIndex rebuilds the index's items from the session, marking the
// article with the largest anonymous share when more than one is open.
func (m *Model) refreshIndex() {
	items := make([]list.Item, len(m.sess.slots))
	most, best := -1, 0.0
	for i, sl := range m.sess.slots {
		it := newIndexItem(i, sl)
		if it.state == slotReady && it.anon > best {
			most, best = i, it.anon
		}
		items[i] = it
	}
	if most >= 0 && m.sess.count(slotReady) > 1 {
		it := items[most].(indexItem)
		it.most = true
		items[most] = it
	}
	m.index.SetDelegate(indexDelegate{st: *m.styles, spin: m.sess.spinner.View()})
	m.index.SetItems(items)
}

// openIndex shows the index with the current article selected.
func (m *Model) openIndex() {
	m.refreshIndex()
	m.index.Select(m.sess.active)
	m.mode = modeIndex
}

// indexKey answers a key in the index: enter opens the selected article,
// L or esc go back, the list moves with its own keys.
func (m *Model) indexKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit, k.Interrupt):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.help.ShowAll, m.helpTop = true, 0
	case key.Matches(msg, k.Compare):
		m.openCompare()
	case key.Matches(msg, k.Outlets):
		return m.loadOutlets()
	case key.Matches(msg, k.Index, k.Escape):
		m.mode = modeRead
	case key.Matches(msg, k.Open):
		if it, ok := m.index.SelectedItem().(indexItem); ok {
			m.switchDocTo(it.slot)
		}
		m.mode = modeRead
	default:
		var cmd tea.Cmd
		*m.index, cmd = m.index.Update(msg)
		return cmd
	}
	return nil
}

// indexRows is the index in the body's place.
func (m *Model) indexRows() []string {
	rows := strings.Split(m.index.View(), "\n")
	n := m.lay.body + m.lay.strip
	for len(rows) < n {
		rows = append(rows, "")
	}
	return rows[:n]
}

// indexDelegate draws one article in two lines.
type indexDelegate struct {
	st   Styles
	spin string
}

func (indexDelegate) Height() int                         { return 2 }
func (indexDelegate) Spacing() int                        { return 1 }
func (indexDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// anonBarW is the width of the anonymous-share bar in the index.
const anonBarW = 16

func (dl indexDelegate) Render(w io.Writer, l list.Model, index int, item list.Item) {
	it, ok := item.(indexItem)
	if !ok {
		return
	}
	st, width := &dl.st, l.Width()
	lead := "  "
	if index == l.Index() {
		lead = st.PanelSel.Render("▸ ")
	}
	title := lead + st.Title.Render(fmt.Sprintf("%d. %s", it.slot+1, it.title))
	if it.meta != "" {
		title += st.Meta.Render("  " + it.meta)
	}
	var second string
	switch it.state {
	case slotLoading:
		second = dl.spin + " loading…"
	case slotFailed:
		second = st.Error.Render("could not open: ") + it.err
	default:
		second = indexStats(st, it)
	}
	fmt.Fprint(w, cells.Truncate(title, width, "…")+"\n"+cells.Truncate("  "+second, width, "…"))
}

// indexStats is an article's second line: the anonymous-share bar, then
// the counts per kind and the length.
func indexStats(st *Styles, it indexItem) string {
	var b strings.Builder
	b.WriteString(shareBar(st, it.anon, anonBarW))
	fmt.Fprintf(&b, " %3d%% of sentences anonymous", int(it.anon*100+0.5))
	for i, k := range model.ReaderKinds {
		b.WriteString("  " + st.Mark(k).Render(fmt.Sprintf("%s %d", kindSymbol(k), it.counts[i])))
	}
	b.WriteString(st.Dim.Render("  " + report.Count(it.words, "word", "words")))
	if it.outlet != "" {
		b.WriteString(st.Meta.Render("  " + it.outlet))
	}
	if it.most {
		b.WriteString("  " + st.Notice.Render("▲ most anonymously sourced"))
	}
	return b.String()
}
