package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
)

// checkNotesLevel checks, on screen, that each note in the margin sits on
// the row of its sentence's first line, or right below the note before it
// when two would overlap, and that the sentence's first words are on that
// row of the article.
func checkNotesLevel(t *testing.T, m Model) int {
	t.Helper()
	d := m.current()
	screen := screenLines(m)
	top := d.vp.YOffset()
	textEnd := padW + m.lay.textW
	marginX := textEnd + gutterW
	placed := placeNotes(d, m.hidden, openHeightOf(m.styles, d, m.lay.marginW))
	checked := 0
	for i, p := range placed {
		line := d.claimLine(p.claim)
		switch {
		case i == 0 && p.row != line:
			t.Errorf("note %d at line %d, its sentence at %d", p.claim, p.row, line)
		case i > 0:
			prev := placed[i-1]
			if p.row != line && p.row != prev.row+prev.height {
				t.Errorf("note %d at line %d: neither its sentence's line %d nor below the note before (%d)", p.claim, p.row, line, prev.row+prev.height)
			}
			if p.row < prev.row+prev.height {
				t.Errorf("note %d overlaps the note before it", p.claim)
			}
		}
		y := m.lay.header + p.row - top
		if y < m.lay.header || y >= m.lay.header+m.lay.body {
			continue
		}
		f := d.analysis().Flags[d.claims.flags[p.claim]]
		row := screen[y]
		if got := ansi.Cut(row, marginX, m.w); !strings.Contains(got, kindLabel(f.Kind)) {
			t.Errorf("row %d margin %q lacks the note %q", y, got, kindLabel(f.Kind))
		}
		if p.row == line {
			s := d.r.pos[f.Sentence]
			word := strings.Fields(d.analysis().SentenceText(f.Sentence))[0]
			if got := ansi.Cut(row, padW+s.c0, textEnd); !strings.HasPrefix(got, articles.Visible(word)) {
				t.Errorf("row %d: note of claim %d beside %q, not its sentence starting %q", y, p.claim, got, word)
			}
		}
		checked++
	}
	return checked
}

func TestMarginNotesSitLevelWithTheirSentences(t *testing.T) {
	m := openModel(t, 120, 40, longStory(t, 3, false))
	if n := checkNotesLevel(t, m); n < 5 {
		t.Fatalf("only %d notes on screen", n)
	}
	// Scrolled, with a note open, stacked notes pushed down.
	m = press(t, m, "n", "n", "n", "n")
	if n := checkNotesLevel(t, m); n < 5 {
		t.Fatalf("only %d notes on screen after scrolling", n)
	}
	// Two flags on one sentence stack: the second is one row lower.
	d := m.current()
	places := placeNotes(d, m.hidden, 1)
	if places[4].row != places[3].row+1 || d.claimLine(places[4].claim) != d.claimLine(places[3].claim) {
		t.Errorf("two notes of one sentence: rows %d and %d", places[3].row, places[4].row)
	}
}

// The same on the bundled sample with the real analysis, at both sizes
// the goldens use, and in markdown.
func TestMarginNotesOnTheSample(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {100, 30}} {
		m := openModel(t, size[0], size[1], sampleDoc())
		for page := 0; page < 6; page++ {
			checkNotesLevel(t, m)
			m = press(t, m, "space")
		}
	}
}
