package ui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/report"
)

// ledgerEntry is one source as the ledger panel lists it.
type ledgerEntry struct {
	src int // index into Analysis.Sources
	n   int // sentences resting on it
	// share is n over all the sources' sentences (a sentence resting on
	// two sources counts for each), so the shares add up to one; pct is
	// it in whole percent, rounded so that the panel's add up to 100.
	share float64
	pct   int
}

// ledger is the article's sources, the one the most sentences rest on
// first (ties in text order), computed once per article.
func (d *docView) ledger() []ledgerEntry {
	if d.ledgerCache != nil {
		return d.ledgerCache
	}
	a := d.analysis()
	attributed := map[int]bool{}
	out := make([]ledgerEntry, 0, len(a.Sources))
	for i, s := range a.Sources {
		ss := validSentences(s.Sentences, len(a.Sentences))
		for _, x := range ss {
			attributed[x] = true
		}
		out = append(out, ledgerEntry{src: i, n: len(ss)})
	}
	total := 0
	for _, e := range out {
		total += e.n
	}
	for i := range out {
		if total > 0 {
			out[i].share = float64(out[i].n) / float64(total)
		}
	}
	wholePercents(out)
	first := func(e ledgerEntry) int {
		if ss := a.Sources[e.src].Sentences; len(ss) > 0 {
			return ss[0]
		}
		return len(a.Sentences)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].n != out[j].n {
			return out[i].n > out[j].n
		}
		return first(out[i]) < first(out[j])
	})
	d.ledgerCache = out
	d.attributed = len(attributed)
	return out
}

// wholePercents rounds the shares to whole percents that add up to 100
// (largest remainder first): rounding each on its own showed ledgers
// adding up to 101%.
func wholePercents(es []ledgerEntry) {
	left := 100
	order := make([]int, 0, len(es))
	for i := range es {
		es[i].pct = int(es[i].share * 100)
		left -= es[i].pct
		if es[i].share > 0 {
			order = append(order, i)
		}
	}
	if len(order) == 0 {
		return
	}
	rem := func(i int) float64 { return es[i].share*100 - float64(es[i].pct) }
	sort.SliceStable(order, func(a, b int) bool { return rem(order[a]) > rem(order[b]) })
	for k := 0; k < left && k < len(order); k++ {
		es[order[k]].pct++
	}
}

// ledgerBarW is the width of a share bar in the panel.
const ledgerBarW = 10

// ledgerView is the source ledger panel: each source with a bar for its
// share of what the article attributes and its type; the unnamed ones carry
// the Anonymous symbol and colour.
func ledgerView(st *Styles, d *docView, chosen []int, width, height int) []string {
	a := d.analysis()
	entries := d.ledger()
	title := "Sources · " + report.Count(d.attributed, "attributed sentence", "attributed sentences")
	if len(entries) == 0 {
		return listWindow(st, title, [][]string{{st.Dim.Render("no sources found in this article")}}, -1, width, height)
	}
	items := make([][]string, len(entries))
	for i, e := range entries {
		s := a.Sources[e.src]
		name := articles.VisibleLine(s.Description)
		sym := "●"
		if s.Type.Anonymous() {
			sym = st.Mark(model.AnonymousSource).Render(kindSymbol(model.AnonymousSource))
		}
		stat := fmt.Sprintf(" %3d%% · %s", e.pct, report.Count(e.n, "sentence", "sentences"))
		items[i] = []string{sym + " " + name, "  " + st.Dim.Render(report.SourceTypeLabel(s.Type)),
			"  " + shareBar(st, e.share, ledgerBarW) + st.Dim.Render(stat)}
		if i == d.ledgerSel && len(chosen) > 0 {
			items[i] = append(items[i], "  "+st.Dim.Render(fmt.Sprintf("n/N sentence %d of %d", d.hiAt+1, len(chosen))))
		}
	}
	return listWindow(st, title, items, d.ledgerSel, width, height)
}

// excerpt is sentence s made visible on one line, cut to at most lines
// lines of width.
func excerpt(a *model.Analysis, s, width, lines int) []string {
	text := "“" + articles.VisibleLine(a.SentenceText(s)) + "”"
	out := wrapLines(text, width)
	if len(out) > lines {
		out = out[:lines]
		out[lines-1] = strings.TrimRight(out[lines-1], " ") + "…"
	}
	return out
}
