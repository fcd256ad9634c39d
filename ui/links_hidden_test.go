package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/model"
)

// A markdown link shows its text alone, underlined, never its address;
// emphasis around a link stays emphasis; an image shows its text; the
// flags after a link keep their exact cells.
func TestLinksShowTheirTextAlone(t *testing.T) {
	paras := [][]string{
		{"Officials said the [plan](https://example.org/a/very/long/path/to/the/plan?with=query&and=more) may change, *see [more](http://x.test/m(1))* here."},
		{"Text with ![a chart](https://x.test/chart.png) that was denied by the ministry."},
	}
	doc := fixtureDoc(t, true, paras,
		fixFlag{model.Uncertainty, 0, "may change", "may"},
		fixFlag{model.Denial, 1, "denied by the ministry", "denied"},
	)
	m := openModel(t, 120, 30, doc)
	d := m.current()
	screen := strings.Join(screenLines(m), "\n")
	for _, bad := range []string{"https://", "x.test", "*see", "Image:", "→", "](", "#"} {
		if strings.Contains(screen, bad) {
			t.Errorf("screen shows %q:\n%s", bad, screen)
		}
	}
	for _, want := range []string{"Officials said the plan may change, see more here.", "Text with a chart that was denied by the ministry."} {
		if !strings.Contains(oneLine(screen), want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
	if d.r.sent != d.r.found {
		t.Errorf("%d sentinels sent, %d found", d.r.sent, d.r.found)
	}
	for i, f := range d.analysis().Flags {
		p := d.r.flagPos(i)
		if got := ansi.Strip(ansi.Cut(d.r.lines[p.l0], p.c0, p.c1)); !strings.HasPrefix(got, d.analysis().Text[f.Cue.Start:f.Cue.End]) {
			t.Errorf("flag %d placed on %q", i, got)
		}
	}
	// The link text is underlined.
	p := d.r.pos[0]
	line := d.r.lines[p.l0]
	at := strings.Index(line, "plan")
	if at < 0 || !strings.Contains(line[max(0, at-24):at], "4") {
		t.Errorf("link text not underlined: %q", line)
	}
}

func TestLinkDests(t *testing.T) {
	text := "a [x](u1) b ![y](u2 \"t\") c [z](u(3)) d ](not a link\n[w]( spaced)"
	got := linkDests(text)
	var dests []string
	for _, d := range got {
		s := text[d[0]:d[1]]
		if d[2] >= 0 {
			s = "!" + s
		}
		dests = append(dests, s)
	}
	if strings.Join(dests, "|") != `u1|!u2 "t"|u(3)` {
		t.Errorf("destinations %q", dests)
	}
}

// Emphasis that opens or closes with its sentence, around a link or not,
// with "*" or "_", renders as emphasis, never as literal delimiters: the
// sentinels at a sentence's edges sit inside the delimiters, where they
// cannot change whether a delimiter opens or closes.
func TestEmphasisAtASentencesEdgesStaysEmphasis(t *testing.T) {
	paras := [][]string{
		{"_The whole sentence is emphasised._"},
		{"*Star with [a link](https://example.org/x) inside.*"},
		{"_A spokesperson said [nothing](https://example.org/n) was agreed._", "The mayor denied it."},
		{"**Officials said** the plan __may fail__.", "~~Struck out.~~"},
	}
	doc := fixtureDoc(t, true, paras,
		fixFlag{model.AnonymousSource, 2, "A spokesperson said", "spokesperson"},
		fixFlag{model.Denial, 3, "The mayor denied", "denied"},
		fixFlag{model.AnonymousSource, 4, "Officials said", "Officials"},
		fixFlag{model.Uncertainty, 4, "may fail", "may"},
	)
	r, _ := renderShape(t, doc.Analysis, []string{"_", "*", "~"},
		"A spokesperson said", "The mayor denied", "Officials said", "may fail")
	for i, want := range []string{"The whole sentence is emphasised.", "Star with a link inside.", "A spokesperson said nothing was agreed."} {
		p := r.pos[i]
		if got := textAt(r, p); got != want {
			t.Errorf("sentence %d covers %q, want %q", i, got, want)
		}
		if line := r.lines[p.l0]; !strings.Contains(line, "\x1b[3m") && !strings.Contains(line, ";3m") {
			t.Errorf("sentence %d is not in italics: %q", i, line)
		}
	}
}

// Reference links show their text alone, as inline links do: full,
// collapsed and shortcut references, a reference image, and labels
// matched whatever their case; their definitions show nothing, and
// brackets that name no definition ("[sic]") stay as they are.
func TestReferenceLinksShowTheirTextAlone(t *testing.T) {
	paras := [][]string{
		{"Officials said the [plan][P] may change, [the budget][] was denied and [Reuters] reported it [sic]."},
		{"A chart ![the chart][c] shows the cost may rise."},
		{"[p]: https://example.org/a/very/long/path/to/the/plan \"The plan\""},
		{"[The budget]: https://example.org/budget"},
		{"[reuters]: <https://reuters.example/story>"},
		{"   [c]: https://x.test/chart.png"},
	}
	doc := fixtureDoc(t, true, paras,
		fixFlag{model.Uncertainty, 0, "may change", "may"},
		fixFlag{model.Denial, 0, "was denied", "denied"},
		fixFlag{model.Uncertainty, 1, "may rise", "may"},
	)
	m := openModel(t, 120, 30, doc)
	d := m.current()
	screen := strings.Join(screenLines(m), "\n")
	for _, bad := range []string{"https://", "example.org", "x.test", "[plan]", "][", "[]", "[Reuters]", "Image:", "→", "#"} {
		if strings.Contains(screen, bad) {
			t.Errorf("screen shows %q:\n%s", bad, screen)
		}
	}
	text := oneLine(ansi.Strip(strings.Join(d.r.lines, "\n")))
	for _, want := range []string{"Officials said the plan may change, the budget was denied and Reuters reported it [sic].", "A chart the chart shows the cost may rise."} {
		if !strings.Contains(text, want) {
			t.Errorf("article lacks %q:\n%s", want, text)
		}
	}
	if d.r.sent != d.r.found {
		t.Errorf("%d sentinels sent, %d found", d.r.sent, d.r.found)
	}
	for i, f := range d.analysis().Flags {
		if got, want := textAt(d.r, d.r.flagPos(i)), d.analysis().Text[f.Span.Start:f.Span.End]; got != want {
			t.Errorf("flag %d placed on %q, want %q", i, got, want)
		}
	}
}
