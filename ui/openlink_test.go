package ui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// openWithOpener is the reader on doc with an opener that records what
// it was asked to open.
func openWithOpener(t *testing.T, doc *reading.Doc, opened *[]string) *Model {
	t.Helper()
	m := NewModel(context.Background(), []Input{{Name: "f", Load: func(context.Context) (*reading.Doc, error) { return doc, nil }}},
		Options{OpenURL: func(u string) error { *opened = append(*opened, u); return nil }})
	m = update(t, m, loadedMsg{index: 0, doc: doc})
	return settleRenders(t, update(t, m, resize(120, 40)))
}

// runCmds runs what a key returned, delivering each message back.
func runCmds(t *testing.T, m *Model, cmd tea.Cmd) *Model {
	for _, msg := range cmdMsgs(cmd) {
		m = update(t, m, msg)
	}
	return m
}

// o opens the link in the selected claim's sentence, else its paragraph's
// nearest, else the article's address; never a link of another scheme.
func TestOOpensTheNearestLink(t *testing.T) {
	paras := [][]string{
		{"Officials said the [plan](https://example.org/plan) may change.", "It was [reported](https://example.org/report) first."},
		{"Sources say [this](javascript:alert(1)) may end.", "Nothing else."},
	}
	doc := fixtureDoc(t, true, paras,
		fixFlag{model.AnonymousSource, 0, "Officials said", "Officials"},
		fixFlag{model.Uncertainty, 2, "may end", "may"},
	)
	doc.Article.URL = "https://example.org/article"
	var opened []string
	m := openWithOpener(t, doc, &opened)
	m = press(t, m, "n")
	next, cmd := m.Update(keyMsg("o"))
	m = runCmds(t, next.(*Model), cmd)
	m = press(t, m, "n")
	next, cmd = m.Update(keyMsg("o"))
	m = runCmds(t, next.(*Model), cmd)
	want := []string{"https://example.org/plan", "https://example.org/article"}
	if strings.Join(opened, " ") != strings.Join(want, " ") {
		t.Errorf("opened %v, want %v", opened, want)
	}
	if !strings.Contains(footerText(m), "opening https://example.org/article") {
		t.Errorf("footer: %q", footerText(m))
	}
}

// With no link and no address, o says so.
func TestOWithNothingToOpenSaysSo(t *testing.T) {
	var opened []string
	m := openWithOpener(t, storyDoc(t), &opened)
	m = press(t, m, "n", "o")
	if len(opened) != 0 || !strings.Contains(footerText(m), "no link here") {
		t.Errorf("opened %v, footer %q", opened, footerText(m))
	}
}

// u lists the article's links by number; j moves, o opens the selected
// one, enter shows its sentence.
func TestLinksPanelListsAndOpens(t *testing.T) {
	paras := [][]string{
		{"Officials said the [plan](https://example.org/plan) may change."},
		{"Later, a [second report](https://example.org/second) said more."},
	}
	doc := fixtureDoc(t, true, paras, fixFlag{model.AnonymousSource, 0, "Officials said", "Officials"})
	var opened []string
	m := openWithOpener(t, doc, &opened)
	m = press(t, m, "u")
	screen := strings.Join(screenLines(m), "\n")
	for _, want := range []string{"Links · 2", "1 plan", "https://example.org/plan", "2 second report"} {
		if !strings.Contains(screen, want) {
			t.Errorf("links panel lacks %q:\n%s", want, screen)
		}
	}
	m = press(t, m, "j")
	next, cmd := m.Update(keyMsg("o"))
	m = runCmds(t, next.(*Model), cmd)
	if strings.Join(opened, " ") != "https://example.org/second" {
		t.Errorf("opened %v", opened)
	}
	if got := m.chosenSentences(m.current()); len(got) != 1 || got[0] != 1 {
		t.Errorf("the second link's sentence is not chosen: %v", got)
	}
	checkGolden(t, "links-120x40.golden", m)
}
