package ui

import (
	"fmt"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/report"
)

// scorecardView is the scorecard panel: each check as the question an
// editor asks, with the article's answer, in report.CheckOrder (raised
// first, then by the sentences behind each). A question worth a look
// carries a "?", the others a dot; nothing here is a verdict. The
// selected question has its answer in full colour and shows the sentence
// that prompted it (enter goes there, n/N walk the others).
func scorecardView(st *Styles, d *docView, chosen []int, width, height int) []string {
	a := d.analysis()
	title := "Questions an editor would ask"
	if len(a.Checks) == 0 {
		return listWindow(st, title, [][]string{{st.Dim.Render("no questions for this article")}}, -1, width, height)
	}
	inner := max(1, width-4)
	items := make([][]string, len(a.Checks))
	for i, ci := range d.checkOrder() {
		c := a.Checks[ci]
		sign, style := "·", st.Dim
		if c.Raised {
			sign, style = "?", st.Raised
		}
		var lines []string
		for j, l := range wrapLines(articles.VisibleLine(c.Question), inner) {
			lead := "  "
			if j == 0 {
				lead = style.Render(sign) + " "
			}
			lines = append(lines, lead+style.Render(l))
		}
		answer := st.Dim
		if i == d.checkSel {
			answer = st.Explain
		}
		for _, l := range wrapLines("→ "+articles.VisibleLine(c.Answer), inner) {
			lines = append(lines, "  "+answer.Render(l))
		}
		if i != d.checkSel {
			items[i] = lines
			continue
		}
		if len(chosen) > 0 {
			at := min(d.hiAt, len(chosen)-1)
			for _, l := range excerpt(a, chosen[at], inner, 3) {
				lines = append(lines, "  "+st.Cue.Render(l))
			}
			lines = append(lines, "  "+st.Dim.Render(fmt.Sprintf("enter: go to it · n/N %d of %d", at+1, len(chosen))))
		}
		items[i] = lines
	}
	return listWindow(st, title, items, d.checkSel, width, height)
}

// checkOrder is the scorecard's order (report.CheckOrder), computed once
// per article; checkSel is a place in it.
func (d *docView) checkOrder() []int {
	if d.checksCache == nil {
		d.checksCache = report.CheckOrder(d.analysis().Checks)
	}
	return d.checksCache
}
