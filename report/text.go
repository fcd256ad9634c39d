package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"

	"github.com/caveat-reader/caveat/cells"
)

// reportWidth is the widest line of the report; reportExcerpt is how many
// columns of a sentence it quotes.
const (
	reportWidth   = 100
	reportExcerpt = 96
)

// WriteReport prints `caveat analyze --format text`: a heading per article
// with its counts, then every claim with its line, cue, explanation and the
// sentence it sits in. Nothing from the article is printed unmade-visible.
//
// It streams: each claim goes straight to a buffered w, and a sentence
// holding many claims is made visible and cut once, not once per claim
// (a one-sentence text of 10,000 claims was quadratic).
func WriteReport(w io.Writer, d reading.Doc) {
	a := d.Analysis
	b, ok := w.(*bufio.Writer)
	if !ok {
		b = bufio.NewWriterSize(w, 64<<10)
		defer b.Flush()
	}
	var head strings.Builder
	writeHeading(&head, d, reportWidth)
	b.WriteString(head.String())
	lines := newLineIndex(a.Text)
	excerptOf, excerpt := -1, ""
	for _, m := range numberFlags(a.Flags) {
		f := m.Flag
		cue := articles.VisibleLine(a.Text[f.Cue.Start:f.Cue.End])
		fmt.Fprintf(b, "%-4s %-9s line %-4d “%s”\n", m.Label, f.Kind.Label(), lines.line(f.Span.Start), cue)
		if f.Explanation != "" {
			fmt.Fprintf(b, "     %s\n", articles.VisibleLine(f.Explanation))
		}
		if f.Sentence != excerptOf {
			excerptOf = f.Sentence
			excerpt = cells.Truncate(articles.VisibleLine(a.SentenceText(f.Sentence)), reportExcerpt, "…")
		}
		fmt.Fprintf(b, "     > %s\n\n", excerpt)
	}
	if len(a.Flags) == 0 {
		b.WriteString("No claims flagged.\n\n")
	}
	writeSources(b, a)
	writeChecks(b, a)
}

// writeSources prints the source ledger: who the article rests on, most
// relied-on first (the ledger's own order).
func writeSources(b *bufio.Writer, a *model.Analysis) {
	if len(a.Sources) == 0 {
		return
	}
	b.WriteString("Sources, by sentences resting on them\n")
	for _, s := range a.Sources {
		desc := cells.Truncate(articles.VisibleLine(s.Description), 70, "…")
		fmt.Fprintf(b, "  %-4s %-17s %3d  %s\n", s.ID, SourceTypeLabel(s.Type), len(s.Sentences), desc)
	}
	b.WriteString("\n")
}

// writeChecks prints the scorecard as questions with their findings; a
// raised question is marked "?", one with nothing to ask about "·".
func writeChecks(b *bufio.Writer, a *model.Analysis) {
	if len(a.Checks) == 0 {
		return
	}
	b.WriteString("Questions a careful editor would ask\n")
	for _, i := range CheckOrder(a.Checks) {
		c := a.Checks[i]
		mark := "·"
		if c.Raised {
			mark = "?"
		}
		b.WriteString(indentWrap(mark+" "+articles.VisibleLine(c.Question), 2, 4))
		b.WriteString(indentWrap(articles.Visible(c.Answer), 4, 4))
		if c.Standard != "" {
			b.WriteString(indentWrap("("+c.Standard+")", 4, 4))
		}
	}
	b.WriteString("\n")
}

// lineIndex turns byte offsets into 1-based line numbers.
type lineIndex []int

func newLineIndex(text string) lineIndex {
	idx := lineIndex{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// line is the number of line starts at or before off.
func (l lineIndex) line(off int) int { return sort.SearchInts(l, off+1) }

// indentWrap wraps s to the report's width, the first line indented by
// first columns and the rest by rest.
func indentWrap(s string, first, rest int) string {
	lines := strings.Split(cells.Wrap(s, reportWidth-rest, " "), "\n")
	var b strings.Builder
	for i, l := range lines {
		pad := rest
		if i == 0 {
			pad = first
		}
		b.WriteString(strings.Repeat(" ", pad) + l + "\n")
	}
	return b.String()
}
