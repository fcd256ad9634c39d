package main

import (
	"cmp"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"text/tabwriter"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/report"
	"github.com/caveat-reader/caveat/store"
)

// OutletsCmd profiles how each outlet sources its stories.
type OutletsCmd struct {
	DataFlags
	Format string `short:"f" enum:"text,json,csv" default:"text" help:"Output format: text (a table), json or csv."`
	Sort   string `short:"s" enum:"articles,anonymous,denials,uncertain,outlet" default:"articles" help:"Order: articles, anonymous (share of sentences on unnamed sources), denials or uncertain (per article), outlet (by name)."`
}

// Run prints one row per outlet over every article read, or analysed
// with --save.
func (c *OutletsCmd) Run(env *ioEnv) error {
	st, err := c.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	ps, err := st.Outlets()
	if err != nil {
		return err
	}
	sortOutlets(ps, c.Sort)
	switch c.Format {
	case "json":
		return writeOutletsJSON(env, ps)
	case "csv":
		return writeOutletsCSV(env, ps)
	}
	if len(ps) == 0 {
		_, err := fmt.Fprintln(env.stdout, "No outlets yet: caveat records an article's outlet (its site's domain) when you read it, or analyse it with `caveat analyze --save`.")
		return err
	}
	tw := tabwriter.NewWriter(env.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "OUTLET\tARTICLES\tANONYMOUS\tDENIALS/ART\tUNCERTAIN/ART\tANONYMOUS, LATEST")
	for _, p := range ps {
		fmt.Fprintf(tw, "%s\t%d\t%.0f%%\t%.1f\t%.1f\t%s\n", articles.VisibleLine(p.Outlet), p.Articles,
			100*p.AnonShare, p.DenialsPerArticle, p.UncertainPerArticle, report.Sparkline(p.Trend))
	}
	return tw.Flush()
}

func sortOutlets(ps []store.OutletProfile, by string) {
	slices.SortStableFunc(ps, func(a, b store.OutletProfile) int {
		switch by {
		case "anonymous":
			return cmp.Compare(b.AnonShare, a.AnonShare)
		case "denials":
			return cmp.Compare(b.DenialsPerArticle, a.DenialsPerArticle)
		case "uncertain":
			return cmp.Compare(b.UncertainPerArticle, a.UncertainPerArticle)
		case "outlet":
			return cmp.Compare(a.Outlet, b.Outlet)
		}
		return cmp.Compare(b.Articles, a.Articles)
	})
}

type outletJSON struct {
	Outlet              string    `json:"outlet"`
	Articles            int       `json:"articles"`
	AnonShare           float64   `json:"anonymous_share"`
	DenialsPerArticle   float64   `json:"denials_per_article"`
	UncertainPerArticle float64   `json:"uncertain_per_article"`
	Trend               []float64 `json:"anonymous_share_latest"`
	Last                string    `json:"last_analysed"`
}

func writeOutletsJSON(env *ioEnv, ps []store.OutletProfile) error {
	out := make([]outletJSON, 0, len(ps))
	for _, p := range ps {
		out = append(out, outletJSON{p.Outlet, p.Articles, p.AnonShare, p.DenialsPerArticle, p.UncertainPerArticle, p.Trend, p.Last.UTC().Format("2006-01-02T15:04:05Z")})
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	_, err = env.stdout.Write(append(articles.JSONSafe(b), '\n'))
	return err
}

func writeOutletsCSV(env *ioEnv, ps []store.OutletProfile) error {
	w := csv.NewWriter(env.stdout)
	w.Write([]string{"outlet", "articles", "anonymous_share", "denials_per_article", "uncertain_per_article", "last_analysed"})
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }
	for _, p := range ps {
		w.Write([]string{articles.VisibleLine(p.Outlet), strconv.Itoa(p.Articles), f(p.AnonShare), f(p.DenialsPerArticle), f(p.UncertainPerArticle), p.Last.UTC().Format("2006-01-02T15:04:05Z")})
	}
	w.Flush()
	return w.Error()
}

// sourcingRecord is what the store keeps of an article's sourcing.
func sourcingRecord(d *reading.Doc, hash string) store.SourcingRecord {
	t := d.Analysis.Tally()
	return store.SourcingRecord{Hash: hash, Outlet: d.Article.Outlet(), Source: storeSource(d.Article), Title: d.Article.Title,
		Sentences: t.Sentences, AnonymousSentences: t.Anonymous,
		Anonymous: t.Counts[kindIndex(model.AnonymousSource)], Denials: t.Counts[kindIndex(model.Denial)], Uncertain: t.Counts[kindIndex(model.Uncertainty)]}
}

func kindIndex(k model.Kind) int { return slices.Index(model.ReaderKinds, k) }
