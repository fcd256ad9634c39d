package bodyview

import (
	"fmt"
	"slices"
	"strings"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/cells"
	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
)

// NewVersions is the view of what changed in an article's sourcing since
// the version read before: per flag gained or lost, the sentence before
// and now side by side with the changed words marked, then the sources
// that were named, appeared or disappeared.
func NewVersions(v *compare.Versions, styles Styles) *Model {
	vv := versionsView{v: v, styles: styles}
	return newModel(vv.layout)
}

type versionsView struct {
	v      *compare.Versions
	styles Styles
}

func (vv versionsView) layout(w int) []string {
	v, st := vv.v, vv.styles
	gap := 3
	colW := max(8, (w-gap)/2)
	out := []string{st.Heading.Render(cells.Truncate("Changed since you last read it: "+v.Summary(), w, "…"))}
	if len(v.Flags) > 0 {
		out = append(out, "", row([]string{st.Dim.Render("before"), st.Dim.Render("now")}, colW, gap))
	}
	for _, f := range v.Flags {
		i := slices.Index(model.ReaderKinds, f.Kind)
		sign, what := "-", "lost"
		if f.Added {
			sign, what = "+", "gained"
		}
		out = append(out, "", st.Kinds[i].Render(fmt.Sprintf("%s %s %s", sign, st.Symbols[i], f.Kind.Label()))+st.Dim.Render(" "+what))
		p := v.Pairs[f.Pair]
		before, now := []string{st.Dim.Render("—")}, []string{st.Dim.Render("—")}
		if p.Old >= 0 {
			before = wrapped(vv.marked(v.Old, p.Old, p.Edits, true), colW, 1<<30, st.Text.Render)
		}
		if p.New >= 0 {
			now = wrapped(vv.marked(v.New, p.New, p.Edits, false), colW, 1<<30, st.Text.Render)
		}
		out = append(out, columns([][]string{before, now}, colW, gap)...)
	}
	if len(v.Sources) > 0 {
		out = append(out, "", st.Heading.Render("Sources"))
		for _, s := range v.Sources {
			var line string
			switch s.Change {
			case "named":
				line = st.Named.Render(fmt.Sprintf("named: %s is now %s", articles.VisibleLine(s.Old), articles.VisibleLine(s.New)))
			case "appeared":
				line = fmt.Sprintf("appeared: %s (%s)", articles.VisibleLine(s.New), typeLabel(s.NewType))
			default:
				line = fmt.Sprintf("gone: %s (%s)", articles.VisibleLine(s.Old), typeLabel(s.OldType))
			}
			out = append(out, cells.Truncate(line, w, "…"))
		}
	}
	return out
}

// marked is sentence i of a with the words an edit changed styled (and
// bracketed when there is no colour): in the old version the words taken
// out, in the new the words put in.
func (vv versionsView) marked(a *model.Analysis, i int, edits []compare.WordEdit, old bool) string {
	st := vv.styles
	s := a.Sentences[i].Span
	var b strings.Builder
	at := s.Start
	for _, e := range edits {
		sp, style, open, close := e.New, st.Added, "{+", "+}"
		if old {
			sp, style, open, close = e.Old, st.Removed, "[-", "-]"
		}
		if sp.Len() == 0 {
			continue
		}
		b.WriteString(articles.Visible(a.Text[at:sp.Start]))
		word := articles.VisibleLine(a.Text[sp.Start:sp.End])
		if st.Markers {
			word = open + word + close
		}
		b.WriteString(style.Render(word))
		at = sp.End
	}
	b.WriteString(articles.Visible(a.Text[at:s.End]))
	// One line: the text's own line breaks and runs of space fold.
	return strings.Join(strings.Fields(b.String()), " ")
}

func typeLabel(t model.SourceType) string { return strings.ReplaceAll(string(t), "_", " ") }
