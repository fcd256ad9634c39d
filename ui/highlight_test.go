package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// textAt is the text a span position covers on the stripped lines.
func textAt(r *rendering, p spanPos) string {
	var parts []string
	for l := p.l0; l <= p.l1; l++ {
		from, to, ok := r.rangeOn(p, l)
		if !ok {
			continue
		}
		parts = append(parts, ansi.Cut(ansi.Strip(r.lines[l]), from, to))
	}
	return strings.Join(parts, " ")
}

// Every flag's highlight covers exactly its bytes, at every width, for
// plain text and for glamour markdown.
func TestHighlightsSitExactlyOnTheirSpans(t *testing.T) {
	st := NewStyles(true, false)
	for _, markdown := range []bool{false, true} {
		doc := longStory(t, 2, markdown)
		a := doc.Analysis
		c := newClaims(a)
		for _, w := range []int{100, 76, 43, 30} {
			r := renderDoc(a, markdown, w, &st, c.dim, nil)
			if r.found != r.sent {
				t.Errorf("markdown=%v width %d: found %d of %d sentinels", markdown, w, r.found, r.sent)
			}
			for i, f := range a.Flags {
				want := oneLine(a.Text[f.Span.Start:f.Span.End])
				if got := oneLine(textAt(r, r.flagPos(i))); got != want {
					t.Errorf("markdown=%v width %d flag %d: highlight covers %q, want %q", markdown, w, i, got, want)
				}
			}
			for s := range a.Sentences {
				want := oneLine(a.SentenceText(s))
				if got := oneLine(textAt(r, r.pos[s])); got != want {
					t.Errorf("markdown=%v width %d sentence %d: covers %q, want %q", markdown, w, s, got, want)
				}
			}
		}
	}
}

// Markdown structure survives the sentinels: a heading, a list item, a
// quote and emphasis whose sentences start at the line's start still
// render as such, and their spans still land on their words.
func TestMarkdownBlocksKeepTheirShapeWithSentinels(t *testing.T) {
	paras := [][]string{
		{"# Harbour vote delayed"},
		{"- Officials who asked not to be named said the vote was delayed."},
		{"> The mayor denied the report."},
		{"Costs **may rise** again, the council said."},
	}
	doc := fixtureDoc(t, true, paras,
		fixFlag{model.AnonymousSource, 1, "Officials who asked not to be named said", "asked not to be named"},
		fixFlag{model.Denial, 2, "The mayor denied", "denied"},
		fixFlag{model.Uncertainty, 3, "may rise", "may"},
	)
	_, plain := renderShape(t, doc.Analysis, []string{"# Harbour", "- Officials", "> The", "**"},
		"Officials who asked not to be named said", "The mayor denied", "may rise")
	if !strings.Contains(plain, "• Officials") || !strings.Contains(plain, "│ The mayor") {
		t.Errorf("list or quote not rendered:\n%s", plain)
	}
}

// renderShape renders markdown analysis a at 70 columns and checks what
// every markdown shape test checks: none of the syntax in bad shows as
// text, flag i covers flags[i], and every sentinel sent came back. It
// returns the rendering and its text without styling.
func renderShape(t *testing.T, a *model.Analysis, bad []string, flags ...string) (*rendering, string) {
	t.Helper()
	st := NewStyles(true, false)
	r := renderDoc(a, true, 70, &st, nil, nil)
	plain := ansi.Strip(strings.Join(r.lines, "\n"))
	for _, b := range bad {
		if strings.Contains(plain, b) {
			t.Errorf("markdown syntax %q shows as text:\n%s", b, plain)
		}
	}
	for i, want := range flags {
		if got := textAt(r, r.flagPos(i)); got != want {
			t.Errorf("flag %d covers %q, want %q", i, got, want)
		}
	}
	if r.sent != r.found {
		t.Errorf("%d sentinels sent, %d found", r.sent, r.found)
	}
	return r, plain
}

// The frame styles a flagged span in its kind's style and leaves the text
// itself unchanged; hidden kinds are not styled.
func TestOverlayStylesFlagsWithoutChangingText(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	d := m.current()
	o := m.overlay(d)
	denial := d.r.flagPos(1)
	line := o.line(denial.l0)
	if ansi.Strip(line) != ansi.Strip(d.r.lines[denial.l0]) {
		t.Fatalf("overlay changed the text:\n%q\n%q", ansi.Strip(line), ansi.Strip(d.r.lines[denial.l0]))
	}
	styled := m.styles.Inline(model.Denial).Render("The mayor's office denied")
	if !strings.Contains(line, styled) {
		t.Errorf("denial span not in its style: %q", line)
	}
	o.hidden[1] = true
	if strings.Contains(o.line(denial.l0), styled) {
		t.Error("a hidden kind is still highlighted")
	}
}

