package ui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// fixFlag is a hand-made flag: its kind, the sentence it is in, the span
// to highlight and the cue inside it (both found in the sentence by the
// test, which is fine for fixtures: the reader itself never searches).
type fixFlag struct {
	kind     model.Kind
	sentence int
	span     string
	cue      string
}

// fixtureDoc builds a doc from paragraphs of sentences written for the
// tests, with hand-made flags, as the detector would hand them over.
func fixtureDoc(t testing.TB, markdown bool, paras [][]string, flags ...fixFlag) *reading.Doc {
	t.Helper()
	a := &model.Analysis{}
	var b strings.Builder
	for p, sents := range paras {
		if p > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		for i, s := range sents {
			if i > 0 {
				b.WriteString(" ")
			}
			a.Sentences = append(a.Sentences, model.Sentence{Span: model.Span{Start: b.Len(), End: b.Len() + len(s)}, Paragraph: p})
			b.WriteString(s)
		}
		a.Paragraphs = append(a.Paragraphs, model.Span{Start: start, End: b.Len()})
	}
	a.Text = b.String()
	for _, f := range flags {
		a.Flags = append(a.Flags, fixtureFlag(t, a, f))
	}
	art := &articles.Article{Source: "fixture.txt", Title: "A fixture article", Site: "tests", Text: a.Text, Format: articles.Text, Markdown: markdown}
	if markdown {
		art.Format = articles.Markdown
	}
	return &reading.Doc{Article: art, Analysis: a}
}

func fixtureFlag(t testing.TB, a *model.Analysis, f fixFlag) model.Flag {
	t.Helper()
	s := a.Sentences[f.sentence]
	text := a.Text[s.Start:s.End]
	i := strings.Index(text, f.span)
	if i < 0 {
		t.Fatalf("fixture: span %q not in sentence %d %q", f.span, f.sentence, text)
	}
	j := strings.Index(f.span, f.cue)
	if j < 0 {
		t.Fatalf("fixture: cue %q not in span %q", f.cue, f.span)
	}
	start := s.Start + i
	return model.Flag{
		Kind:        f.kind,
		Span:        model.Span{Start: start, End: start + len(f.span)},
		Cue:         model.Span{Start: start + j, End: start + j + len(f.cue)},
		Sentence:    f.sentence,
		Rule:        "test." + string(f.kind),
		Explanation: "Explained for the test: " + f.kind.Label() + ".",
		Source:      -1,
	}
}

// openModel is the reader with docs loaded, sized w x h, without running
// a program: messages go straight to Update, as Bubble Tea would send them.
func openModel(t testing.TB, w, h int, docs ...*reading.Doc) *Model {
	t.Helper()
	inputs := make([]Input, len(docs))
	for i, d := range docs {
		d := d
		inputs[i] = Input{Name: d.Article.Source, Load: func(context.Context) (*reading.Doc, error) { return d, nil }}
	}
	m := NewModel(context.Background(), inputs, Options{})
	for i, d := range docs {
		m = update(t, m, loadedMsg{index: i, doc: d})
	}
	return settleRenders(t, update(t, m, tea.WindowSizeMsg{Width: w, Height: h}))
}

// settleRenders runs the background renders a layout started (a long
// markdown article is first laid out only as far as the screen needs) and
// delivers their results, as the program would.
func settleRenders(t testing.TB, m *Model) *Model {
	t.Helper()
	for _, sl := range m.sess.slots {
		if d := sl.view; d != nil && d.pending != nil {
			m = update(t, m, d.pending.run(d))
		}
	}
	return m
}

// update sends one message and returns the model.
func update(t testing.TB, m *Model, msg tea.Msg) *Model {
	t.Helper()
	next, _ := m.Update(msg)
	return next.(*Model)
}

// press sends key presses named as Bubble Tea names them ("n", "N",
// "tab", "ctrl+d", "pgdown", "enter", "space").
func press(t testing.TB, m *Model, keys ...string) *Model {
	t.Helper()
	for _, k := range keys {
		m = update(t, m, keyMsg(k))
	}
	return m
}

func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]tea.KeyPressMsg{
		"tab":       {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
		"enter":     {Code: tea.KeyEnter},
		"space":     {Code: tea.KeySpace, Text: " "},
		"pgdown":    {Code: tea.KeyPgDown},
		"pgup":      {Code: tea.KeyPgUp},
		"up":        {Code: tea.KeyUp},
		"down":      {Code: tea.KeyDown},
		"ctrl+d":    {Code: 'd', Mod: tea.ModCtrl},
		"ctrl+u":    {Code: 'u', Mod: tea.ModCtrl},
		"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
	}
	if msg, ok := special[k]; ok {
		return msg
	}
	r := []rune(k)[0]
	msg := tea.KeyPressMsg{Code: r, Text: k}
	if r >= 'A' && r <= 'Z' {
		msg.Code, msg.ShiftedCode, msg.Mod = r+('a'-'A'), r, tea.ModShift
	}
	return msg
}

// screenLines is the view with styling removed, one string per row.
func screenLines(m *Model) []string {
	return strings.Split(ansi.Strip(m.View().Content), "\n")
}

// sampleDoc is the bundled sample as the command opens it.
func sampleDoc() *reading.Doc {
	art := articles.Sample()
	return &reading.Doc{Article: art, Analysis: model.Analyze(art.Text)}
}

func resize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// oneLine folds newlines and runs of spaces into single spaces, as the
// renderer does to the text it puts on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
