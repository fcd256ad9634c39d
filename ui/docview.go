package ui

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// docView is one open article as the reader shows it: the doc and its
// claims, and beside them the parts each concern of the reader owns, as
// small structs of their own: the pane (layout, scroll, background
// layout, behind one layout key), the selection, the reader's
// annotations, the search, and what is derived from the doc on first use.
// Each article of a session keeps its own. docView is always used by
// pointer: the session owns it, and every part changes in place.
type docView struct {
	doc    *reading.Doc
	claims claims
	pane
	selection
	annotations
	searching
	derived
}

// selection is what is selected: the claim, and the items of the panels.
type selection struct {
	// sel is the selected claim (index into claims.flags), or -1.
	sel int
	// ledgerSel, checkSel and linkSel are the selected source (in ledger
	// order), question (in scorecard order) and link of the panels; hiAt
	// is the place among the selected item's sentences that n/N reached.
	ledgerSel, checkSel, linkSel, hiAt int
}

// annotations are what the reader and the store added to the article.
type annotations struct {
	// marks are the reader's marks by Analysis.Flags index.
	marks map[int]reading.Mark
	// restored is set once the store has answered (or there is none):
	// before that the position is not saved, so a quick switch cannot
	// overwrite the saved place with the top of the article.
	restored bool
	// notice is a message about this article shown in the footer until
	// the next key (the article changed since it was last read).
	notice string
	// versions is what changed in the sourcing since the version read
	// before, when the article changed and that version was kept.
	versions *compare.Versions
}

// searching is the committed search.
type searching struct {
	// search is the committed search, or nil.
	search *search
	// searchGen counts searches, to key the rendering.
	searchGen int
}

// derived is what is computed from the doc on first use and kept.
type derived struct {
	// checksCache is the scorecard's order.
	checksCache []int
	// ledgerCache is the ledger in panel order and attributed the number
	// of attributed sentences.
	ledgerCache []ledgerEntry
	attributed  int
	// notes caches the margin's notes as drawn.
	notes noteCache
	// linkCache is the article's web links.
	linkCache []articles.Link
	// words is the article's word count for the index, or -1.
	words int
}

func newDocView(d *reading.Doc) *docView {
	return &docView{doc: d, claims: newClaims(d.Analysis),
		pane:        pane{pendingTop: -1, wantTop: -1},
		selection:   selection{sel: -1},
		annotations: annotations{marks: map[int]reading.Mark{}, restored: true},
		derived:     derived{words: -1}}
}

// wordCount is the number of words of the text (runs of non-space), as
// strings.Fields counts them, without making the fields; counted once.
func (d *docView) wordCount() int {
	if d.words >= 0 {
		return d.words
	}
	text := d.analysis().Text
	n, in := 0, false
	for i := 0; i < len(text); {
		c := text[i]
		sp, size := asciiSpace[c] != 0, 1
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			sp = unicode.IsSpace(r)
		}
		if !sp && !in {
			n++
		}
		in = !sp
		i += size
	}
	d.words = n
	return n
}

// asciiSpace marks the ASCII bytes unicode.IsSpace is true of.
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1}

// analysis is the doc's analysis.
func (d *docView) analysis() *model.Analysis { return d.doc.Analysis }

// layout makes sure the doc is laid out for width and height, keeping the
// same text at the top of the pane across a change of width.
func (d *docView) layout(width, height int, st *Styles) {
	if key := (layoutKey{width, st.Dark, d.searchGen}); d.r == nil || d.key != key {
		anchor, frac := d.topAnchor()
		// A place a partial rendering could not reach yet is still where
		// the reader is going.
		want := d.wantTop
		d.r, d.key = d.render(width, height, st), key
		d.vp.SetHeight(height)
		d.vp.SetLines(len(d.r.lines))
		if d.pendingTop >= 0 {
			d.scrollToOffset(d.pendingTop)
			d.pendingTop = -1
			return
		}
		d.restoreTop(anchor, frac)
		switch {
		case want >= 0:
			d.scrollToOffset(want)
		case d.wantEnd:
			d.vp.GotoBottom()
			d.wantEnd = d.r.partial
		}
		return
	}
	if d.vp.Height() != height {
		top := d.vp.YOffset()
		d.vp.SetHeight(height)
		d.vp.SetYOffset(top)
	}
}