// Article text never reaches the terminal as a control sequence: an OSC 52
// clipboard write and an SGR colour in the text show as visible symbols.
func TestNoRawEscapeFromArticleTextReachesTheView(t *testing.T) {
	hostile := "The report\x1b]52;c;aGFjaw==\x07 was sent\x1b[31m in red. A source said\u009b2J it may be\u202e reversed."
	for _, markdown := range []bool{false, true} {
		a := &model.Analysis{Text: hostile}
		a.Paragraphs = []model.Span{{Start: 0, End: len(hostile)}}
		a.Sentences = []model.Sentence{{Span: model.Span{Start: 0, End: len(hostile)}}}
		i := strings.Index(hostile, "A source said")
		a.Flags = []model.Flag{{Kind: model.AnonymousSource, Span: model.Span{Start: i, End: i + 15}, Cue: model.Span{Start: i, End: i + 15}, Explanation: "x\x1b[2Jy", Source: -1}}
		art := &articles.Article{Source: "evil\x1b]0;title\x07.txt", Title: "Title\x1b[5m", Text: hostile, Markdown: markdown}
		m := openModel(t, 120, 40, &reading.Doc{Article: art, Analysis: a})
		m = press(t, m, "n")
		for _, w := range []int{120, 60} {
			m = update(t, m, resize(w, 40))
			raw := m.View().Content
			for _, bad := range []string{"\x1b]52", "\x1b[31m", "\x1b]0;", "\x1b[2J", "\x1b[5m", "\u009b", "\x07", "\u202e"} {
				if strings.Contains(raw, bad) {
					t.Errorf("markdown=%v width %d: view holds %q", markdown, w, bad)
				}
			}
			if !strings.Contains(ansi.Strip(raw), "␛]52;c;aGFjaw==␇") {
				t.Errorf("markdown=%v: the escape is not shown as visible symbols:\n%s", markdown, ansi.Strip(raw))
			}
		}
	}
}

// A sentence that ends on a closing code fence leaves the fence whole:
// the code block closes there and the paragraphs after it are text, with
// their flags on their words.
func TestCodeFencesCloseWithSentinels(t *testing.T) {
	paras := [][]string{
		{"Officials said the code runs."},
		{"```sh\ncaveat story.txt\n```"},
		{"The mayor denied it."},
		{"~~~~\nmore code\n~~~~  "},
		{"The figure may rise."},
	}
	doc := fixtureDoc(t, true, paras,
		fixFlag{model.Denial, 2, "The mayor denied", "denied"},
		fixFlag{model.Uncertainty, 4, "may rise", "may"},
	)
	renderShape(t, doc.Analysis, []string{"```", "~~~"}, "The mayor denied", "may rise")
}

// Lines that are markdown syntax alone keep their shape though the
// segmenter makes sentences of them: a setext heading's underline, a
// thematic break, a table's rows and delimiter row, a list number read as
// a sentence ("1."), a header row of empty cells. The spans around them
// land on their words.
func TestMarkdownSyntaxLinesKeepTheirShape(t *testing.T) {
	text := "Big headline here\n=================\n\nThe mayor denied the claims.\n\nA subhead\n---------\n\n" +
		"1. First item, officials said.\n2. Second item may fail.\n\n| who | said |\n| --- | --- |\n| officials | it may fail |\n\n***\n\n|    |    |\n|----|----|\n| x  | y  |\n\nFinal paragraph."
	sentences := []string{"Big headline here", "=================", "The mayor denied the claims.", "A subhead", "---------",
		"1.", "First item, officials said.", "2.", "Second item may fail.",
		"| who | said |", "| --- | --- |", "| officials | it may fail |", "***",
		"|    |    |", "|----|----|", "| x  | y  |", "Final paragraph."}
	a := &model.Analysis{Text: text}
	at, para := 0, 0
	for _, s := range sentences {
		i := strings.Index(text[at:], s)
		if i < 0 {
			t.Fatalf("fixture: %q not found", s)
		}
		if strings.Contains(text[at:at+i], "\n\n") {
			para++
		}
		a.Sentences = append(a.Sentences, model.Sentence{Span: model.Span{Start: at + i, End: at + i + len(s)}, Paragraph: para})
		at += i + len(s)
	}
	for _, f := range []fixFlag{{model.Denial, 2, "The mayor denied", "denied"}, {model.AnonymousSource, 6, "officials said", "officials"}, {model.Uncertainty, 8, "may fail", "may"}, {model.Uncertainty, 11, "may fail", "may"}} {
		a.Flags = append(a.Flags, fixtureFlag(t, a, f))
	}
	_, plain := renderShape(t, a, []string{"===", "| ---", "|---", "| who", "| x", "***", "- - -", "1. First item, officials said. 2."},
		"The mayor denied", "officials said", "may fail", "may fail")
	for _, want := range []string{"1. First item", "2. Second item", "─┼─"} {
		if !strings.Contains(plain, want) {
			t.Errorf("%q not rendered:\n%s", want, plain)
		}
	}
}
