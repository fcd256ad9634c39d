package ui

import (
	"context"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/caveat-reader/caveat/reading"
	"github.com/charmbracelet/x/ansi"
)

// bigStory is the test story repeated to a few pieces of layout work, as
// plain text or markdown, built once for the tests here.
func bigStory(t testing.TB, markdown bool) *reading.Doc {
	i := 0
	if markdown {
		i = 1
	}
	bigOnce[i].Do(func() { bigDocs[i] = longStory(t, 300, markdown) })
	return bigDocs[i]
}

var (
	bigOnce [2]sync.Once
	bigDocs [2]*reading.Doc
)

// eachBig runs f on the long story as plain text and as markdown: both
// are laid out progressively.
func eachBig(t *testing.T, f func(t *testing.T, doc *reading.Doc)) {
	for _, md := range []bool{false, true} {
		name := "text"
		if md {
			name = "markdown"
		}
		t.Run(name, func(t *testing.T) { f(t, bigStory(t, md)) })
	}
}

// fullRenders are the whole-article renderings the partial ones are
// compared with, by format and width (rendering one takes a while).
var fullRenders sync.Map

type renderKey struct {
	markdown bool
	width    int
}

// fullRender is the rendering of d at width done all at once.
func fullRender(t *testing.T, d *docView, width int, st *Styles) *rendering {
	t.Helper()
	if len(d.analysis().Text) < 3*chunkSize {
		t.Fatalf("fixture too short for a partial rendering: %d bytes", len(d.analysis().Text))
	}
	k := renderKey{d.doc.Article.Markdown, width}
	if r, ok := fullRenders.Load(k); ok {
		return r.(*rendering)
	}
	r := renderDoc(d.analysis(), k.markdown, width, st, d.claims.dim, nil)
	fullRenders.Store(k, r)
	return r
}

// openPartial opens doc at w x h without running the background render.
func openPartial(t *testing.T, w, h int, doc *reading.Doc) (*Model, tea.Cmd) {
	t.Helper()
	m := NewModel(context.Background(), []Input{{Name: "big"}}, Options{})
	m = update(t, m, loadedMsg{index: 0, doc: doc})
	next, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return next.(*Model), cmd
}

// bodyOf is the screen without its header (whose percentage is an
// estimate while the rendering is partial).
func bodyOf(m *Model) []string {
	return strings.Split(ansi.Strip(m.View().Content), "\n")[1:]
}

// The first frame of a long article (text or markdown) comes from a partial
// rendering, and it is the frame the full rendering gives: same lines,
// highlights and notes, byte for byte.
func TestPartialFirstFrameEqualsFullFrame(t *testing.T) {
	eachBig(t, func(t *testing.T, doc *reading.Doc) {
		m, cmd := openPartial(t, 120, 40, doc)
		d := m.current()
		if !d.r.partial || d.pending == nil || cmd == nil {
			t.Fatalf("a long article was laid out whole before the first frame (partial=%v)", d.r.partial)
		}
		full := fullRender(t, d, d.r.width, m.styles)
		if len(d.r.lines) >= len(full.lines) {
			t.Fatalf("partial rendering has %d lines, the full one %d", len(d.r.lines), len(full.lines))
		}
		for l, line := range d.r.lines {
			if line != full.lines[l] {
				t.Fatalf("line %d differs from the full rendering:\n%q\n%q", l, line, full.lines[l])
			}
		}
		// Frame (caveat --frame) draws the same complete first frame without
		// waiting for the rest.
		frame := strings.Split(ansi.Strip(Frame(doc, 120, 40, Options{})), "\n")[1:]
		if got, want := strings.Join(frame, "\n"), strings.Join(bodyOf(openModel(t, 120, 40, doc)), "\n"); got != want {
			t.Errorf("Frame differs from the full rendering's first frame:\n%s\n---\n%s", got, want)
		}
		m = press(t, m, "n")
		before := bodyOf(m)
		m = update(t, m, d.pending.run(d))
		if d.r.partial || d.pending != nil {
			t.Fatal("the full rendering was not installed")
		}
		if after := bodyOf(m); strings.Join(after, "\n") != strings.Join(before, "\n") {
			t.Errorf("the screen changed when the full rendering landed:\n%s\n---\n%s", strings.Join(before, "\n"), strings.Join(after, "\n"))
		}
	})
}

// Once the background render lands, the whole article is there: every
// line, every span where the full rendering has it, and n walks claims to
// their true lines, also past the part first rendered.
func TestFullRenderLandsWithEverySpanPlaced(t *testing.T) {
	eachBig(t, func(t *testing.T, doc *reading.Doc) {
		m, _ := openPartial(t, 120, 40, doc)
		d := m.current()
		partialLines := len(d.r.lines)
		// G while partial goes as far as is rendered, and to the true
		// end once the rest lands.
		if got := d.percent(); got != 0 {
			t.Errorf("%d%% at the top, want 0%%", got)
		}
		m = press(t, m, "G")
		if top := d.vp.YOffset(); top > partialLines {
			t.Fatalf("scrolled to %d, past the %d rendered lines", top, partialLines)
		}
		m = update(t, m, d.pending.run(d))
		if top, want := d.vp.YOffset(), len(d.r.lines)-d.vp.Height(); top != want {
			t.Errorf("after G and the full render, top line %d, want the last page at %d", top, want)
		}
		if got := d.percent(); got != 100 {
			t.Errorf("%d%% at the end, want 100%%", got)
		}
		full := fullRender(t, d, d.r.width, m.styles)
		if len(d.r.lines) != len(full.lines) {
			t.Fatalf("installed rendering has %d lines, want %d", len(d.r.lines), len(full.lines))
		}
		for i := range full.pos {
			if d.r.pos[i] != full.pos[i] {
				t.Fatalf("span %d at %+v, the full rendering has %+v", i, d.r.pos[i], full.pos[i])
			}
		}
		m = press(t, m, "g")
		for range len(d.claims.flags) {
			m = press(t, m, "n")
			f := doc.Analysis.Flags[d.selFlag()]
			want := full.sentenceLine(f.Sentence)
			if got := d.claimLine(d.sel); got != want {
				t.Fatalf("claim %d on line %d, want %d", d.sel, got, want)
			}
			if l := d.vp.YOffset(); want < l || want >= l+d.vp.Height() {
				t.Fatalf("claim %d on line %d is off screen (top %d)", d.sel, want, l)
			}
		}
	})
}

