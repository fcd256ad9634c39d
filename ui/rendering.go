package ui

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"

	"github.com/caveat-reader/caveat/cells"
)

// spanPos is where a span lies on the rendered lines: from column c0 of
// line l0 to column c1 (exclusive) of line l1. ok is false when the span's
// sentinels did not come through the renderer.
type spanPos struct {
	l0, c0, l1, c1 int
	ok             bool
}

// rendering is an article laid out at one width: built once per width and
// background, then only read. Every keypress styles the visible lines from
// it; none re-wraps or re-renders.
type rendering struct {
	width int
	dark  bool
	// lines are the styled lines, sentinels removed, boilerplate dimmed.
	lines []string
	// lead and trail are the first and last text cells of each line, so a
	// span running over a line break is styled on text, not on padding.
	lead, trail []int
	// cells is the width of each line, so a frame pads it without
	// measuring it again (styling a range does not change it).
	cells []int
	// pos holds the sentences (0..nSent-1), then the flags, then the
	// extra spans (search matches), then the links' texts.
	pos    []spanPos
	nSent  int
	nFlags int
	nExtra int
	// links are the hyperlinkOpen sequences of the links, lineLinks the
	// links touching each line (nil without links).
	links     []string
	lineLinks [][]int32
	// sent and found count sentinels sent into the renderer and found in
	// its output; a difference means some span lost its place.
	sent, found int
	// lineFlags lists the flags touching each line, lineExtra the extra
	// spans.
	lineFlags [][]int32
	lineExtra [][]int32
	// lineSent is the sentence at each line, or -1 with no sentences.
	lineSent []int32
	// sentLine is the line each sentence starts on (that of the nearest
	// placed sentence before it when it was not placed).
	sentLine []int32
	// overflow is by how many cells the widest line the renderer made
	// was wider than width before measure cut it (see fitting).
	overflow atomic.Int32
	// partial is set on a rendering of only the first part of a long
	// article, made to show the first frame while the rest renders;
	// total is then the estimated line count of the whole.
	partial bool
	total   int
	// rows caches the styled rows of recent frames.
	rows rowCache
}

// renderDoc lays out a's text at width: glamour for markdown, word
// wrapping for plain text. extra are more spans to place (search matches),
// carried through by the same sentinels as the flags.
func renderDoc(a *model.Analysis, markdown bool, width int, st *Styles, dim []int, extra []spanRef) *rendering {
	j := newRenderJob(a, markdown, width, st, dim, extra)
	if markdown {
		if lines, err := renderMarkdown(a.Text, j.es, width, st.Glamour); err == nil {
			return j.fitting(j.build(lines))
		}
		// Glamour refused the text: show it as plain text rather than
		// nothing.
	}
	return j.plain()
}

// fitting is r, or the text rendered again narrower when some of r's
// lines were wider than the width. Glamour wraps by grapheme clusters;
// cells count code points, as terminals draw them, and in some scripts
// one cluster is drawn in several cells (a Devanagari conjunct, Thai sara
// am). measure cuts such a line, losing its end; rendered again narrower
// by the overflow, nothing is cut. Text of other scripts never pays for
// this.
func (j *renderJob) fitting(r *rendering) *rendering {
	wrap := j.width
	// Each narrower wrap moves words between lines: a few tries at most.
	for try := 0; try < 3; try++ {
		wrap -= int(r.overflow.Load())
		if wrap == j.width || wrap < minWidth/2 {
			return r
		}
		lines, err := renderMarkdown(j.a.Text, j.es, wrap, j.st.Glamour)
		if err != nil {
			return r
		}
		if r = j.build(lines); r.overflow.Load() == 0 {
			return r
		}
	}
	return r
}

// plain is the text laid out as plain paragraphs.
func (j *renderJob) plain() *rendering {
	return j.build(renderPlain(j.a.Text, j.es, j.width))
}

