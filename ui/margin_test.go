package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// checkNotesOnScreen checks a frame's margin as the reader sees it: every
// note drawn is on a row of its own sentence (a row where that sentence's
// words are in the article beside it), none overlaps another, no label is
// drawn that is not a note, and every shown claim whose sentence is on
// screen has its note there or is counted in the "+k" of one. It returns
// how many notes it checked. In the strip (narrow screens) every listed
// note's sentence is on screen. Frames without notes (a panel, the index)
// are not checked.
func checkNotesOnScreen(t *testing.T, m *Model) int {
	t.Helper()
	d := m.current()
	if d == nil || d.r == nil || m.mode == modeIndex || m.panel != panelNone || m.lay.tooSmall || m.help.ShowAll {
		return 0
	}
	top, height := d.vp.YOffset(), m.lay.body
	if m.lay.marginW == 0 {
		for _, c := range stripClaims(d, m.hidden, m.lay.strip-1) {
			if l := d.claimLine(c); l < top || l >= top+height {
				t.Errorf("strip lists claim %d whose sentence (line %d) is off screen %d..%d", c, l, top, top+height)
			}
		}
		return 0
	}
	screen := screenLines(m)
	textEnd := padW + m.lay.textW
	marginX := textEnd + gutterW
	places := placeNotes(d, m.hidden, openHeightOf(m.styles, d, m.lay.marginW), top, height)
	accounted := 0
	for i, p := range places {
		if i > 0 && p.row < places[i-1].row+places[i-1].height {
			t.Errorf("note of claim %d (row %d) overlaps the note before it", p.claim, p.row)
		}
		if p.row < top || p.row+p.height > top+height {
			t.Errorf("note of claim %d at rows %d..%d, outside the pane %d..%d", p.claim, p.row, p.row+p.height, top, top+height)
			continue
		}
		f := d.analysis().Flags[d.claims.flags[p.claim]]
		y := m.lay.header + p.row - top
		if got := ansi.Cut(screen[y], marginX, m.w); !strings.Contains(got, kindLabel(f.Kind)) {
			t.Errorf("row %d margin %q lacks the note %q", y, got, kindLabel(f.Kind))
		}
		if !noteBesideSentence(m, d, screen, p, f) {
			t.Errorf("note of claim %d (rows %d..%d) is on no row of its sentence %d (%q)",
				p.claim, p.row, p.row+p.height-1, f.Sentence, firstWords(d.analysis().SentenceText(f.Sentence)))
		}
		if s := d.r.pos[f.Sentence]; p.claim == d.sel && s.ok && s.l0 > p.row && s.l0 >= top {
			// The open note grew up from its sentence: the gutter links them.
			g := ansi.Cut(screen[m.lay.header+s.l0-top], textEnd, marginX)
			if g != " ├─" && g != " ┣━" {
				t.Errorf("open note of claim %d starts above its sentence with no connector: gutter %q", p.claim, g)
			}
		}
		accounted += 1 + p.more
	}
	labels := 0
	for y := m.lay.header; y < m.lay.header+height; y++ {
		margin := ansi.Cut(screen[y], marginX, m.w)
		for _, k := range model.ReaderKinds {
			labels += strings.Count(margin, kindLabel(k))
		}
	}
	if labels != len(places) {
		t.Errorf("%d kind labels in the margin, %d notes placed", labels, len(places))
	}
	if want := len(notesInView(d, m.hidden, top, height)); accounted != want {
		t.Errorf("%d claims have their sentence on screen, the margin accounts for %d", want, accounted)
	}
	return len(places)
}

