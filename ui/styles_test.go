package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/model"
)

// Without colour each kind keeps its own emphasis and the selected
// sentence is reversed, so nothing is told by colour alone.
func TestNoColorKindsReadByEmphasis(t *testing.T) {
	st := NewStyles(true, true)
	attrs := map[model.Kind]bool{}
	for _, k := range model.ReaderKinds {
		s := st.Inline(k)
		key := [3]bool{s.GetUnderline(), s.GetBold(), s.GetItalic()}
		if key == [3]bool{} {
			t.Errorf("%s has no emphasis without colour", k)
		}
		if attrs[k] {
			t.Errorf("%s shares its emphasis", k)
		}
		attrs[k] = true
	}
	if !st.Sentence.GetReverse() {
		t.Error("the selected sentence is not reversed without colour")
	}
	m := openModel(t, 120, 40, storyDoc(t))
	m.opts.NoColor = true
	m = update(t, m, tea.BackgroundColorMsg{})
	m = press(t, m, "n")
	if !strings.Contains(m.View().Content, "\x1b[7m") {
		t.Error("no reversed text for the selected sentence")
	}
}

// A light terminal gets the light styles and glamour's light style.
func TestBackgroundAnswerPicksLightOrDark(t *testing.T) {
	m := openModel(t, 120, 40, longStory(t, 1, true))
	m = update(t, m, tea.BackgroundColorMsg{Color: lightGrey{}})
	if m.styles.Dark || m.styles.Glamour != "light" {
		t.Errorf("light background: dark=%v glamour=%q", m.styles.Dark, m.styles.Glamour)
	}
	if m.current().key.dark {
		t.Error("the article was not laid out again for the light background")
	}
}

type lightGrey struct{}

func (lightGrey) RGBA() (r, g, b, a uint32) { return 0xeeee, 0xeeee, 0xeeee, 0xffff }

// Boilerplate is dimmed and its flags are neither counted nor walked.
func TestBoilerplateIsDimmedAndNotCounted(t *testing.T) {
	paras := [][]string{
		{"Officials familiar with the plan said it may change."},
		{"Advertisement"},
		{"Sources say this offer may end soon."},
	}
	doc := fixtureDoc(t, false, paras,
		fixFlag{model.AnonymousSource, 0, "Officials familiar with the plan said", "familiar with"},
		fixFlag{model.Boilerplate, 1, "Advertisement", "Advertisement"},
		fixFlag{model.Boilerplate, 2, "Sources say this offer may end soon.", "offer"},
		fixFlag{model.AnonymousSource, 2, "Sources say", "Sources say"},
		fixFlag{model.Uncertainty, 2, "may end soon", "may"},
	)
	m := openModel(t, 120, 40, doc)
	d := m.current()
	if d.claims.counts != [3]int{1, 0, 0} || len(d.claims.flags) != 1 {
		t.Errorf("counts %v, claims %v: boilerplate flags counted", d.claims.counts, d.claims.flags)
	}
	ad := d.r.flagPos(1)
	if !strings.Contains(d.r.lines[ad.l0], m.styles.Boiler.Render("Advertisement")) {
		t.Errorf("Advertisement not dimmed: %q", d.r.lines[ad.l0])
	}
	m = press(t, m, "n", "n")
	if d.sel != 0 {
		t.Errorf("n reached a boilerplate claim: %d", d.sel)
	}
	if s := strings.Join(screenLines(m), "\n"); strings.Contains(ansi.Strip(s), "Anonymous 2") {
		t.Error("footer counts the boilerplate claim")
	}
}
