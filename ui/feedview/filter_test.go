package feedview

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/caveat-reader/caveat/reading"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
)

// TestStaleFilterMatchesAreDropped: the matches for an earlier filter
// text, arriving after those for the text now typed, do not replace them.
func TestStaleFilterMatchesAreDropped(t *testing.T) {
	m := New(context.Background(), Config{Sources: []Source{{Name: "feed.xml"}}}, Styles{})
	m.SetSize(100, 20)
	m.loading = 1
	unread := func(context.Context) (reading.Doc, error) { return reading.Doc{}, errors.New("not read in this test") }
	m.Update(sourceMsg{index: 0, batch: Batch{Items: []Item{
		{Key: "a", Title: "Council approves bridge", Analyse: unread},
		{Key: "b", Title: "Ministry denies report", Analyse: unread},
		{Key: "c", Title: "Talks failed", Analyse: unread},
	}}})
	press := func(r rune) tea.Cmd { return m.Update(tea.KeyPressMsg{Code: r, Text: string(r)}) }
	press('/')
	early := matchesOf(t, press('r')) // "r": all three titles match
	for _, r := range "idg" {
		press(r)
	}
	late := matchesOf(t, press('e')) // "ridge": only the bridge
	if early == nil || late == nil {
		t.Fatal("typing the filter computed no matches")
	}
	m.Update(*late)
	m.Update(*early)
	got := m.list.VisibleItems()
	if len(got) != 1 || got[0].(row).e.item.Key != "a" {
		t.Errorf("after the stale matches the list shows %d items, want the bridge alone", len(got))
	}
}

// matchesOf runs cmd and the commands of the batches it returns, all at
// once (a cursor blink waits on a timer and is left running), and returns
// the first filter matches among their messages.
func matchesOf(t *testing.T, cmd tea.Cmd) *filterResult {
	t.Helper()
	msgs := make(chan tea.Msg, 64)
	run := func(c tea.Cmd) {
		if c != nil {
			go func() { msgs <- c() }()
		}
	}
	run(cmd)
	deadline := time.After(10 * time.Second)
	for {
		select {
		case msg := <-msgs:
			switch msg := msg.(type) {
			case filterResult:
				return &msg
			case list.FilterMatchesMsg:
				t.Fatal("filter matches reached the view untagged")
			case tea.BatchMsg:
				for _, c := range msg {
					run(c)
				}
			}
		case <-deadline:
			return nil
		}
	}
}
