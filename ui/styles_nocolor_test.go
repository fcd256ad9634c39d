package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// reversedCells reads a styled line cell by cell and reports, for each
// cell, whether it is drawn in reverse video.
func reversedCells(line string) []bool {
	var out []bool
	rev := false
	for i := 0; i < len(line); {
		if strings.HasPrefix(line[i:], "\x1b[") {
			j := i + 2
			for j < len(line) && (line[j] < 0x40 || line[j] > 0x7e) {
				j++
			}
			if j < len(line) && line[j] == 'm' {
				params := strings.Split(line[i+2:j], ";")
				for _, p := range params {
					switch p {
					case "", "0":
						rev = false
					case "7":
						rev = true
					case "27":
						rev = false
					}
				}
			}
			i = j + 1
			continue
		}
		r, size := rune(line[i]), 1
		for _, rr := range line[i:] {
			r = rr
			break
		}
		size = len(string(r))
		for range ansi.StringWidth(string(r)) {
			out = append(out, rev)
		}
		i += size
	}
	return out
}

// Without colour the selected sentence is one continuous run of reverse
// video, its flagged spans included: no cell of it drops back to normal.
func TestNoColorSelectedSentenceIsContinuouslyReversed(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	m.opts.NoColor = true
	m = update(t, m, tea.BackgroundColorMsg{})
	for range len(m.current().claims.flags) {
		m = press(t, m, "n")
		d := m.current()
		f := d.analysis().Flags[d.selFlag()]
		p := d.r.pos[f.Sentence]
		lines := strings.Split(m.View().Content, "\n")
		top := d.vp.YOffset()
		for l := p.l0; l <= p.l1; l++ {
			from, to := d.r.lead[l], d.r.trail[l]
			if l == p.l0 {
				from = p.c0
			}
			if l == p.l1 {
				to = p.c1
			}
			cells := reversedCells(lines[m.lay.header+l-top])
			for c := from; c < to; c++ {
				if !cells[padW+c] {
					t.Errorf("claim %d: sentence line %d cell %d not reversed: %q", d.sel, l, c, ansi.Strip(lines[m.lay.header+l-top]))
					break
				}
			}
		}
	}
}
