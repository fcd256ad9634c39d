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

// DiffCmd prints what changed in the sourcing between two versions of a
// story.
type DiffCmd struct {
	LoadFlags
	Format string `short:"f" enum:"text,json" default:"text" help:"Output format: text (a readable list) or json (one document)."`
	Old    string `arg:"" name:"old" help:"The earlier version: a file, a URL, or - for standard input."`
	New    string `arg:"" name:"new" help:"The later version: a file, a URL, or - for standard input."`
}

// Run loads and analyses both versions (in parallel, as analyze does) and
// prints their sourcing diff: flags gained and lost per sentence, with
// the changed words marked, and sources that appeared, disappeared or
// became named.
func (c *DiffCmd) Run(ctx context.Context, env *ioEnv) error {
	if c.Old == "-" && c.New == "-" {
		return fmt.Errorf("only one of the two versions can be standard input")
	}
	var docs [2]*model.Analysis
	var names [2]string
	failed, i := false, 0
	// loadInputs hands the results over in input order: old, then new.
	loadInputs(ctx, []string{c.Old, c.New}, c.options(env.stdin), func(r result) {
		defer func() { i++ }()
		if r.err != nil {
			failed = true
			sayError(env.stderr, "%v", r.err)
			return
		}
		warn(env, r.doc)
		docs[i], names[i] = r.doc.Analysis, r.doc.Article.Source
	})
	if failed {
		return errReported
	}
	v := compare.Diff(docs[0], docs[1])
	out := bufio.NewWriter(env.stdout)
	if c.Format == "json" {
		b, err := json.Marshal(diffDocument(v, names[0], names[1]))
		if err != nil {
			return err
		}
		out.Write(articles.JSONSafe(b))
		out.WriteByte('\n')
	} else {
		writeDiffText(out, v, names[0], names[1])
	}
	return out.Flush()
}

// diffDoc is `caveat diff --format json`: offsets index each version's
// analysed text, as in `caveat analyze`.
type diffDoc struct {
	Schema  string             `json:"schema"`
	Old     string             `json:"old"`
	New     string             `json:"new"`
	Flags   []diffFlag         `json:"flags"`
	Sources []diffSource       `json:"sources"`
	Counts  map[string]int     `json:"counts"`
	Pairs   []diffSentencePair `json:"sentences"`
}

type diffFlag struct {
	Kind        model.Kind  `json:"kind"`
	Change      string      `json:"change"` // "added" or "removed"
	OldSentence *model.Span `json:"old_sentence,omitempty"`
	NewSentence *model.Span `json:"new_sentence,omitempty"`
}

type diffSource struct {
	Change  string           `json:"change"`
	Old     string           `json:"old,omitempty"`
	New     string           `json:"new,omitempty"`
	OldType model.SourceType `json:"old_type,omitempty"`
	NewType model.SourceType `json:"new_type,omitempty"`
}

type diffSentencePair struct {
	Change compare.Change `json:"change"`
	Old    *model.Span    `json:"old,omitempty"`
	New    *model.Span    `json:"new,omitempty"`
	Edits  []diffEdit     `json:"edits,omitempty"`
}

// diffEdit is compare.WordEdit with its words, so a script need not
// load both texts to read them.
type diffEdit struct {
	Old     model.Span `json:"old"`
	New     model.Span `json:"new"`
	OldText string     `json:"old_text"`
	NewText string     `json:"new_text"`
}

func sentenceSpan(a *model.Analysis, i int) *model.Span {
	if i < 0 {
		return nil
	}
	s := a.Sentences[i].Span
	return &s
}

