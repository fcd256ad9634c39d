package bodyview

import (
	"fmt"
	"slices"
	"strings"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/cells"
	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/report"
)

// cellLines bounds how many lines of a sentence a cell shows, so one long
// sentence does not push the other claims off the screen.
const cellLines = 4

// NewStories is the view of one story as several outlets tell it: st,
// whose articles are titled titles (in order).
func NewStories(st *compare.Stories, titles []string, styles Styles) *Model {
	v := storiesView{stories: st, titles: titles, styles: styles}
	return newModel(v.layout)
}

type storiesView struct {
	stories *compare.Stories
	titles  []string
	styles  Styles
}

// layout lays the view out for w columns: a heading row of titles, a row
// per shared claim, and a row of every article's sources.
func (m storiesView) layout(w int) []string {
	st := m.stories
	n := max(1, len(st.Articles))
	gap := 3
	colW := max(8, (w-gap*(n-1))/n)
	var out []string
	// The heading: each article's letter and title.
	var heads []string
	for i := range st.Articles {
		title := ""
		if i < len(m.titles) {
			title = articles.VisibleLine(m.titles[i])
		}
		heads = append(heads, m.styles.Heading.Render(cells.Truncate(fmt.Sprintf("[%c] %s", 'A'+i%26, title), colW, "…")))
	}
	out = append(out, row(heads, colW, gap))
	if len(st.Claims) == 0 {
		out = append(out, "", m.styles.Dim.Render("No claim is carried by more than one of these articles."))
	} else {
		out = append(out, "", m.styles.Dim.Render(cells.Truncate(report.Count(len(st.Claims), "claim", "claims")+" in more than one article; each cell says what its outlet rests the claim on", w, "…")))
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
			cols[i] = append(cols[i], style.Render(cells.Truncate(line, colW, "…")))
		}
		if len(cols[i]) == 0 {
			cols[i] = []string{m.styles.Dim.Render("none found")}
		}
	}
	return append(out, columns(cols, colW, gap)...)
}

// cell is one article's sentence for a claim: its kinds' symbols, the
// sentence wrapped (cellLines at most), and what it rests on.
func (m storiesView) cell(r compare.Ref, w int) []string {
	st := m.stories
	var syms []string
	for _, k := range st.Kinds(r) {
		i := slices.Index(model.ReaderKinds, k)
		syms = append(syms, m.styles.Kinds[i].Render(m.styles.Symbols[i]))
	}
	lines := wrapped(articles.VisibleLine(st.Articles[r.Article].SentenceText(r.Sentence)), w, cellLines, m.styles.Text.Render)
	var on []string
	for _, s := range st.Sources(r) {
		on = append(on, articles.VisibleLine(s.Description))
	}
	var rest string
	switch {
	case st.OnlyUnnamed(r):
		rest = m.styles.Unnamed.Render(cells.Truncate(strings.TrimSpace("unnamed only "+strings.Join(on, ", ")), w, "…"))
	case len(on) > 0:
		rest = m.styles.Named.Render(cells.Truncate("on the record: "+strings.Join(on, ", "), w, "…"))
	default:
		rest = m.styles.Dim.Render("no source given")
	}
	if len(syms) > 0 {
		rest = strings.Join(syms, " ") + " " + rest
	}
	return append(lines, cells.Truncate(rest, w, "…"))
}
