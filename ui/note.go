package ui

import (
	"strings"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"

	"github.com/caveat-reader/caveat/cells"
)

// noteText is one flag's note as text, made visible: its cue as it stands
// in the article, on one line, and its explanation.
func noteText(a *model.Analysis, f model.Flag) (cue, explain string) {
	cue = articles.VisibleLine(a.Text[f.Cue.Start:f.Cue.End])
	explain = articles.VisibleLine(f.Explanation)
	return cue, explain
}

// closedNote is a note in one line: the reader's mark if any, kind symbol
// and word, then the cue.
func closedNote(st *Styles, a *model.Analysis, f model.Flag, mk reading.Mark, width int) string {
	cue, _ := noteText(a, f)
	head := st.Mark(f.Kind).Render(kindLabel(f.Kind))
	if sym := markSymbol(mk.State); sym != "" {
		head = st.Marked.Render(sym) + " " + head
	}
	rest := width - cells.StringWidth(head) - 1
	if rest < 4 || cue == "" {
		return cells.Truncate(head, width, "…")
	}
	return head + " " + st.Dim.Render(cells.Truncate(cue, rest, "…"))
}

// userNoteLine is the reader's own note under a closed note, or "".
func userNoteLine(st *Styles, mk reading.Mark, width int) string {
	if mk.Note == "" {
		return ""
	}
	return "  " + st.Marked.Render(cells.Truncate("✎ "+articles.VisibleLine(mk.Note), max(0, width-2), "…"))
}

// openNote is the selected claim's note: its kind, its cue quoted, and the
// one-line explanation, wrapped to width behind a bar in the kind's colour;
// then the reader's mark and note, and the keys that set them.
func openNote(st *Styles, a *model.Analysis, f model.Flag, mk reading.Mark, width int) []string {
	cue, explain := noteText(a, f)
	bar := st.Mark(f.Kind).Render("┃")
	inner := max(1, width-2)
	lines := []string{bar + " " + st.Mark(f.Kind).Render(cells.Truncate(kindLabel(f.Kind), inner, "…"))}
	add := func(s string, style func(...string) string) {
		if s == "" {
			return
		}
		for _, l := range strings.Split(cells.Wrap(s, inner, ""), "\n") {
			lines = append(lines, bar+" "+style(l))
		}
	}
	if cue != "" {
		add("“"+cue+"”", st.Cue.Render)
	}
	add(explain, st.Explain.Render)
	switch mk.State {
	case reading.Checked:
		add(markSymbol(reading.Checked)+" checked", st.Marked.Render)
	case reading.Disputed:
		add(markSymbol(reading.Disputed)+" disputed", st.Marked.Render)
	}
	if mk.Note != "" {
		add("✎ "+articles.VisibleLine(mk.Note), st.Marked.Render)
	}
	if mk.Edited && !mk.Empty() {
		add("△ changed: the sentence was edited since you marked it", st.Marked.Render)
	}
	return lines
}