func diffDocument(v *compare.Versions, oldName, newName string) diffDoc {
	d := diffDoc{Schema: "caveat.diff/v1", Old: oldName, New: newName, Flags: []diffFlag{}, Sources: []diffSource{}, Counts: map[string]int{}}
	for _, p := range v.Pairs {
		if p.Change == compare.Same {
			continue
		}
		sp := diffSentencePair{Change: p.Change, Old: sentenceSpan(v.Old, p.Old), New: sentenceSpan(v.New, p.New)}
		for _, e := range p.Edits {
			sp.Edits = append(sp.Edits, diffEdit{Old: e.Old, New: e.New, OldText: v.Old.Text[e.Old.Start:e.Old.End], NewText: v.New.Text[e.New.Start:e.New.End]})
		}
		d.Pairs = append(d.Pairs, sp)
		d.Counts["sentences_"+string(p.Change)]++
	}
	for _, f := range v.Flags {
		p := v.Pairs[f.Pair]
		change := "removed"
		if f.Added {
			change = "added"
		}
		d.Flags = append(d.Flags, diffFlag{Kind: f.Kind, Change: change, OldSentence: sentenceSpan(v.Old, p.Old), NewSentence: sentenceSpan(v.New, p.New)})
		d.Counts["flags_"+change]++
	}
	for _, s := range v.Sources {
		d.Sources = append(d.Sources, diffSource(s))
		d.Counts["sources_"+s.Change]++
	}
	if d.Pairs == nil {
		d.Pairs = []diffSentencePair{}
	}
	return d
}

// writeDiffText prints the diff for a person: a summary line, each flag
// gained (+) or lost (-) with its sentence, the changed words of an
// edited sentence in [-old-]{+new+}, then the sources. Article text is
// made visible on one line, so nothing in it reaches the terminal as a
// control sequence.
func writeDiffText(w io.Writer, v *compare.Versions, oldName, newName string) {
	added, removed := 0, 0
	for _, f := range v.Flags {
		if f.Added {
			added++
		} else {
			removed++
		}
	}
	fmt.Fprintf(w, "Sourcing from %s to %s: %s added, %s removed, %s changed\n",
		articles.VisibleLine(oldName), articles.VisibleLine(newName),
		report.Count(added, "flag", "flags"), report.Count(removed, "flag", "flags"), report.Count(len(v.Sources), "source", "sources"))
	if len(v.Flags) == 0 && len(v.Sources) == 0 {
		edited := 0
		for _, p := range v.Pairs {
			if p.Change != compare.Same {
				edited++
			}
		}
		fmt.Fprintf(w, "No flag or source changed (%s changed).\n", report.Count(edited, "sentence", "sentences"))
		return
	}
	for _, f := range v.Flags {
		sign := "-"
		if f.Added {
			sign = "+"
		}
		p := v.Pairs[f.Pair]
		fmt.Fprintf(w, "%s %-9s %s\n", sign, f.Kind.Label(), pairText(v, p))
	}
	if len(v.Sources) > 0 {
		fmt.Fprintln(w, "Sources:")
		for _, s := range v.Sources {
			switch s.Change {
			case "named":
				fmt.Fprintf(w, "  named        %s (%s) is now %s (%s)\n", articles.VisibleLine(s.Old), report.SourceTypeLabel(s.OldType), articles.VisibleLine(s.New), report.SourceTypeLabel(s.NewType))
			case "appeared":
				fmt.Fprintf(w, "  appeared     %s (%s)\n", articles.VisibleLine(s.New), report.SourceTypeLabel(s.NewType))
			default:
				fmt.Fprintf(w, "  disappeared  %s (%s)\n", articles.VisibleLine(s.Old), report.SourceTypeLabel(s.OldType))
			}
		}
	}
}

// pairText is a pair's sentence: the new one, or the old one when it was
// removed; an edited sentence with its changed words marked.
func pairText(v *compare.Versions, p compare.Pair) string {
	switch p.Change {
	case compare.Removed:
		return "(removed) " + articles.VisibleLine(v.Old.SentenceText(p.Old))
	case compare.Added:
		return "(new) " + articles.VisibleLine(v.New.SentenceText(p.New))
	case compare.Same:
		return articles.VisibleLine(v.New.SentenceText(p.New))
	}
	// Edited: the new sentence, each edit marked where it stands.
	var b strings.Builder
	at := v.New.Sentences[p.New].Start
	for _, e := range p.Edits {
		b.WriteString(v.New.Text[at:e.New.Start])
		if e.Old.Len() > 0 {
			fmt.Fprintf(&b, "[-%s-]", v.Old.Text[e.Old.Start:e.Old.End])
		}
		if e.New.Len() > 0 {
			fmt.Fprintf(&b, "{+%s+}", v.New.Text[e.New.Start:e.New.End])
		}
		at = e.New.End
	}
	b.WriteString(v.New.Text[at:v.New.Sentences[p.New].End])
	return articles.VisibleLine(b.String())
}
