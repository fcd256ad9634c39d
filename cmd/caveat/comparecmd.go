package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/report"
)

// CompareCmd sets one story as several outlets tell it side by side.
type CompareCmd struct {
	LoadFlags
	Format string   `short:"f" enum:"text,json" default:"text" help:"Output format: text or json."`
	Inputs []string `arg:"" name:"input" help:"Two or more versions of one story from different outlets: files, URLs, or - (once)."`
}

// Run lists the claims two or more of the articles share, with what each
// article rests each on, then every article's sources.
func (c *CompareCmd) Run(ctx context.Context, env *ioEnv) error {
	if len(c.Inputs) < 2 {
		return fmt.Errorf("compare needs two articles or more")
	}
	var as []*model.Analysis
	var names []string
	failed := false
	loadInputs(ctx, c.Inputs, c.options(env.stdin), func(r result) {
		if r.err != nil {
			failed = true
			sayError(env.stderr, "%v", r.err)
			return
		}
		warn(env, r.doc)
		as = append(as, r.doc.Analysis)
		names = append(names, r.doc.Article.Source)
	})
	if failed && len(as) < 2 {
		return errReported
	}
	st := compare.Compare(as)
	out := bufio.NewWriter(env.stdout)
	if c.Format == "json" {
		b, err := json.Marshal(compareDocument(st, names))
		if err != nil {
			return err
		}
		out.Write(articles.JSONSafe(b))
		out.WriteByte('\n')
	} else {
		writeCompareText(out, st, names)
	}
	if err := out.Flush(); err != nil {
		return err
	}
	if failed {
		return errReported
	}
	return nil
}

type compareDoc struct {
	Schema   string           `json:"schema"`
	Articles []compareArticle `json:"articles"`
	Claims   [][]compareRef   `json:"claims"`
}

type compareArticle struct {
	Source  string          `json:"source"`
	Sources []DocSourceLite `json:"sources"`
}

// DocSourceLite is a ledger entry without its sentences.
type DocSourceLite struct {
	Description string           `json:"description"`
	Type        model.SourceType `json:"type"`
	Sentences   int              `json:"sentences"`
}

type compareRef struct {
	Article     int          `json:"article"`
	Sentence    model.Span   `json:"sentence"`
	Text        string       `json:"text"`
	Kinds       []model.Kind `json:"kinds"`
	Sources     []string     `json:"sources"`
	OnlyUnnamed bool         `json:"only_unnamed"`
}

func compareDocument(st *compare.Stories, names []string) compareDoc {
	d := compareDoc{Schema: "caveat.compare/v1", Claims: [][]compareRef{}}
	for i, a := range st.Articles {
		ca := compareArticle{Source: names[i], Sources: []DocSourceLite{}}
		for _, s := range a.Sources {
			ca.Sources = append(ca.Sources, DocSourceLite{s.Description, s.Type, len(s.Sentences)})
		}
		d.Articles = append(d.Articles, ca)
	}
	for _, c := range st.Claims {
		var row []compareRef
		for _, r := range c.Sentences {
			a := st.Articles[r.Article]
			ref := compareRef{Article: r.Article, Sentence: a.Sentences[r.Sentence].Span, Text: a.SentenceText(r.Sentence),
				Kinds: st.Kinds(r), Sources: []string{}, OnlyUnnamed: st.OnlyUnnamed(r)}
			if ref.Kinds == nil {
				ref.Kinds = []model.Kind{}
			}
			for _, s := range st.Sources(r) {
				ref.Sources = append(ref.Sources, s.Description)
			}
			row = append(row, ref)
		}
		d.Claims = append(d.Claims, row)
	}
	return d
}

// writeCompareText prints each shared claim with each outlet's sentence
// and what it rests on ("unnamed only" where the outlet names nobody for
// it), then each article's sources.
func writeCompareText(w io.Writer, st *compare.Stories, names []string) {
	letter := func(i int) string { return string(rune('A' + i%26)) }
	for i, n := range names {
		fmt.Fprintf(w, "[%s] %s\n", letter(i), articles.VisibleLine(n))
	}
	fmt.Fprintf(w, "\n%s in more than one article\n", report.Count(len(st.Claims), "claim", "claims"))
	for ci, c := range st.Claims {
		fmt.Fprintf(w, "\n%d.\n", ci+1)
		for _, r := range c.Sentences {
			var on []string
			for _, s := range st.Sources(r) {
				on = append(on, articles.VisibleLine(s.Description))
			}
			rests := "on the record"
			switch {
			case st.OnlyUnnamed(r):
				rests = "unnamed only"
			case len(on) == 0:
				rests = "no source given"
			}
			if len(on) > 0 {
				rests += ": " + strings.Join(on, ", ")
			}
			var kinds []string
			for _, k := range st.Kinds(r) {
				kinds = append(kinds, k.Label())
			}
			tag := ""
			if len(kinds) > 0 {
				tag = " [" + strings.Join(kinds, ", ") + "]"
			}
			fmt.Fprintf(w, "  [%s] %s%s\n      %s\n", letter(r.Article), articles.VisibleLine(st.Articles[r.Article].SentenceText(r.Sentence)), tag, rests)
		}
	}
	fmt.Fprintln(w, "\nSources")
	for i, a := range st.Articles {
		var parts []string
		for _, s := range a.Sources {
			parts = append(parts, fmt.Sprintf("%s (%s, %d)", articles.VisibleLine(s.Description), report.SourceTypeLabel(s.Type), len(s.Sentences)))
		}
		if len(parts) == 0 {
			parts = []string{"none found"}
		}
		fmt.Fprintf(w, "  [%s] %s\n", letter(i), strings.Join(parts, "; "))
	}
}
