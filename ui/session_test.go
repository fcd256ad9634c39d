package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/caveat-reader/caveat/reading"
)

func TestSessionOfSeveralArticles(t *testing.T) {
	story, sample := storyDoc(t), sampleDoc()
	inputs := []Input{
		{Name: "story.txt", Load: func(context.Context) (*reading.Doc, error) { return story, nil }},
		{Name: "https://example.org/slow", Load: func(context.Context) (*reading.Doc, error) {
			return nil, errors.New("https://example.org/slow: timeout")
		}},
		{Name: "sample", Load: func(context.Context) (*reading.Doc, error) { return sample, nil }},
		{Name: "broken", Load: func(context.Context) (*reading.Doc, error) { panic("boom") }},
	}
	m := NewModel(context.Background(), inputs, Options{})
	m = update(t, m, resize(120, 40))
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "loading story.txt") || !strings.Contains(screen, "4 loading") {
		t.Errorf("no spinner while loading:\n%s", screen)
	}
	// Run each Load as Bubble Tea would, in its command.
	for i, in := range inputs {
		m = update(t, m, loadCmd(context.Background(), i, in)())
	}
	if got := m.sess.count(slotReady); got != 2 {
		t.Fatalf("%d ready, want 2", got)
	}
	if errs := m.sess.errors(); len(errs) != 2 || !strings.Contains(errs[0].Error(), "timeout") || !strings.Contains(errs[1].Error(), "boom") {
		t.Errorf("errors = %v", errs)
	}
	m = press(t, m, "n")
	if m.current().sel != 0 {
		t.Fatal("n did not select in the first article")
	}
	m = press(t, m, "]")
	screen = strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "could not open") || !strings.Contains(screen, "timeout") || !strings.Contains(screen, "2/4") {
		t.Errorf("failed input not shown in its place:\n%s", screen)
	}
	m = press(t, m, "]")
	if !strings.Contains(screenLines(m)[0], "Putin reached out") {
		t.Errorf("] did not reach the sample: %q", screenLines(m)[0])
	}
	m = press(t, m, "[", "[")
	if m.current() == nil || m.current().sel != 0 {
		t.Error("the first article lost its selection across switching")
	}
}

func TestAllInputsFailedEndsTheReader(t *testing.T) {
	in := Input{Name: "missing.txt", Load: func(context.Context) (*reading.Doc, error) { return nil, errors.New("missing.txt: no such file") }}
	m := NewModel(context.Background(), []Input{in}, Options{})
	_, cmd := m.Update(loadCmd(context.Background(), 0, in)())
	if cmd == nil {
		t.Fatal("no command after the only input failed")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("the reader stays open with nothing to read")
	}
}
