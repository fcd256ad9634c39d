package ui

import (
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model"
)

// A flag inside a heading keeps the heading's bold (and the kind its own
// colour and underline).
func TestFlagInAHeadingKeepsTheHeadingStyle(t *testing.T) {
	doc := fixtureDoc(t, true, [][]string{{"## Officials familiar with it said so"}, {"Body text here."}},
		fixFlag{model.AnonymousSource, 0, "Officials familiar with it said", "familiar with"})
	m := openModel(t, 120, 20, doc)
	d := m.current()
	p := d.r.flagPos(0)
	row := m.overlay(d).row(p.l0)
	u := underlyingAt(row, p.c0+2)
	if !u.bold || !u.underline {
		t.Errorf("the flagged words in the heading: bold %v underline %v in %q", u.bold, u.underline, row)
	}
	if strings.Contains(row, "\x1b[38;5;39;1m") && !u.bold {
		t.Error("heading bold lost")
	}
}

func TestUnderlyingAt(t *testing.T) {
	line := "ab\x1b[1;48;5;63mcd\x1b[0mef\x1b[3mgh"
	for _, c := range []struct {
		col          int
		bold, italic bool
		bg           bool
	}{{0, false, false, false}, {2, true, false, true}, {4, false, false, false}, {6, false, true, false}} {
		u := underlyingAt(line, c.col)
		if u.bold != c.bold || u.italic != c.italic || (u.bg != nil) != c.bg {
			t.Errorf("col %d: %+v", c.col, u)
		}
	}
}
