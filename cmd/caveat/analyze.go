package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/caveat-reader/caveat/ui"
)

// AnalyzeCmd prints each article's flags.
type AnalyzeCmd struct {
	LoadFlags
	Format      string   `short:"f" enum:"json,text" default:"text" help:"Output format: json (one document per line, JSON Lines) or text (a readable report)."`
	IncludeText bool     `name:"include-text" help:"Add the analysed text to the JSON (HTML offsets index it)."`
	Inputs      []string `arg:"" optional:"" name:"input" help:"Files, URLs, or - for standard input. None: the bundled sample."`
}

// Run analyses every input on all cores and streams the results in input
// order. A bad input is reported in one line; the others still print.
func (c *AnalyzeCmd) Run(ctx context.Context, env *ioEnv) error {
	inputs := c.Inputs
	if len(inputs) == 0 {
		inputs = []string{""}
	}
	out := bufio.NewWriter(env.stdout)
	enc := json.NewEncoder(out)
	failed := 0
	prog := newProgress(env.stderr, len(inputs))
	defer prog.clear()
	loadAll(ctx, inputs, c.options(env.stdin), func(r result) {
		defer prog.step()
		if r.err != nil {
			failed++
			prog.clear()
			fmt.Fprintf(env.stderr, "caveat: %v\n", r.err)
			return
		}
		prog.clear()
		warn(env, r.doc)
		if c.Format == "json" {
			_ = enc.Encode(r.doc.Analysis.Document(meta(r.doc.Article), c.IncludeText))
		} else {
			ui.WriteReport(out, *r.doc)
		}
		_ = out.Flush()
	})
	if failed > 0 {
		return errReported
	}
	return nil
}

// warn prints an article's load warnings, one line each.
func warn(env *ioEnv, d *ui.Doc) {
	for _, w := range d.Article.Warnings {
		fmt.Fprintf(env.stderr, "caveat: %s: %s\n", d.Article.Source, w)
	}
}
