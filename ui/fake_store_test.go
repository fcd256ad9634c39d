package ui

import (
	"context"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// fakeStore is a Store that records every call and answers Load with
// what the test put in saved (by article title).
type fakeStore struct {
	saved     map[string]reading.Saved
	loadErr   error
	saveErr   error
	loads     []string
	positions []savedPosition
	marks     []reading.Mark
}

type savedPosition struct {
	title  string
	offset int
}

func (f *fakeStore) Load(d reading.Doc) (reading.Saved, error) {
	f.loads = append(f.loads, d.Article.Title)
	return f.saved[d.Article.Title], f.loadErr
}

func (f *fakeStore) SavePosition(d reading.Doc, offset int) error {
	f.positions = append(f.positions, savedPosition{d.Article.Title, offset})
	return f.saveErr
}

func (f *fakeStore) SaveMark(d reading.Doc, m reading.Mark) error {
	f.marks = append(f.marks, m)
	return f.saveErr
}

// openWithStore opens docs with st as the store, running the restore
// commands the reader returns as Bubble Tea would.
func openWithStore(t testing.TB, st Store, w, h int, docs ...*reading.Doc) *Model {
	t.Helper()
	inputs := make([]Input, len(docs))
	for i, d := range docs {
		d := d
		inputs[i] = Input{Name: d.Article.Source, Load: func(context.Context) (*reading.Doc, error) { return d, nil }}
	}
	m := NewModel(context.Background(), inputs, Options{Store: st})
	m = update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	for i, d := range docs {
		next, cmd := m.Update(loadedMsg{index: i, doc: d})
		m = next.(*Model)
		if cmd == nil {
			t.Fatalf("no restore command for %s", d.Article.Title)
		}
		m = update(t, m, cmd())
	}
	return m
}

// titled renames a doc, so the fake store can tell articles apart.
func titled(d *reading.Doc, title string) *reading.Doc {
	art := *d.Article
	art.Title = title
	return &reading.Doc{Article: &art, Analysis: d.Analysis}
}

// sourcedStory is the test story with a hand-made ledger and scorecard,
// as the model would hand them over, independent of the detector.
func sourcedStory(t testing.TB) *reading.Doc {
	d := storyDoc(t)
	a := d.Analysis
	a.Sources = []model.Source{
		{ID: "s1", Description: "Two officials familiar with the negotiations", Type: model.UnnamedGroup, Sentences: []int{1}},
		{ID: "s2", Description: "The mayor's office", Type: model.NamedInstitution, Sentences: []int{2, 3}},
		{ID: "s3", Description: "people briefed on the plan", Type: model.UnnamedGroup, Sentences: []int{8}},
		{ID: "s4", Description: "the port authority", Type: model.NamedInstitution, Sentences: []int{9}},
	}
	a.Checks = []model.Check{
		{ID: "anonymity_reason", Question: "Is a reason given for granting each unnamed source anonymity?",
			Standard: "Reuters", Answer: "2 of 2 unnamed sources have no reason for anonymity.", Raised: true, Sentences: []int{1, 8}},
		{ID: "lead_anonymous", Question: "Does the lead rest on anonymous sources alone?",
			Standard: "AP", Answer: "The lead names its source.", Sentences: []int{}},
		{ID: "allegation_answered", Question: "Is an allegation against a named party answered anywhere in the article?",
			Standard: "AP", Answer: "The mayor's office answers the claim with a denial.", Sentences: []int{2}},
	}
	return d
}