// render lays the text out at width, with the search's matches as extra
// spans when a search is on; the plain rendering is kept for reuse. A long
// article is laid out only as far as the next frame needs, the rest in the
// background (see progressive.go).
func (d *docView) render(width, height int, st *Styles) *rendering {
	need := d.neededOffsets()
	d.renderGen++
	d.pending, d.wantTop = nil, -1
	var extra []spanRef
	if d.search != nil {
		extra = d.search.spans()
	} else if d.base != nil && d.base.width == width && d.base.dark == st.Dark {
		return d.base
	}
	j := newRenderJob(d.analysis(), d.doc.Article.Markdown, width, st, d.claims.dim, extra)
	r := d.renderPartial(j, height, need)
	if d.search == nil && !r.partial {
		d.base = r
	}
	return r
}

// shown reports whether claim c is of a kind not filtered out.
func (d *docView) shown(c int, hidden [3]bool) bool {
	f := d.analysis().Flags[d.claims.flags[c]]
	return !hidden[kindIndex(f.Kind)]
}

// claimLine is the line of claim c's sentence.
func (d *docView) claimLine(c int) int {
	f := d.analysis().Flags[d.claims.flags[c]]
	return d.r.sentenceLine(f.Sentence)
}

// step selects the next (dir 1) or previous (dir -1) shown claim, going
// round at the ends; it reports whether it selected one and whether it
// went round. With nothing selected, or the selection scrolled out of
// view (G, the wheel), it goes on from the pane as less goes on with a
// search: n to the first claim at or below the top of the pane, N to the
// last one above it.
func (d *docView) step(dir int, hidden [3]bool) (ok, wrapped bool) {
	n := len(d.claims.flags)
	if n == 0 || d.r == nil {
		return false, false
	}
	top := d.vp.YOffset()
	c := d.sel + dir
	if l := d.claimLine(max(0, d.sel)); d.sel < 0 || l < top || l >= top+d.vp.Height() {
		c = d.firstClaimFrom(top)
		if dir < 0 {
			c--
		}
	}
	for i := 0; i < n; i++ {
		raw := c + dir*i
		if k := (raw%n + n) % n; d.shown(k, hidden) {
			d.sel, d.wantEnd = k, false
			return true, raw < 0 || raw >= n
		}
	}
	return false, false
}

// firstClaimFrom is the first claim whose sentence is on or after line l
// (claims are in text order, so their lines only grow).
func (d *docView) firstClaimFrom(l int) int {
	return sort.Search(len(d.claims.flags), func(c int) bool { return d.claimLine(c) >= l })
}

// shownPlace is the selected claim's place among the claims of the kinds
// shown, and how many those are: the footer's "claim 2/9".
func (d *docView) shownPlace(hidden [3]bool) (at, of int) {
	for i, n := range d.claims.counts {
		if !hidden[i] {
			of += n
		}
	}
	for c := 0; c <= d.sel && c < len(d.claims.flags); c++ {
		if d.shown(c, hidden) {
			at++
		}
	}
	return at, of
}

// dropHidden clears the selection when a filter hides its kind.
func (d *docView) dropHidden(hidden [3]bool) {
	if d.sel >= 0 && !d.shown(d.sel, hidden) {
		d.sel = -1
	}
}

// toThird scrolls the selected claim's sentence to a third of the way
// down the pane, where the eye lands.
func (d *docView) toThird() {
	if d.sel < 0 || d.r == nil {
		return
	}
	d.wantEnd = false
	d.vp.SetYOffset(d.claimLine(d.sel) - d.vp.Height()/3)
}

// ensureSelVisible scrolls as little as needed to show the selected
// claim's sentence.
func (d *docView) ensureSelVisible() {
	if d.sel < 0 || d.r == nil {
		return
	}
	l, h, top := d.claimLine(d.sel), d.vp.Height(), d.vp.YOffset()
	switch {
	case l < top:
		d.vp.SetYOffset(l)
	case l >= top+h:
		d.vp.SetYOffset(l - h + 1)
	}
}

// selFlag is the Analysis.Flags index of the selected claim, or -1.
func (d *docView) selFlag() int {
	if d.sel < 0 {
		return -1
	}
	return d.claims.flags[d.sel]
}
