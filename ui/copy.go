package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/reading"
)

// copyClaim is y: the selected claim's sentence with its citation goes to
// the clipboard (OSC 52, which works over ssh and in tmux), for pasting
// into notes.
func (m *Model) copyClaim() tea.Cmd {
	d := m.current()
	if d == nil || d.sel < 0 {
		return nil
	}
	m.flash = "copied the sentence with its citation"
	return tea.SetClipboard(citation(d.doc, d.selFlag()))
}

// citation is flag fi's sentence quoted, then who it rests on and where
// it was read: made visible and one line each, since it leaves for
// another program.
func citation(d *reading.Doc, fi int) string {
	a, art := d.Analysis, d.Article
	f := a.Flags[fi]
	var b strings.Builder
	b.WriteString("“" + articles.VisibleLine(a.SentenceText(f.Sentence)) + "”\n")
	b.WriteString("— " + f.Kind.Label())
	if f.Source >= 0 && f.Source < len(a.Sources) {
		b.WriteString(": " + articles.VisibleLine(a.Sources[f.Source].Description))
	}
	b.WriteString("\n")
	var where []string
	if t := articles.VisibleLine(art.Title); t != "" {
		where = append(where, "“"+t+"”")
	}
	for _, p := range []string{art.Site, art.Date} {
		if p = articles.VisibleLine(p); p != "" {
			where = append(where, p)
		}
	}
	url := art.URL
	if url == "" && art.Source != "-" && art.Source != "" && !strings.HasPrefix(art.Source, "sample:") {
		url = art.Source
	}
	if url = articles.VisibleLine(url); url != "" {
		where = append(where, url)
	}
	b.WriteString(strings.Join(where, ", "))
	return b.String()
}
