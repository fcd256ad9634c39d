package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/cells"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// WritePlain prints a doc for a pipe or a file (`caveat story.txt | less`):
// the article as plain text wrapped to width, an inline marker ([A1], [D1],
// [U1]) after each flagged span, and each paragraph's notes after it. The
// output holds no escape sequence at all: every piece of article text goes
// through articles.Visible.
func WritePlain(w io.Writer, d reading.Doc, width int) error {
	if width < 20 {
		width = 20
	}
	a := d.Analysis
	var b strings.Builder
	writeHeading(&b, d, width)
	marks := numberFlags(a.Flags)
	ends := markerEnds(marks)
	nextEnd := 0  // index into ends of the first marker not yet printed
	nextNote := 0 // index into marks of the first note not yet printed
	for _, p := range a.Paragraphs {
		var text string
		text, nextEnd = markedText(a.Text, p, ends, nextEnd)
		b.WriteString(wrapPlain(text, width))
		b.WriteString("\n")
		for nextNote < len(marks) && marks[nextNote].Flag.Span.Start < p.End {
			b.WriteString(cells.Wrap(noteLine(a.Text, marks[nextNote]), width, " ") + "\n")
			nextNote++
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, articles.TerminalSafe(b.String()))
	return err
}

// writeHeading prints the title, where the article came from and its
// counts per kind.
func writeHeading(b *strings.Builder, d reading.Doc, width int) {
	title := articles.VisibleLine(d.Article.Title)
	b.WriteString(cells.Wrap(title, width, " ") + "\n")
	b.WriteString(cells.Wrap(articles.VisibleLine(d.Article.Source)+" · "+countsLine(d.Analysis), width, " ") + "\n")
	b.WriteString(strings.Repeat("─", min(cells.StringWidth(title), width, 60)) + "\n\n")
}

// countsLine is "11 anonymous · 3 denials · 10 uncertain": the adjectives
// stay as they are, the noun agrees with its count.
func countsLine(a *model.Analysis) string {
	sum := a.Summary()
	parts := make([]string, 0, len(model.ReaderKinds))
	for _, k := range model.ReaderKinds {
		one := strings.ToLower(k.Label())
		many := one
		if k == model.Denial {
			many = "denials"
		}
		parts = append(parts, Count(sum[k], one, many))
	}
	return strings.Join(parts, " · ")
}

// markerEnd is a marker label and the byte offset it is printed after.
type markerEnd struct {
	at    int
	label string
}

// markerEnds lists every marker by the end of its span, in text order, so
// one forward walk places them all.
func markerEnds(marks []marker) []markerEnd {
	ends := make([]markerEnd, len(marks))
	for i, m := range marks {
		ends[i] = markerEnd{at: m.Flag.Span.End, label: m.Label}
	}
	sort.SliceStable(ends, func(i, j int) bool { return ends[i].at < ends[j].at })
	return ends
}

// markedText is paragraph p of text, made visible piece by piece between
// the offsets where markers go, so no offset is ever re-found. It starts
// at ends[next] and returns where the next paragraph starts: the whole
// article is one pass over its markers.
func markedText(text string, p model.Span, ends []markerEnd, next int) (string, int) {
	for next < len(ends) && ends[next].at <= p.Start {
		next++ // a span ending exactly at a paragraph's start marks the one before
	}
	var b strings.Builder
	from := p.Start
	for ; next < len(ends) && ends[next].at <= p.End; next++ {
		b.WriteString(articles.Visible(text[from:ends[next].at]))
		b.WriteString("[" + ends[next].label + "]")
		from = ends[next].at
	}
	b.WriteString(articles.Visible(text[from:p.End]))
	return b.String(), next
}

// wrapPlain wraps each line of a paragraph on its own, so headlines and
// one-line items keep their breaks.
func wrapPlain(s string, width int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = cells.Wrap(l, width, " ")
	}
	return strings.Join(lines, "\n")
}

// noteLine is one note under its paragraph:
// `  [A1] Anonymous · "cue" · explanation`.
func noteLine(text string, m marker) string {
	f := m.Flag
	cue := articles.Visible(text[f.Cue.Start:f.Cue.End])
	line := fmt.Sprintf("  [%s] %s · “%s”", m.Label, f.Kind.Label(), cue)
	if f.Explanation != "" {
		line += " · " + f.Explanation
	}
	return line
}
