package ui

import (
	"strings"
	"testing"
)

// A cached row is the row styled afresh: across keys that move the
// selection, hide a kind, search and scroll, every visible row drawn from
// the cache equals the line styled for this frame and padded to the pane.
func TestCachedRowsEqualFreshlyStyledRows(t *testing.T) {
	for _, md := range []bool{false, true} {
		m := openModel(t, 120, 40, longStory(t, 6, md))
		check := func(step string) {
			t.Helper()
			d := m.current()
			o := m.overlay(d)
			for l := d.vp.YOffset(); l < min(len(d.r.lines), d.vp.YOffset()+d.vp.Height()); l++ {
				if got, want := o.row(l), fit(o.line(l), d.r.width); got != want {
					t.Fatalf("markdown=%v after %s: row %d\n got %q\nwant %q", md, step, l, got, want)
				}
			}
		}
		for _, keys := range [][]string{{}, {"n"}, {"n"}, {"N"}, {"j", "j"}, {"2"}, {"n"}, {"2"}, {"ctrl+d"}, {"n", "n"}} {
			_ = m.View()
			m = press(t, m, keys...)
			check(strings.Join(keys, " "))
		}
		m.runSearch(m.current(), "harbour")
		check("search")
		m = press(t, m, "n")
		check("search n")
	}
}