// A claim selected past the rendered part is scrolled to when the rest
// lands.
func TestSelectionPastPartialIsShownWhenFullLands(t *testing.T) {
	eachBig(t, func(t *testing.T, doc *reading.Doc) {
		m, _ := openPartial(t, 120, 40, doc)
		d := m.current()
		m = press(t, m, "N") // the last claim, far past the first piece
		s := doc.Analysis.Flags[d.selFlag()].Sentence
		if d.r.pos[s].ok {
			t.Fatal("fixture: the last claim is already rendered")
		}
		m = update(t, m, d.pending.run(d))
		l := d.claimLine(d.sel)
		if top := d.vp.YOffset(); l < top || l >= top+d.vp.Height() {
			t.Errorf("selected claim on line %d, pane shows %d..%d", l, top, top+d.vp.Height())
		}
		_ = m
	})
}

// A render started before a resize is dropped when it lands after it: it
// is laid out for the old width.
func TestStaleRenderAfterResizeIsDropped(t *testing.T) {
	eachBig(t, func(t *testing.T, doc *reading.Doc) {
		m, _ := openPartial(t, 120, 40, doc)
		d := m.current()
		stale := d.pending.run(d)
		m = update(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
		width := d.r.width
		if stale.(renderedMsg).r.width == width {
			t.Fatal("fixture: the resize did not change the text width")
		}
		m = update(t, m, stale)
		if !d.r.partial || d.r.width != width {
			t.Fatalf("a stale render was installed (partial=%v width=%d, want %d)", d.r.partial, d.r.width, width)
		}
		m = update(t, m, d.pending.run(d))
		if d.r.partial || d.r.width != width {
			t.Fatalf("the current render was not installed (partial=%v width=%d)", d.r.partial, d.r.width)
		}
		full := fullRender(t, d, width, m.styles)
		if len(d.r.lines) != len(full.lines) {
			t.Errorf("installed %d lines, want %d", len(d.r.lines), len(full.lines))
		}
	})
}

// A search on a partial rendering starts its own background render; the
// one it replaced is dropped, and the matches are placed once it lands.
func TestSearchDuringPartialRender(t *testing.T) {
	eachBig(t, func(t *testing.T, doc *reading.Doc) {
		m, _ := openPartial(t, 120, 40, doc)
		d := m.current()
		stale := d.pending.run(d)
		m.runSearch(d, "harbour")
		m = update(t, m, stale)
		if d.r.lineExtra == nil {
			t.Fatal("the render without the search's matches was installed")
		}
		if d.pending != nil {
			update(t, m, d.pending.run(d))
		}
		for i := range d.search.matches {
			if !d.r.extraPos(i).ok {
				t.Fatalf("match %d not placed after the full render", i)
			}
		}
	})
}

// A saved place the partial rendering does not reach yet (the store
// answered after the first frame) is scrolled to when the rest lands.
func TestSavedPlacePastPartialIsRestoredWhenFullLands(t *testing.T) {
	eachBig(t, func(t *testing.T, doc *reading.Doc) {
		m, _ := openPartial(t, 120, 40, doc)
		d := m.current()
		ss := doc.Analysis.Sentences
		last := ss[len(ss)/2]
		d.applySaved(reading.Saved{HasPosition: true, Position: last.Start})
		if d.r.pos[len(ss)/2].ok {
			t.Fatal("fixture: the saved sentence is already rendered")
		}
		m = update(t, m, d.pending.run(d))
		if got := d.topOffset(); got != last.Start {
			t.Errorf("top of the pane at byte %d, want the saved %d", got, last.Start)
		}
		_ = m
	})
}

// A search on a partially laid-out article finds its matches in the
// whole text: N from the first match goes round to the last one, past the
// part laid out, and it is on screen once the rest lands.
func TestSearchPastPartialReachesTheEnd(t *testing.T) {
	eachBig(t, func(t *testing.T, doc *reading.Doc) {
		m, _ := openPartial(t, 120, 40, doc)
		d := m.current()
		m.runSearch(d, "harbour")
		if d.pending == nil {
			t.Fatal("fixture: the search laid the whole article out at once")
		}
		n := len(d.search.matches)
		if want := strings.Count(doc.Analysis.Text, "harbour"); n != want {
			t.Fatalf("%d matches, the text holds %d", n, want)
		}
		m = press(t, m, "N")
		if d.search.cur != n-1 {
			t.Fatalf("N from the first match reached match %d, want the last (%d)", d.search.cur, n-1)
		}
		if d.r.extraPos(n - 1).ok {
			t.Fatal("fixture: the last match was laid out before the rest landed")
		}
		m = update(t, m, d.pending.run(d))
		if !d.matchInView() {
			t.Errorf("the last match is off screen once the rest landed (line %d, top %d)", d.matchLine(n-1), d.vp.YOffset())
		}
		if !strings.Contains(strings.Join(bodyOf(m), "\n"), "Part 300 of") {
			t.Errorf("the screen does not show the last part")
		}
	})
}
