package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/store"
)

// claimExcerpt is how many characters of a claim's text a table cell
// quotes; the cue and the JSON report carry the rest.
const claimExcerpt = 120

// WriteMarkdown writes the report as a markdown document a colleague can
// read: a section per article with its counts and a table of claims.
// Article text is made visible (no terminal controls) and escaped so it
// cannot become markdown or HTML of its own.
func WriteMarkdown(w io.Writer, r Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# caveat session report\n\n%s · generated %s\n",
		Count(len(r.Articles), "article", "articles"), r.Generated.Format("2 Jan 2006 15:04 MST"))
	for i, a := range r.Articles {
		writeArticle(&b, i+1, a)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeArticle(b *strings.Builder, n int, a Article) {
	title := a.Title
	if title == "" {
		title = a.Source
	}
	fmt.Fprintf(b, "\n## %d. %s\n\n", n, cell(title, 0))
	fmt.Fprintf(b, "- Source: %s\n- %s", cell(a.Source, 0), Count(a.Words, "word", "words"))
	if a.Format != "" {
		fmt.Fprintf(b, " · %s", a.Format)
	}
	fmt.Fprintf(b, "\n- Flags: %d Anonymous · %d Denial · %d Uncertain\n",
		a.Summary[model.AnonymousSource], a.Summary[model.Denial], a.Summary[model.Uncertainty])
	if line := sourcesLine(a.Sources); line != "" {
		fmt.Fprintf(b, "- Sources: %s\n", line)
	}
	fmt.Fprintf(b, "- Marks: %d checked · %d disputed · %s\n", a.Marks.Checked, a.Marks.Disputed, Count(a.Marks.Notes, "note", "notes"))
	if c := a.Changed; c != nil {
		fmt.Fprintf(b, "\n> Changed since it was read on %s: %d of %s kept.\n",
			c.PreviousRead.Format("2 Jan 2006"), c.Kept, Count(c.Total, "mark", "marks"))
	}
	if len(a.Claims) == 0 {
		b.WriteString("\nNo claims flagged.\n")
	} else {
		b.WriteString("\n| Claim | Kind | Text | Cue | Mark | Note |\n| --- | --- | --- | --- | --- | --- |\n")
		for _, c := range a.Claims {
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", c.Label, c.Kind.Label(),
				cell(c.Text, claimExcerpt), cell(c.Cue, 0), markWord(c.Mark), cell(c.Note, 0))
		}
	}
	if len(a.LostMarks) > 0 {
		b.WriteString("\nMarks whose claim is gone:\n\n")
		for _, l := range a.LostMarks {
			fmt.Fprintf(b, "- %s, %s (%s): %s", l.Kind.Label(), markWord(l.Mark), l.Why, cell(l.Sentence, claimExcerpt))
			if l.Note != "" {
				fmt.Fprintf(b, " — note: %s", cell(l.Note, 0))
			}
			b.WriteString("\n")
		}
	}
}

// sourcesLine counts the ledger's sources as named and unnamed.
func sourcesLine(by map[model.SourceType]int) string {
	named, unnamed := 0, 0
	for t, n := range by {
		if t.Anonymous() {
			unnamed += n
		} else {
			named += n
		}
	}
	if named+unnamed == 0 {
		return ""
	}
	return fmt.Sprintf("%d named · %d unnamed", named, unnamed)
}

func markWord(s store.State) string {
	switch s {
	case store.Checked:
		return "✓ checked"
	case store.Disputed:
		return "✗ disputed"
	}
	return ""
}

// cell makes untrusted text safe for one markdown table cell or line:
// visible (no terminal controls), on one line, with markdown and HTML
// punctuation escaped, cut to limit characters when limit > 0.
func cell(s string, limit int) string {
	s = strings.Join(strings.Fields(articles.Visible(s)), " ")
	if limit > 0 && utf8.RuneCountInString(s) > limit {
		s = string([]rune(s)[:limit-1]) + "…"
	}
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~&#", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
