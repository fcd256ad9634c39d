package bodyview

import (
	"fmt"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/cells"
	"github.com/caveat-reader/caveat/report"
)

// Outlet is one outlet's sourcing over the articles read (as `caveat
// outlets` prints it).
type Outlet struct {
	Name                                   string
	Articles                               int
	AnonShare                              float64
	DenialsPerArticle, UncertainPerArticle float64
	// Trend is the anonymous share of its latest articles, oldest first.
	Trend []float64
}

// NewOutlets is the view of the outlets read, most articles first, each
// with its share of sentences on unnamed sources, its denials and hedges
// per article and a sparkline of its latest articles' anonymous share.
func NewOutlets(rows []Outlet, current string, styles Styles) *Model {
	return newModel(func(w int) []string {
		out := []string{styles.Heading.Render("Outlets you have read"), ""}
		if len(rows) == 0 {
			return append(out, styles.Dim.Render("None yet: an article's outlet is its site's domain, recorded when you read it."))
		}
		nameW := 8
		for _, r := range rows {
			nameW = max(nameW, min(32, cells.StringWidth(articles.VisibleLine(r.Name))))
		}
		out = append(out, styles.Dim.Render(cells.Truncate(fmt.Sprintf("%-*s  %8s  %9s  %11s  %13s  %s", nameW, "OUTLET", "ARTICLES", "ANONYMOUS", "DENIALS/ART", "UNCERTAIN/ART", "ANONYMOUS, LATEST"), w, "…")))
		for _, r := range rows {
			name := cells.Truncate(articles.VisibleLine(r.Name), nameW, "…")
			line := fmt.Sprintf("%-*s  %8d  %8.0f%%  %11.1f  %13.1f  %s", nameW, name, r.Articles, 100*r.AnonShare,
				r.DenialsPerArticle, r.UncertainPerArticle, report.Sparkline(r.Trend))
			style := styles.Text
			if r.Name == current {
				line += "  ◂ this article"
				style = styles.Named
			}
			out = append(out, style.Render(cells.Truncate(line, w, "…")))
		}
		return out
	})
}