// noteBesideSentence reports whether one of the note's rows is a line of
// its sentence, and the article there shows a word of that sentence.
func noteBesideSentence(m *Model, d *docView, screen []string, p notePlace, f model.Flag) bool {
	s := d.r.pos[f.Sentence]
	if !s.ok {
		return false
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(articles.Visible(d.analysis().SentenceText(f.Sentence)), notWordRune) {
		words[w] = true
	}
	top := d.vp.YOffset()
	for l := max(p.row, s.l0); l <= min(p.row+p.height-1, s.l1); l++ {
		from, to := 0, m.lay.textW
		if l == s.l0 {
			from = s.c0
		}
		if l == s.l1 {
			to = s.c1
		}
		text := ansi.Cut(screen[m.lay.header+l-top], padW+from, padW+to)
		for _, w := range strings.FieldsFunc(text, notWordRune) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

func TestMarginNotesSitLevelWithTheirSentences(t *testing.T) {
	m := openModel(t, 120, 40, longStory(t, 3, false))
	if n := checkNotesOnScreen(t, m); n < 5 {
		t.Fatalf("only %d notes on screen", n)
	}
	// Scrolled, with a note open.
	m = press(t, m, "n", "n", "n", "n")
	if n := checkNotesOnScreen(t, m); n < 5 {
		t.Fatalf("only %d notes on screen after scrolling", n)
	}
	// Two flags on one sentence of two lines: the second note sits on the
	// sentence's second line.
	d := m.current()
	places := placeNotes(d, m.hidden, 1, 0, 200)
	if places[4].row != places[3].row+1 || d.claimLine(places[4].claim) != d.claimLine(places[3].claim) {
		t.Errorf("two notes of one sentence: rows %d and %d", places[3].row, places[4].row)
	}
}

// Every claim in turn, selected with n at two sizes: whatever is open,
// each note stays beside its sentence (the open note took six rows and
// pushed the notes under it beside other paragraphs).
func TestOpenNoteNeverPushesNotesOffTheirSentences(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {100, 24}} {
		m := openModel(t, size[0], size[1], sampleDoc())
		for i := 0; i < len(m.current().claims.flags); i++ {
			m = press(t, m, "n")
			checkNotesOnScreen(t, m)
		}
	}
}

// A one-line sentence with three flags: one note, "+2".
func TestCrowdedSentenceCollapsesIntoACount(t *testing.T) {
	paras := [][]string{{"Officials said it may perhaps end."}, {"Later text."}}
	doc := fixtureDoc(t, false, paras,
		fixFlag{model.AnonymousSource, 0, "Officials said", "Officials"},
		fixFlag{model.Uncertainty, 0, "may", "may"},
		fixFlag{model.Uncertainty, 0, "perhaps", "perhaps"},
	)
	m := openModel(t, 120, 40, doc)
	row := screenLines(m)[m.lay.header]
	if !strings.Contains(row, "◌ Anonymous") || !strings.Contains(row, "+2") {
		t.Errorf("want the first note and +2 on the sentence's row, got %q", row)
	}
	if next := screenLines(m)[m.lay.header+1]; strings.Contains(next, "Uncertain") {
		t.Errorf("a note drifted below its one-line sentence: %q", next)
	}
	checkNotesOnScreen(t, m)
}

// Selecting with j in the margin near the bottom of the pane shows the
// whole open note: it grows upward into the free rows.
func TestOpenNoteAtTheBottomGrowsUpward(t *testing.T) {
	m := openModel(t, 120, 24, longStory(t, 3, false))
	m = press(t, m, "tab")
	d := m.current()
	for i := 0; i < 12; i++ {
		m = press(t, m, "j")
		h := openHeightOf(m.styles, d, m.lay.marginW)
		var open *notePlace
		for _, p := range placeNotes(d, m.hidden, h, d.vp.YOffset(), m.lay.body) {
			if p.claim == d.sel {
				open = &p
			}
		}
		if open == nil || open.height != h {
			t.Fatalf("j %d: open note of claim %d not whole on screen: %+v (height %d)", i, d.sel, open, h)
		}
		checkNotesOnScreen(t, m)
	}
}

// The same on the bundled sample with the real analysis, page by page.
func TestMarginNotesOnTheSample(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {100, 30}} {
		m := openModel(t, size[0], size[1], sampleDoc())
		for page := 0; page < 6; page++ {
			checkNotesOnScreen(t, m)
			m = press(t, m, "space")
		}
	}
}

// Every claim of the dev corpus articles (read from ../shared, skipped
// without it), selected in turn with n at 120x40, 200x60 and 100x24: the
// margin's notes stay on their sentences' rows.
func TestNotesStayOnTheirLinesOnTheCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	if len(files) == 0 {
		t.Skip("no dev corpus at ../shared/corpus/dev")
	}
	for _, f := range files[:min(8, len(files))] {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		art := &articles.Article{Source: f, Title: filepath.Base(f), Text: text, Format: articles.Text}
		doc := &reading.Doc{Article: art, Analysis: model.Analyze(text)}
		for _, size := range [][2]int{{120, 40}, {200, 60}, {100, 24}} {
			m := openModel(t, size[0], size[1], doc)
			for range len(m.current().claims.flags) {
				m = press(t, m, "n")
				checkNotesOnScreen(t, m)
			}
		}
	}
}
