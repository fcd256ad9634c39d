package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/cells"
)

// Every size from 0x0 up draws exactly the screen it was given, never a
// cell more: nothing overlaps, wraps or pushes the footer off. Below 40x12
// it is one line asking for room.
func TestEverySizeFitsTheScreen(t *testing.T) {
	doc := longStory(t, 3, false)
	m := openModel(t, 120, 40, doc)
	m = press(t, m, "n", "n") // an open note in the margin
	for w := 0; w <= 130; w += 1 {
		for _, h := range []int{0, 1, 2, 5, 11, 12, 13, 24, 40} {
			m = update(t, m, tea.WindowSizeMsg{Width: w, Height: h})
			content := m.View().Content
			if w == 0 || h == 0 {
				if content != "" {
					t.Fatalf("%dx%d: want an empty view, got %q", w, h, content)
				}
				continue
			}
			lines := strings.Split(content, "\n")
			if w < minWidth || h < minHeight {
				if len(lines) != 1 || !strings.Contains("make me bigger: caveat needs 40x12", strings.TrimSpace(ansi.Strip(lines[0]))) {
					t.Fatalf("%dx%d: want the one-line size message, got %q", w, h, content)
				}
				continue
			}
			if len(lines) != h {
				t.Fatalf("%dx%d: %d rows", w, h, len(lines))
			}
			for i, l := range lines {
				if got := cells.StringWidth(l); got != w {
					t.Fatalf("%dx%d: row %d is %d cells: %q", w, h, i, got, ansi.Strip(l))
				}
			}
		}
	}
}

func TestNarrowScreensSwapTheMarginForAStrip(t *testing.T) {
	m := openModel(t, 89, 24, storyDoc(t))
	if m.lay.marginW != 0 || m.lay.strip == 0 {
		t.Fatalf("at 89 columns: margin %d strip %d, want a strip", m.lay.marginW, m.lay.strip)
	}
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "─ notes ") || !strings.Contains(screen, "◌ Anonymous familiar with the negotiations") {
		t.Errorf("strip missing or without the notes on screen:\n%s", screen)
	}
	m = update(t, m, tea.WindowSizeMsg{Width: 90, Height: 24})
	if m.lay.marginW == 0 || m.lay.strip != 0 {
		t.Errorf("at 90 columns: margin %d strip %d, want a margin", m.lay.marginW, m.lay.strip)
	}
}

func TestArticleTextIsAtMostAHundredColumns(t *testing.T) {
	m := openModel(t, 250, 40, longStory(t, 2, false))
	if m.lay.textW != maxText {
		t.Errorf("text width at 250 columns = %d, want %d", m.lay.textW, maxText)
	}
	for _, l := range m.current().r.lines {
		if w := cells.StringWidth(l); w > maxText {
			t.Fatalf("line of %d cells: %q", w, l)
		}
	}
}

// Resizing re-wraps the text but keeps the same sentence at the top.
func TestResizeKeepsTheSameTextAtTheTop(t *testing.T) {
	m := openModel(t, 120, 30, longStory(t, 6, false))
	d := m.current()
	// Put sentence 40 at the top.
	m = update(t, m, tea.WindowSizeMsg{Width: 120, Height: 30})
	d.vp.SetYOffset(d.r.pos[40].l0)
	want := firstWords(d.analysis().SentenceText(40))
	for _, w := range []int{100, 90, 70, 45, 120, 200} {
		m = update(t, m, tea.WindowSizeMsg{Width: w, Height: 30})
		top := screenLines(m)[m.lay.header]
		if !strings.Contains(top, want) {
			t.Fatalf("at width %d the top row is %q, want it to hold %q", w, top, want)
		}
	}
}

// firstWords is the first three words of s.
func firstWords(s string) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(3, len(f))], " ")
}
