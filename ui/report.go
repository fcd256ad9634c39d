package ui

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
)

// reportExcerpt is how many columns of a sentence the report quotes.
const reportExcerpt = 96

// WriteReport prints `caveat analyze --format text`: a heading per article
// with its counts, then every claim with its line, cue, explanation and the
// sentence it sits in. Nothing from the article is printed unmade-visible.
func WriteReport(w io.Writer, d Doc) {
	a := d.Analysis
	var b strings.Builder
	writeHeading(&b, d, 100)
	lines := newLineIndex(a.Text)
	for _, m := range numberFlags(a.Flags) {
		f := m.Flag
		cue := articles.Visible(a.Text[f.Cue.Start:f.Cue.End])
		fmt.Fprintf(&b, "%-4s %-9s line %-4d “%s”\n", m.Label, kindWord[f.Kind], lines.line(f.Span.Start), cue)
		if f.Explanation != "" {
			fmt.Fprintf(&b, "     %s\n", f.Explanation)
		}
		sent := strings.Join(strings.Fields(articles.Visible(a.SentenceText(f.Sentence))), " ")
		fmt.Fprintf(&b, "     > %s\n\n", ansi.Truncate(sent, reportExcerpt, "…"))
	}
	if len(a.Flags) == 0 {
		b.WriteString("No claims flagged.\n\n")
	}
	io.WriteString(w, b.String())
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

func (l lineIndex) line(off int) int {
	lo, hi := 0, len(l)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if l[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1
}
