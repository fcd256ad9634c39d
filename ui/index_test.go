package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// leakDoc is a short story resting mostly on unnamed sources.
func leakDoc(t testing.TB) *reading.Doc {
	d := fixtureDoc(t, false, [][]string{{
		"A senior official said the talks had stalled.",
		"People familiar with the plan said a deal was close.",
		"The ministry published its figures on Monday.",
	}},
		fixFlag{model.AnonymousSource, 0, "A senior official said", "A senior official"},
		fixFlag{model.AnonymousSource, 1, "People familiar with the plan said", "familiar with the plan"},
	)
	d.Article.Title, d.Article.Source, d.Article.Site = "Talks stall, officials say", "leak.txt", "example.org"
	return d
}

// indexSession is three articles and an input that failed, loaded.
func indexSession(t *testing.T) *Model {
	story, leak := storyDoc(t), leakDoc(t)
	inputs := []Input{
		{Name: "story.txt", Load: func(context.Context) (*reading.Doc, error) { return story, nil }},
		{Name: "leak.txt", Load: func(context.Context) (*reading.Doc, error) { return leak, nil }},
		{Name: "https://example.org/gone", Load: func(context.Context) (*reading.Doc, error) {
			return nil, errors.New("https://example.org/gone: HTTP 404 Not Found")
		}},
		{Name: "https://example.org/slow", Load: func(context.Context) (*reading.Doc, error) { return nil, errors.New("never asked") }},
	}
	m := NewModel(context.Background(), inputs, Options{})
	m = update(t, m, resize(120, 40))
	// The last input is still loading.
	for i, in := range inputs[:3] {
		m = update(t, m, loadCmd(context.Background(), i, in)())
	}
	return m
}

func TestIndexListsArticlesAndOpensTheOneChosen(t *testing.T) {
	m := indexSession(t)
	m = press(t, m, "L")
	if m.mode != modeIndex {
		t.Fatalf("L: mode %v, want the index", m.mode)
	}
	screen := strings.Join(screenLines(m), "\n")
	for _, want := range []string{
		"1. A fixture article", "2. Talks stall, officials say", "example.org",
		"67% of sentences anonymous", "20% of sentences anonymous", "▲ most anonymously sourced",
		"◌ 2  ✕ 1  ≈ 2", "could not open: https://example.org/gone: HTTP 404", "loading…",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("index lacks %q:\n%s", want, screen)
		}
	}
	// The mark goes to the leak, not the story.
	for _, l := range screenLines(m) {
		if strings.Contains(l, "20% of sentences") && strings.Contains(l, "most anonymously") {
			t.Errorf("the less anonymous story is marked: %q", l)
		}
	}
	if m.keys.Next.Enabled() || !m.keys.Open.Enabled() {
		t.Error("in the index n is on or enter is off")
	}
	m = press(t, m, "j", "enter")
	if m.mode != modeRead || m.sess.active != 1 {
		t.Fatalf("j enter: mode %v active %d, want the second article", m.mode, m.sess.active)
	}
	if !strings.Contains(screenLines(m)[0], "Talks stall") {
		t.Errorf("header after opening: %q", screenLines(m)[0])
	}
	m = press(t, m, "L", "esc")
	if m.mode != modeRead || m.sess.active != 1 {
		t.Error("esc in the index did not go back to the same article")
	}
	m = press(t, m, "L", "L")
	if m.mode != modeRead {
		t.Error("L does not toggle the index")
	}
}

func TestGoldenIndex120x40(t *testing.T) {
	m := press(t, indexSession(t), "L", "j")
	checkGolden(t, "index-120x40.golden", m)
}

// The index's word count is strings.Fields' count, for ASCII and other
// spaces alike.
func TestWordCountIsFieldsCount(t *testing.T) {
	for _, text := range []string{"", " ", "one", " two  words ", "tab\tand\nnewline\r\n", "no\u00a0break\u2003em space", "ünï cödé 漢字", "\v\f x"} {
		d := newDocView(&reading.Doc{Analysis: &model.Analysis{Text: text}})
		if got, want := d.wordCount(), len(strings.Fields(text)); got != want {
			t.Errorf("%q: %d words, strings.Fields finds %d", text, got, want)
		}
	}
}
