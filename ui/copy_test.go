package ui

import (
	"time"

	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// y copies the selected claim's sentence, its source, and the article's
// title and URL, through Bubble Tea's clipboard (OSC 52) command.
func TestYCopiesTheClaimWithItsCitation(t *testing.T) {
	doc := sourcedStory(t)
	doc.Article.URL = "https://example.org/harbour"
	doc.Analysis.Flags[0].Source = 0
	m := press(t, openModel(t, 120, 40, doc), "n")
	next, cmd := m.Update(keyMsg("y"))
	if cmd == nil {
		t.Fatal("y gave no command")
	}
	got, found := "", false
	for _, msg := range cmdMsgs(cmd) {
		if reflect.TypeOf(msg).Name() == "setClipboardMsg" {
			got, found = reflect.ValueOf(msg).String(), true
		}
	}
	if !found {
		t.Fatal("y sent no clipboard message")
	}
	for _, want := range []string{
		"“Two officials familiar with the negotiations said the mayor had pushed for a larger share.”",
		"— Anonymous: Two officials familiar with the negotiations",
		"“A fixture article”", "https://example.org/harbour",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("clipboard lacks %q:\n%s", want, got)
		}
	}
	if !strings.Contains(footerText(next.(*Model)), "copied") {
		t.Error("the footer does not say it copied")
	}
}

// cmdMsgs runs cmd and the commands of a batch, except timers.
func cmdMsgs(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		if b, ok := msg.(tea.BatchMsg); ok {
			var out []tea.Msg
			for _, c := range b {
				out = append(out, cmdMsgs(c)...)
			}
			return out
		}
		return []tea.Msg{msg}
	case <-time.After(100 * time.Millisecond):
		return nil // a tick
	}
}

// The citation leaves caveat for another program: no control character
// of the article's goes with it.
func TestCitationIsVisibleText(t *testing.T) {
	doc := storyDoc(t)
	doc.Article.Title = "Evil\x1b]52;c;AAAA\x07 title"
	got := citation(doc, 0)
	if strings.ContainsAny(got, "\x1b\x07") {
		t.Errorf("control characters in the citation: %q", got)
	}
}
