package ui

import (
	"fmt"
	"strings"

	"github.com/caveat-reader/caveat/articles"

	"github.com/caveat-reader/caveat/cells"
)

// headerView is the top line: the title, where the article came from, the
// article's place in the session, and how far through it the reader is.
func headerView(st *Styles, memo *renderMemo, s *session, width int) string {
	var title, meta string
	slot := s.current()
	switch {
	case slot.view != nil:
		art := slot.view.doc.Article
		title = articles.VisibleLine(art.Title)
		if title == "" {
			title = articles.VisibleLine(art.Source)
		}
		meta = articles.VisibleLine(metaLine(art))
		meta += fmt.Sprintf(" · %d%%", slot.view.percent())
	default:
		title = articles.VisibleLine(slot.input.Name)
	}
	if len(s.slots) > 1 {
		meta += fmt.Sprintf(" · %d/%d", s.active+1, len(s.slots))
	}
	metaW := cells.StringWidth(meta)
	titleW := max(0, width-metaW-2)
	if titleW < 12 {
		// Too narrow for both: the title wins, the place in it stays.
		meta = ""
		if slot.view != nil {
			meta = fmt.Sprintf("%d%%", slot.view.percent())
		}
		metaW = cells.StringWidth(meta)
		titleW = max(0, width-metaW-1)
	}
	t := cells.Truncate(title, titleW, "…")
	gap := max(1, width-cells.StringWidth(t)-metaW)
	return memo.render(st, "title", st.Title, t) + spaces(gap) + memo.render(st, "meta", st.Meta, meta)
}

// metaLine is "site · byline · date" or the source when none is known.
func metaLine(a *articles.Article) string {
	var parts []string
	for _, p := range []string{a.Site, a.Byline, a.Date} {
		if strings.TrimSpace(p) != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		parts = append(parts, a.Source)
	}
	return strings.Join(parts, " · ")
}