// asPlain is the job for the text laid out as plain paragraphs (markdown
// glamour refused), with the same spans.
func (j *renderJob) asPlain() *renderJob {
	p := *j
	p.markdown = false
	return &p
}

// chunks is the marked text cut into the pieces laid out one by one.
func (j *renderJob) chunks() []chunk {
	if j.markdown {
		return markdownChunks(j.a.Text, j.es)
	}
	return plainChunks(j.a.Text, j.es)
}

// layChunks lays pieces of chunks() out at the job's width.
func (j *renderJob) layChunks(cs []chunk) ([]string, error) {
	if j.markdown {
		return renderChunks(chunkTexts(cs), j.width, j.st.Glamour)
	}
	return wrapChunks(cs, j.width), nil
}

// renderJob is everything a layout of the text needs, fixed when it
// starts: it may finish in a background command while the reader goes on,
// so it holds its own copy of the styles.
type renderJob struct {
	a        *model.Analysis
	markdown bool
	width    int
	st       Styles
	dim      []int
	nExtra   int
	// links are the hyperlinkOpen sequences of the link spans, which
	// follow the extra spans.
	links []string
	// spans are the sentences, flags and extra spans in pos order, es
	// their edges as sent into the renderer.
	spans []spanRef
	es    []edge
}

func newRenderJob(a *model.Analysis, markdown bool, width int, st *Styles, dim []int, extra []spanRef) *renderJob {
	spans := make([]spanRef, 0, len(a.Sentences)+len(a.Flags)+len(extra))
	for _, s := range a.Sentences {
		spans = append(spans, spanRef{s.Start, s.End})
	}
	for _, f := range a.Flags {
		spans = append(spans, spanRef{f.Span.Start, f.Span.End})
	}
	spans = append(spans, extra...)
	var links []string
	if markdown {
		var ls []spanRef
		ls, links = linkSpans(a.Text)
		spans = append(spans, ls...)
	}
	es := spanEdges(spans)
	if markdown {
		es = keepBlockSyntax(a.Text, es)
	}
	return &renderJob{a: a, markdown: markdown, width: width, st: *st, dim: dim, nExtra: len(extra), links: links, spans: spans, es: es}
}

// build finishes a rendering from the renderer's lines (sentinels still
// in): finds the spans, indexes the lines, dims boilerplate. The lines may
// be only the first part of the text (a partial rendering): spans beyond
// them are left unplaced.
func (j *renderJob) build(lines []string) *rendering {
	a := j.a
	r := &rendering{width: j.width, dark: j.st.Dark, lines: lines, nSent: len(a.Sentences), nFlags: len(a.Flags), nExtra: j.nExtra, links: j.links, sent: len(j.es)}
	r.pos = make([]spanPos, len(j.spans))
	r.place(ordinals(j.es))
	r.index(len(a.Sentences), len(a.Flags))
	r.lineExtra = r.linesOf(r.nSent+r.nFlags, j.nExtra)
	r.lineLinks = r.linesOf(r.nSent+r.nFlags+r.nExtra, len(j.links))
	r.dimFlags(j.dim, j.st.Boiler)
	return r
}

// place finds the sentinels on each line, records where each span starts
// and ends, removes them, and measures the text on each line. Lines are
// measured on every core (a 1 MB article has tens of thousands); the
// sentinels are then read in order, since the k-th found is the k-th sent.
func (r *rendering) place(opens, closes []int) {
	r.lead = make([]int, len(r.lines))
	r.trail = make([]int, len(r.lines))
	r.cells = make([]int, len(r.lines))
	marked := make([]string, len(r.lines))
	eachRange(len(r.lines), func(lo, hi int) {
		for l := lo; l < hi; l++ {
			marked[l] = r.measure(l)
		}
	})
	seenOpen := make([]bool, len(r.pos))
	seenClose := make([]bool, len(r.pos))
	sc := scanner{opens: opens, closes: closes}
	for l, s := range marked {
		if s != "" {
			r.scanLine(l, s, &sc, seenOpen, seenClose)
		}
	}
	for i := range r.pos {
		r.settle(i, seenOpen[i], seenClose[i])
	}
}

