package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// footerText is the two footer rows of the screen, joined.
func footerText(m *Model) string {
	lines := screenLines(m)
	return strings.Join(lines[len(lines)-2:], "\n")
}

// n after G (or the wheel) goes on from the view, as less goes on with a
// search: the first claim at or below the top, not the claim after the
// one selected pages ago.
func TestNextAfterScrollingGoesOnFromTheView(t *testing.T) {
	for _, scroll := range []func(*Model) *Model{
		func(m *Model) *Model { return press(t, m, "G") },
		func(m *Model) *Model {
			for range 8 {
				m = update(t, m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
			}
			return m
		},
	} {
		m := press(t, openModel(t, 120, 30, longStory(t, 4, false)), "n")
		d := m.current()
		m = scroll(m)
		top := d.vp.YOffset()
		want := d.firstClaimFrom(top)
		if want == 1 || want >= len(d.claims.flags) {
			t.Fatalf("fixture: first claim from the top is %d", want)
		}
		m = press(t, m, "n")
		if d.sel != want {
			t.Errorf("n after scrolling to line %d selected claim %d (line %d), want %d (line %d)",
				top, d.sel, d.claimLine(d.sel), want, d.claimLine(want))
		}
		// N goes back from the view: the last claim above its top.
		m = scroll(press(t, m, "g"))
		top = d.vp.YOffset()
		press(t, m, "N")
		if want := d.firstClaimFrom(top) - 1; d.sel != want {
			t.Errorf("N after scrolling selected %d, want %d", d.sel, want)
		}
	}
}

// A search goes on from the view the same way.
func TestSearchNextAfterScrollingGoesOnFromTheView(t *testing.T) {
	m := press(t, openModel(t, 120, 30, longStory(t, 4, false)), "/")
	m = press(t, typeText(t, m, "harbour"), "enter")
	d := m.current()
	press(t, m, "G", "g", "space", "space", "n")
	l, top := d.matchLine(d.search.cur), d.vp.YOffset()
	if d.search.cur < 2 || l < top-d.vp.Height() {
		t.Errorf("n after paging selected match %d on line %d (top %d)", d.search.cur, l, top)
	}
}

// Going round the end and keys that do nothing here say so in the footer,
// until the next key or for a moment.
func TestWrapAndIdleKeysSaySoInTheFooter(t *testing.T) {
	var m *Model
	for _, c := range []struct {
		keys []string
		want string
	}{
		{[]string{"N"}, "wrapped to the last claim"},
		{append([]string{"g"}, strings.Split(strings.Repeat("n", 11), "")...), "wrapped to the first claim"},
		{[]string{"esc"}, "esc: nothing to close"},
		{[]string{"]"}, "]: only one article is open"},
		{[]string{"x"}, "x: not a key of the reader"},
		{[]string{"G", "j"}, "end of the article"},
		{[]string{"g", "k"}, "top of the article"},
		{[]string{"1", "2", "3", "n"}, "every kind with claims is hidden"},
	} {
		m = press(t, openModel(t, 120, 20, longStory(t, 2, false)), c.keys...)
		if got := footerText(m); !strings.Contains(got, c.want) {
			t.Errorf("%v: footer %q lacks %q", c.keys, got, c.want)
		}
		next := press(t, m, "1")
		if got := footerText(next); strings.Contains(got, c.want) {
			t.Errorf("%v: the message outlived the next key: %q", c.keys, got)
		}
		expired := update(t, m, flashExpiredMsg{gen: m.flashGen})
		if got := footerText(expired); strings.Contains(got, c.want) {
			t.Errorf("%v: the message outlived its moment: %q", c.keys, got)
		}
	}
	// With nothing selected, m says how to select.
	m = press(t, openModel(t, 120, 40, storyDoc(t)), "m")
	if got := footerText(m); !strings.Contains(got, "m: select a claim first") {
		t.Errorf("m with nothing selected: %q", got)
	}
}

// The header's percentage is 0% at the top and 100% at the end.
func TestPercentageRunsFromZeroToHundred(t *testing.T) {
	m := openModel(t, 120, 30, longStory(t, 4, false))
	if h := screenLines(m)[0]; !strings.HasSuffix(strings.TrimSpace(h), " 0%") {
		t.Errorf("at the top: %q", h)
	}
	m = press(t, m, "G")
	if h := screenLines(m)[0]; !strings.HasSuffix(strings.TrimSpace(h), " 100%") {
		t.Errorf("at the end: %q", h)
	}
}

// With a kind hidden, "claim i/n" counts the kinds shown.
func TestClaimCounterCountsTheKindsShown(t *testing.T) {
	m := press(t, openModel(t, 120, 40, longStory(t, 2, false)), "1", "n", "n")
	// 2 copies x (1 denial + 2 hedges) shown; the second of them selected.
	if got := footerText(m); !strings.Contains(got, "claim 2/6") {
		t.Errorf("with Anonymous hidden: %q", got)
	}
}
