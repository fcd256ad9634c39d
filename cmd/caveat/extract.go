package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/report"
)

// ExtractCmd prints the article extracted from a page.
type ExtractCmd struct {
	LoadFlags
	Format  string `short:"f" enum:"markdown,text" default:"markdown" help:"Output format: markdown (headed by the title) or text (the article's body alone, as extraction benchmarks compare it)."`
	Explain bool   `help:"Instead of the article, list the blocks pruned from it and the rule that dropped each."`
	Input   string `arg:"" name:"input" help:"A saved page, a URL, or - for standard input."`
}

// Run extracts and prints one article. The text is made visible: what a
// page holds never reaches the terminal as control sequences.
func (c *ExtractCmd) Run(ctx context.Context, env *ioEnv) error {
	a, err := articles.Load(ctx, c.Input, c.options(env.stdin))
	if err != nil {
		return err
	}
	for _, w := range a.Warnings {
		sayError(env.stderr, "%s: %s", c.Input, w)
	}
	if c.Explain {
		return explainDrops(env.stdout, a)
	}
	text := withTitle(a)
	if c.Format == "text" {
		text = a.PlainText()
	}
	_, err = io.WriteString(env.stdout, articles.Visible(text)+"\n")
	return err
}

// explainDrops prints one line per block pruned from a web page's
// article: the rule, then the start of the block's text.
func explainDrops(w io.Writer, a *articles.Article) error {
	if _, err := fmt.Fprintf(w, "%s dropped\n", report.Count(len(a.Dropped), "block", "blocks")); err != nil {
		return err
	}
	for _, d := range a.Dropped {
		if _, err := fmt.Fprintf(w, "%s: %s\n", articles.Visible(d.Rule), articles.Visible(d.Text)); err != nil {
			return err
		}
	}
	return nil
}

// withTitle is the article's markdown headed by its title, unless the
// text already opens with it.
func withTitle(a *articles.Article) string {
	title := strings.TrimSpace(articles.VisibleLine(a.Title))
	first, _, _ := strings.Cut(strings.TrimSpace(a.Text), "\n")
	if title == "" || strings.TrimSpace(strings.TrimLeft(first, "#")) == title {
		return a.Text
	}
	return "# " + title + "\n\n" + a.Text
}