// measure removes the sentinels from line l, cuts it to the width, and
// records where its text starts and ends. It returns the line stripped of
// styling with its sentinels, or "" when it has none.
func (r *rendering) measure(l int) string {
	// The renderer's hyperlinks go here, once per layout, rather than in
	// every frame's final pass (View): they carry article URLs.
	line := articles.TerminalSafe(r.lines[l])
	plain := line
	if strings.IndexByte(line, '\x1b') >= 0 {
		plain = ansi.Strip(line)
	}
	var marked string
	// All sentinel runes share the UTF-8 prefix E2 81.
	if strings.Contains(plain, "\xe2\x81") {
		marked = plain
		line = strings.Map(dropMarks, line)
		plain = strings.Map(dropMarks, plain)
	}
	width := cells.StringWidth(plain)
	if width > r.width {
		for over := int32(width - r.width); ; {
			if cur := r.overflow.Load(); cur >= over || r.overflow.CompareAndSwap(cur, over) {
				break
			}
		}
		line = cells.Truncate(line, r.width, "…")
		plain = ansi.Strip(line)
		width = cells.StringWidth(plain)
	}
	r.lines[l] = line
	r.cells[l] = width
	trimmed := strings.TrimLeft(plain, " ")
	r.lead[l] = len(plain) - len(trimmed)
	r.trail[l] = r.lead[l] + cells.StringWidth(strings.TrimRight(trimmed, " "))
	return marked
}

// eachRange runs fn over [0, n) cut into one range per core.
func eachRange(n int, fn func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), max(1, n/2048))
	if workers <= 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	var panics workerPanics
	step := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += step {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			panics.run(func() { fn(lo, hi) })
		}(lo, min(n, lo+step))
	}
	wg.Wait()
	panics.rethrow()
}

// eachIndex runs fn(i) for every i in [0, n), on every core.
func eachIndex(n int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	var panics workerPanics
	for w := 0; w < min(n, runtime.GOMAXPROCS(0)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			panics.run(func() {
				for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
					fn(i)
				}
			})
		}()
	}
	wg.Wait()
	panics.rethrow()
}

func dropMarks(r rune) rune {
	if isMarkRune(r) {
		return -1
	}
	return r
}

// scanner follows the sentinel ordinals through the output.
type scanner struct {
	opens, closes       []int
	nextOpen, nextClose int
}

// scanLine records the cell column of each sentinel on an ANSI-stripped
// line.
func (r *rendering) scanLine(l int, s string, sc *scanner, seenOpen, seenClose []bool) {
	col, prev := 0, 0
	for i := 0; i < len(s); {
		c, size := utf8.DecodeRuneInString(s[i:])
		if c != openMark && c != closeMark {
			i += size
			continue
		}
		col += cells.StringWidth(s[prev:i])
		i += size
		k, n := 0, 0
		for i < len(s) {
			d, dsize := utf8.DecodeRuneInString(s[i:])
			v := digitValue(d)
			if v < 0 {
				break
			}
			k = k*3 + v
			n++
			i += dsize
		}
		prev = i
		ids, next, seen := sc.opens, &sc.nextOpen, seenOpen
		if c == closeMark {
			ids, next, seen = sc.closes, &sc.nextClose, seenClose
		}
		if n == 0 {
			k = *next
		}
		*next = k + 1
		if k >= len(ids) || seen[ids[k]] {
			continue
		}
		id := ids[k]
		seen[id] = true
		r.found++
		if c == openMark {
			r.pos[id].l0, r.pos[id].c0 = l, col
		} else {
			r.pos[id].l1, r.pos[id].c1 = l, col
		}
	}
}

