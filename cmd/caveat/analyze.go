package main

import (
	"bufio"
	"context"

	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/report"
	"github.com/caveat-reader/caveat/store"
)

// AnalyzeCmd prints each article's flags.
type AnalyzeCmd struct {
	LoadFlags
	Format      string `short:"f" enum:"json,text" default:"text" help:"Output format: json (one document per line, JSON Lines) or text (a readable report)."`
	IncludeText bool   `name:"include-text" help:"Add the analysed text to the JSON (HTML offsets index it)."`
	Feed        bool   `name:"feed" help:"Read a page's feed (the one it links in its head) instead of the page."`
	Save        bool   `help:"Also record each article's sourcing by outlet, for caveat outlets."`
	DataFlags
	Inputs []string `arg:"" optional:"" name:"input" help:"Files, URLs, or - for standard input. None: the bundled sample."`
}

// Run analyses every input on all cores and streams the results in input
// order. A bad input is reported in one line; the others still print.
func (c *AnalyzeCmd) Run(ctx context.Context, env *ioEnv) error {
	out := bufio.NewWriterSize(env.stdout, 64<<10)
	var st *store.Store
	if c.Save {
		var err error
		if st, err = c.openStore(); err != nil {
			return err
		}
		defer st.Close()
	}
	use := func(d *reading.Doc) error {
		if st != nil {
			if err := st.RecordSourcing(sourcingRecord(d, record(d).Hash)); err != nil {
				return err
			}
		}
		if c.Format == "json" {
			if err := d.Analysis.WriteJSON(out, meta(d.Article), c.IncludeText); err != nil {
				return err
			}
			out.WriteByte('\n')
		} else {
			report.WriteReport(out, *d)
		}
		return out.Flush()
	}
	if done, err := c.analyzeFeeds(ctx, env, use); done {
		return err
	}
	inputs, opts, budget := withSample(c.Inputs), c.options(env.stdin), newMemBudget()
	return eachLoaded(ctx, env, inputs, func(ctx context.Context, i int) (*reading.Doc, error) {
		return loadDocWithin(ctx, inputs[i], opts, budget)
	}, use)
}

// warn prints an article's load warnings, one line each.
func warn(env *ioEnv, d *reading.Doc) {
	for _, w := range d.Article.Warnings {
		sayError(env.stderr, "%s: %s", d.Article.Source, w)
	}
}
