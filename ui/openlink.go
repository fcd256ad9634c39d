package ui

import (
	"fmt"
	"net/url"
	"sort"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"

	"github.com/caveat-reader/caveat/cells"
)

// openedMsg reports how opening a link went.
type openedMsg struct {
	url string
	err error
}

// openLink is o: the selected claim's nearest link (in its sentence, else
// in its paragraph), or the article's own address, opens in the browser.
// The opening runs off the UI loop; the footer says what was opened.
func (m *Model) openLink() tea.Cmd {
	d := m.current()
	if d == nil {
		return nil
	}
	target := d.linkFor(d.selFlag())
	if ls := d.links(); m.panel == panelLinks && d.linkSel < len(ls) {
		target = ls[d.linkSel].URL
	}
	if target == "" {
		m.flash = "no link here, and the article has no web address"
		return nil
	}
	if m.opts.OpenURL == nil {
		m.flash = "cannot open links here"
		return nil
	}
	open := m.opts.OpenURL
	m.flash = "opening " + articles.VisibleLine(target)
	return func() tea.Msg { return openedMsg{url: target, err: open(target)} }
}

// opened shows a failure to open a link.
func (m *Model) opened(msg openedMsg) {
	if msg.err != nil {
		m.flash, m.flashErr = "could not open "+articles.VisibleLine(msg.url)+": "+articles.VisibleLine(msg.err.Error()), true
	}
}

// links are the article's web links, found once.
func (d *docView) links() []articles.Link {
	if d.linkCache == nil {
		d.linkCache = []articles.Link{}
		if d.doc.Article.Markdown {
			d.linkCache = articles.Links(d.analysis().Text)
		}
	}
	return d.linkCache
}

// linkFor is the address o opens for flag fi (-1: none selected): the
// first link in its sentence, else the link of its paragraph nearest to
// the sentence, else the article's web address.
func (d *docView) linkFor(fi int) string {
	a := d.analysis()
	if fi >= 0 {
		ls := d.links()
		s := a.Sentences[a.Flags[fi].Sentence]
		i := sort.Search(len(ls), func(i int) bool { return ls[i].Offset >= s.Start })
		if i < len(ls) && ls[i].Offset < s.End {
			return ls[i].URL
		}
		if p := s.Paragraph; p >= 0 && p < len(a.Paragraphs) {
			par := a.Paragraphs[p]
			best, dist := "", -1
			for _, j := range []int{i - 1, i} {
				if j < 0 || j >= len(ls) || ls[j].Offset < par.Start || ls[j].Offset >= par.End {
					continue
				}
				dd := max(s.Start-ls[j].Offset, ls[j].Offset-s.End)
				if dist < 0 || dd < dist {
					best, dist = ls[j].URL, dd
				}
			}
			if best != "" {
				return best
			}
		}
	}
	art := d.doc.Article
	for _, u := range []string{art.URL, art.Source} {
		if p, err := url.Parse(u); err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != "" {
			return p.String()
		}
	}
	return ""
}

// linksView is the links panel: the article's web links by number, each
// with its text and address; the selected one's sentence is tinted in
// the text, enter goes there and o opens it.
func linksView(st *Styles, d *docView, width, height int) []string {
	ls := d.links()
	title := fmt.Sprintf("Links · %d", len(ls))
	if len(ls) == 0 {
		return listWindow(st, title, [][]string{{st.Dim.Render("no web links in this article")}}, -1, width, height)
	}
	inner := max(1, width-4)
	items := make([][]string, len(ls))
	for i, l := range ls {
		num := fmt.Sprintf("%d ", i+1)
		text := l.Text
		if text == "" {
			text = l.URL
		}
		items[i] = []string{st.PanelTitle.Render(num) + cells.Truncate(text, max(1, inner-len(num)), "…"),
			"  " + st.Dim.Render(cells.Truncate(articles.VisibleLine(l.URL), max(1, inner-2), "…"))}
		if i == d.linkSel {
			items[i] = append(items[i], "  "+st.Dim.Render("o opens it · enter shows it"))
		}
	}
	return listWindow(st, title, items, d.linkSel, width, height)
}
