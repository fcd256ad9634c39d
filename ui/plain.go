package ui

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
)

// WritePlain prints a doc for a pipe or a file (`caveat story.txt | less`):
// the article as plain text wrapped to width, an inline marker ([A1], [D1],
// [U1]) after each flagged span, and each paragraph's notes after it. The
// output holds no escape sequence at all: every piece of article text goes
// through articles.Visible.
func WritePlain(w io.Writer, d Doc, width int) error {
	if width < 20 {
		width = 20
	}
	a := d.Analysis
	var b strings.Builder
	writeHeading(&b, d, width)
	marks := numberFlags(a.Flags)
	// ends holds the markers to print after each byte offset.
	ends := map[int][]string{}
	for _, m := range marks {
		ends[m.Flag.Span.End] = append(ends[m.Flag.Span.End], m.Label)
	}
	next := 0 // index into marks of the first note not yet printed
	for _, p := range a.Paragraphs {
		b.WriteString(wrapPlain(markedText(a.Text, p, ends), width))
		b.WriteString("\n")
		var notes []marker
		for next < len(marks) && marks[next].Flag.Span.Start < p.End {
			notes = append(notes, marks[next])
			next++
		}
		for _, m := range notes {
			b.WriteString(ansi.Wrap(noteLine(a.Text, m), width, " ") + "\n")
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeHeading prints the title, where the article came from and its
// counts per kind.
func writeHeading(b *strings.Builder, d Doc, width int) {
	title := articles.Visible(d.Article.Title)
	b.WriteString(ansi.Wrap(title, width, " ") + "\n")
	b.WriteString(ansi.Wrap(articles.Visible(d.Article.Source)+" · "+countsLine(d.Analysis), width, " ") + "\n")
	b.WriteString(strings.Repeat("─", min(ansi.StringWidth(title), width, 60)) + "\n\n")
}

// countsLine is "11 anonymous · 3 denial · 10 uncertain".
func countsLine(a *model.Analysis) string {
	sum := a.Summary()
	parts := make([]string, 0, len(model.ReaderKinds))
	for _, k := range model.ReaderKinds {
		parts = append(parts, fmt.Sprintf("%d %s", sum[k], strings.ToLower(kindWord[k])))
	}
	return strings.Join(parts, " · ")
}

// markedText is paragraph p of text, made visible piece by piece between
// the offsets where markers go, so no offset is ever re-found.
func markedText(text string, p model.Span, ends map[int][]string) string {
	cuts := make([]int, 0, 8)
	for off := range ends {
		if off > p.Start && off <= p.End {
			cuts = append(cuts, off)
		}
	}
	sort.Ints(cuts)
	var b strings.Builder
	from := p.Start
	for _, off := range cuts {
		b.WriteString(articles.Visible(text[from:off]))
		for _, label := range ends[off] {
			b.WriteString("[" + label + "]")
		}
		from = off
	}
	b.WriteString(articles.Visible(text[from:p.End]))
	return b.String()
}

// wrapPlain wraps each line of a paragraph on its own, so headlines and
// one-line items keep their breaks.
func wrapPlain(s string, width int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = ansi.Wrap(l, width, " ")
	}
	return strings.Join(lines, "\n")
}

// noteLine is one note under its paragraph:
// `  [A1] Anonymous · "cue" · explanation`.
func noteLine(text string, m marker) string {
	f := m.Flag
	cue := articles.Visible(text[f.Cue.Start:f.Cue.End])
	line := fmt.Sprintf("  [%s] %s · “%s”", m.Label, kindWord[f.Kind], cue)
	if f.Explanation != "" {
		line += " · " + f.Explanation
	}
	return line
}
