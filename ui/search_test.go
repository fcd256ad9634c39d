package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestFindMatchesCaseAndOffsets(t *testing.T) {
	text := "Harbour budget. The harbour, the HARBOUR."
	ms, _ := findMatches(text, "harbour")
	if len(ms) != 3 {
		t.Fatalf("lower-case query found %d, want 3 (any case)", len(ms))
	}
	for _, s := range ms {
		if !strings.EqualFold(text[s.Start:s.End], "harbour") {
			t.Errorf("match %v is %q", s, text[s.Start:s.End])
		}
	}
	if ms, _ := findMatches(text, "Harbour"); len(ms) != 1 || ms[0].Start != 0 {
		t.Errorf("a capital makes the search exact: %v", ms)
	}
	if ms, _ := findMatches("ﬀ ﬀ ﬀ", "ﬀ"); len(ms) != 3 {
		t.Errorf("no match found after text whose case changes length: %v", ms)
	}
}

// matchCells is the text in the cells where the rendering placed match i.
func matchCells(m *Model, i int) string {
	d := m.current()
	p := d.r.extraPos(i)
	var b strings.Builder
	for l := p.l0; l <= p.l1; l++ {
		from, to, ok := d.r.rangeOn(p, l)
		if !ok {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString(ansi.Cut(ansi.Strip(d.r.lines[l]), from, to))
	}
	return b.String()
}

func TestSearchTypingEnterNNAndEsc(t *testing.T) {
	for _, md := range []bool{false, true} {
		m := openModel(t, 120, 30, longStory(t, 6, md))
		d := m.current()
		m = press(t, m, "/")
		if m.mode != modeSearch {
			t.Fatalf("/: mode %v", m.mode)
		}
		m = typeText(t, m, "port authority")
		footer := screenLines(m)[28]
		if !strings.Contains(footer, "/port authority") || !strings.Contains(footer, "12 matches") {
			t.Errorf("footer while typing: %q", footer)
		}
		m = press(t, m, "enter")
		if m.mode != modeRead || d.search == nil || len(d.search.matches) != 12 {
			t.Fatalf("enter: mode %v search %+v", m.mode, d.search)
		}
		// Every match is placed exactly on its words, wrapped or not.
		for i := range d.search.matches {
			if got := matchCells(m, i); got != "port authority" {
				t.Errorf("markdown=%v: match %d on screen reads %q", md, i, got)
			}
		}
		var got []int
		for i := 0; i < 13; i++ {
			m = press(t, m, "n")
			got = append(got, d.search.cur)
		}
		if got[0] != 1 || got[10] != 11 || got[11] != 0 || got[12] != 1 {
			t.Errorf("n walked %v, want 1..11 then round to 0, 1", got)
		}
		m = press(t, m, "N", "N")
		if d.search.cur != 11 {
			t.Errorf("N N from 1 reached %d, want 11", d.search.cur)
		}
		line := d.matchLine(11)
		if top := d.vp.YOffset(); line < top || line >= top+m.lay.body {
			t.Errorf("current match on line %d is off screen (top %d)", line, top)
		}
		if !strings.Contains(screenLines(m)[28], "/port authority 12/12") {
			t.Errorf("status lacks the match count: %q", screenLines(m)[28])
		}
		if !m.keys.Next.Enabled() || m.keys.Next.Help().Desc != "next match" {
			t.Errorf("n help = %q", m.keys.Next.Help().Desc)
		}
		m = press(t, m, "esc")
		if d.search != nil || d.r != d.base {
			t.Error("esc did not end the search and bring back the plain layout")
		}
		sel := d.sel
		press(t, m, "n")
		if d.sel == sel {
			t.Error("after esc, n does not move between claims")
		}
	}
}

func TestSearchWithNoMatchSaysSo(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	m = press(t, m, "/")
	m = typeText(t, m, "zeppelin")
	m = press(t, m, "enter")
	if m.current().search != nil {
		t.Error("a search with no match is on")
	}
	if screen := strings.Join(screenLines(m), "\n"); !strings.Contains(screen, "no match for “zeppelin”") {
		t.Errorf("no message for a failed search:\n%s", screen)
	}
}

func TestSearchEscWhileTypingKeepsTheText(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	top := m.current().vp.YOffset()
	m = press(t, m, "/")
	m = typeText(t, m, "mayor")
	m = press(t, m, "esc")
	if m.mode != modeRead || m.current().search != nil || m.current().vp.YOffset() != top {
		t.Error("esc while typing changed the reader")
	}
}

func TestSearchHighlightSurvivesResize(t *testing.T) {
	m := openModel(t, 120, 40, longStory(t, 3, false))
	m = press(t, m, "/")
	m = typeText(t, m, "steel prices")
	m = press(t, m, "enter")
	m = update(t, m, resize(70, 30))
	for i := range m.current().search.matches {
		if got := matchCells(m, i); got != "steel prices" {
			t.Errorf("after resize match %d reads %q", i, got)
		}
	}
}

// Counts the reader prints agree with their nouns: one match, one
// attributed sentence.
func TestCountsAgreeWithTheirNouns(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	m = press(t, m, "/")
	m = typeText(t, m, "pier")
	screen := ansi.Strip(m.View().Content)
	if !strings.Contains(screen, "1 match") || strings.Contains(screen, "1 matches") {
		t.Errorf("one match, the footer says:\n%s", lastLines(screen, 2))
	}
	m = typeText(t, m, "x")
	if screen := ansi.Strip(m.View().Content); !strings.Contains(screen, "0 matches") {
		t.Errorf("no match, the footer says:\n%s", lastLines(screen, 2))
	}
}

func lastLines(s string, n int) string {
	ls := strings.Split(s, "\n")
	return strings.Join(ls[max(0, len(ls)-n):], "\n")
}
