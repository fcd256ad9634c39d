package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/store"
)

// HistoryCmd lists the articles read, newest first.
type HistoryCmd struct {
	DataFlags
	Format string `short:"f" enum:"text,json" default:"text" help:"Output format: text (a table) or json."`
	Limit  int    `short:"n" placeholder:"N" help:"Show only the N most recently read (default: all)."`
}

// historyTitle is how many characters of a title the table shows.
const historyTitle = 48

// Run prints the history.
func (c *HistoryCmd) Run(env *ioEnv) error {
	st, err := c.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	recs, err := st.History()
	if err != nil {
		return err
	}
	if c.Limit > 0 && len(recs) > c.Limit {
		recs = recs[:c.Limit]
	}
	if c.Format == "json" {
		return writeHistoryJSON(env, recs)
	}
	if len(recs) == 0 {
		fmt.Fprintf(env.stdout, "Nothing read yet (history is kept in %s).\n", st.Path())
		return nil
	}
	tw := tabwriter.NewWriter(env.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "LAST READ\tMARKED\tNOTES\tWORDS\tTITLE\tSOURCE")
	for _, r := range recs {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\n", r.LastRead.Local().Format("2006-01-02 15:04"),
			r.Marked, r.Notes, r.Words, oneLine(r.Title, historyTitle), oneLine(r.Source, 0))
	}
	return tw.Flush()
}

// historyEntry is one article in `caveat history --format json`.
type historyEntry struct {
	SHA256    string    `json:"sha256"`
	Source    string    `json:"source"`
	Title     string    `json:"title"`
	Words     int       `json:"words"`
	FirstSeen time.Time `json:"first_seen"`
	LastRead  time.Time `json:"last_read"`
	Marked    int       `json:"marked"`
	Notes     int       `json:"notes"`
}

func writeHistoryJSON(env *ioEnv, recs []store.ArticleRecord) error {
	out := make([]historyEntry, 0, len(recs))
	for _, r := range recs {
		out = append(out, historyEntry{SHA256: r.Hash, Source: r.Source, Title: r.Title, Words: r.Words,
			FirstSeen: r.FirstSeen.UTC(), LastRead: r.LastRead.UTC(), Marked: r.Marked, Notes: r.Notes})
	}
	doc, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	// Titles and sources come from articles: escape the C1 controls and
	// bidi overrides encoding/json leaves raw, as analyze and export do.
	_, err = env.stdout.Write(append(articles.JSONSafe(doc), '\n'))
	return err
}

// oneLine makes untrusted text one visible line (titles and sources come
// from articles), cut to limit characters when limit > 0.
func oneLine(s string, limit int) string {
	s = articles.VisibleLine(s)
	if r := []rune(s); limit > 0 && len(r) > limit {
		s = string(r[:limit-1]) + "…"
	}
	return s
}