// settle makes span i's position usable: a lost end falls back on the
// other end's line, and an edge sitting in a line's margin moves onto the
// text, so a sentence opening at the end of a line is on the next line.
func (r *rendering) settle(i int, open, closed bool) {
	p := &r.pos[i]
	switch {
	case open && closed:
	case open:
		p.l1, p.c1 = p.l0, r.trail[p.l0]
	case closed:
		p.l0, p.c0 = p.l1, r.lead[p.l1]
	default:
		return
	}
	p.ok = true
	if p.l1 < p.l0 || (p.l1 == p.l0 && p.c1 < p.c0) {
		p.l1, p.c1 = p.l0, p.c0
	}
	for p.l0 < p.l1 && p.c0 >= r.trail[p.l0] {
		p.l0++
		p.c0 = r.lead[p.l0]
	}
	for p.l1 > p.l0 && p.c1 <= r.lead[p.l1] {
		p.l1--
		p.c1 = r.trail[p.l1]
	}
}

// linesOf lists, for each line, which of the n spans from pos[from] on
// touch it (numbered from 0); nil when n is 0.
func (r *rendering) linesOf(from, n int) [][]int32 {
	if n == 0 {
		return nil
	}
	out := make([][]int32, len(r.lines))
	for i := 0; i < n; i++ {
		p := r.pos[from+i]
		if !p.ok {
			continue
		}
		for l := p.l0; l <= p.l1 && l < len(r.lines); l++ {
			out[l] = append(out[l], int32(i))
		}
	}
	return out
}

// index builds the per-line lookups.
func (r *rendering) index(nSent, nFlags int) {
	r.lineFlags = r.linesOf(nSent, nFlags)
	if r.lineFlags == nil {
		r.lineFlags = make([][]int32, len(r.lines))
	}
	// lineSent names the sentence holding the start of each line (or the
	// next one, on a blank line): the text a resize keeps at the top.
	r.lineSent = make([]int32, len(r.lines))
	s := 0
	for l := range r.lines {
		for s < nSent && (!r.pos[s].ok || r.pos[s].l1 < l) {
			s++
		}
		r.lineSent[l] = int32(min(s, nSent-1))
	}
	r.sentLine = make([]int32, nSent)
	last := int32(0)
	for s := range nSent {
		if r.pos[s].ok {
			last = int32(r.pos[s].l0)
		}
		r.sentLine[s] = last
	}
}

// rangeOn is the cell range of span position p on line l.
func (r *rendering) rangeOn(p spanPos, l int) (from, to int, ok bool) {
	if !p.ok || l < p.l0 || l > p.l1 || l >= len(r.lines) {
		return 0, 0, false
	}
	from, to = r.lead[l], r.trail[l]
	if l == p.l0 {
		from = max(from, p.c0)
	}
	if l == p.l1 {
		to = min(to, p.c1)
	}
	return from, to, from < to
}

// dimFlags fades the spans of the given flags (boilerplate), once per
// rendering.
func (r *rendering) dimFlags(flags []int, dim lipgloss.Style) {
	for _, f := range flags {
		p := r.flagPos(f)
		for l := p.l0; p.ok && l <= p.l1; l++ {
			if from, to, ok := r.rangeOn(p, l); ok {
				r.lines[l] = lipgloss.StyleRanges(r.lines[l], lipgloss.NewRange(from, to, dim))
			}
		}
	}
}

// sentenceLine is the line a sentence starts on (where its notes sit).
func (r *rendering) sentenceLine(s int) int {
	if s < 0 || s >= r.nSent {
		return 0
	}
	return int(r.sentLine[s])
}

// flagPos is the position of flag f.
func (r *rendering) flagPos(f int) spanPos { return r.pos[r.nSent+f] }

// extraPos is the position of extra span i.
func (r *rendering) extraPos(i int) spanPos { return r.pos[r.nSent+r.nFlags+i] }

// linkPos is the position of link i's text.
func (r *rendering) linkPos(i int) spanPos { return r.pos[r.nSent+r.nFlags+r.nExtra+i] }
