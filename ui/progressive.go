package ui

import (
	"runtime"

	tea "charm.land/bubbletea/v2"
)

// A long article is shown before all of it is laid out (glamour takes
// about a second per megabyte per core, wrapping and measuring plain text
// a tenth of that): layout lays out the first pieces,
// enough to cover the screen where the reader will be, and the rest is
// rendered in a background command. Pieces are rendered on their own in
// either case, so the partial rendering's lines are exactly the first
// lines of the full one, and installing the full rendering keeps the
// screen as it is. Each layout bumps the doc's render generation; a full
// rendering arriving for an older one (the window was resized, a search
// began, the background changed) is dropped.

// pendingRender is the background half of a partial rendering.
type pendingRender struct {
	job    *renderJob
	chunks []chunk
	// outs are the pieces rendered for the partial rendering (the first
	// len(outs) of chunks).
	outs []string
	gen  int
	// sent is set once the command is handed to Bubble Tea.
	sent bool
}

// renderedMsg brings a full rendering made in the background.
type renderedMsg struct {
	d   *docView
	gen int
	r   *rendering
}

// renderPartial lays out an article, a long one only as far as the
// screen needs: the lines holding the byte offsets in need, and height
// lines after them (a short one is one piece, laid out whole). Markdown
// glamour refused is laid out as plain text, the same way.
func (d *docView) renderPartial(j *renderJob, height int, need []int) *rendering {
	chunks := j.chunks()
	var outs []string
	// Each try lays out at least twice as many pieces as the last (and one
	// per core more), so reaching a place far in (a saved position, the
	// end for G after a resize) costs about twice its text, not the square
	// of its number of pieces.
	for k := 1; ; k = min(len(chunks), max(2*k, k+runtime.GOMAXPROCS(0))) {
		more, err := j.layChunks(chunks[len(outs):k])
		if err != nil {
			return d.renderPartial(j.asPlain(), height, need)
		}
		outs = append(outs, more...)
		r := j.build(joinChunks(outs))
		if k == len(chunks) {
			if j.markdown {
				r = j.fitting(r)
			}
			return r
		}
		if d.covers(r, height, need) {
			done := 0
			for _, c := range chunks[:k] {
				done += c.size
			}
			total := done
			for _, c := range chunks[k:] {
				total += c.size
			}
			r.partial = true
			r.total = max(len(r.lines), int(int64(len(r.lines))*int64(total)/int64(done)))
			d.pending = &pendingRender{job: j, chunks: chunks, outs: outs, gen: d.renderGen}
			return r
		}
	}
}

// covers reports whether partial rendering r shows the text at each
// offset in need and height lines after it.
func (d *docView) covers(r *rendering, height int, need []int) bool {
	if len(r.lines) <= height {
		return false
	}
	for _, off := range need {
		s := d.sentenceAt(off)
		if s < 0 {
			continue
		}
		if p := r.pos[s]; !p.ok || p.l1+height >= len(r.lines) {
			return false
		}
	}
	return true
}

// neededOffsets are the places the first frame after a layout shows: the
// saved position or the text at the top, and the current search match.
func (d *docView) neededOffsets() []int {
	var need []int
	switch {
	case d.pendingTop >= 0:
		need = append(need, d.pendingTop)
	case d.wantTop >= 0:
		need = append(need, d.wantTop)
	case d.r != nil:
		need = append(need, d.topOffset())
	}
	if d.search != nil && d.search.cur >= 0 && d.search.cur < len(d.search.matches) {
		need = append(need, d.search.matches[d.search.cur].Start)
	}
	return need
}

// run renders the rest of the article and builds the full rendering; it
// is the body of the background command.
func (p *pendingRender) run(d *docView) tea.Msg {
	j := p.job
	rest, err := j.layChunks(p.chunks[len(p.outs):])
	if err != nil {
		// Glamour refused a later piece: the whole article is shown as
		// plain text, as a refused short one is.
		return renderedMsg{d: d, gen: p.gen, r: j.plain()}
	}
	all := make([]string, 0, len(p.chunks))
	lines := joinChunks(append(append(all, p.outs...), rest...))
	return renderedMsg{d: d, gen: p.gen, r: j.build(lines)}
}

// renderCmds are the background renders started by this message's
// layouts, each handed out once.
func (m *Model) renderCmds() []tea.Cmd {
	var cmds []tea.Cmd
	for _, sl := range m.sess.slots {
		d := sl.view
		if d == nil || d.pending == nil || d.pending.sent {
			continue
		}
		p := d.pending
		p.sent = true
		cmds = append(cmds, func() tea.Msg { return p.run(d) })
	}
	return cmds
}

// install puts a full rendering in the partial one's place, if it is for
// the current layout; the lines on screen are the same in both, so the
// pane stays where it is. A place the partial rendering could not show (a
// saved position, the end for G, a selected claim or search match further
// on) is scrolled to now.
func (d *docView) install(msg renderedMsg) bool {
	if d.pending == nil || msg.gen != d.renderGen || d.r == nil || !d.r.partial {
		return false
	}
	old := d.r
	d.r, d.pending = msg.r, nil
	if d.search == nil {
		d.base = msg.r
	}
	top := d.vp.YOffset()
	d.vp.SetLines(len(d.r.lines))
	d.vp.SetYOffset(top)
	switch {
	case d.wantTop >= 0:
		d.scrollToOffset(d.wantTop)
	case d.wantEnd:
		d.vp.GotoBottom()
	case d.sel >= 0 && !old.pos[d.analysis().Flags[d.selFlag()].Sentence].ok:
		d.toThird()
	case d.search != nil && d.search.cur >= 0 && !old.extraPos(d.search.cur).ok:
		d.showMatch()
	}
	d.wantTop, d.wantEnd = -1, false
	return true
}
