package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/reading"
)

// restoredMsg carries what the store remembered of one opened article.
type restoredMsg struct {
	index int
	saved reading.Saved
	err   error
}

// restoreCmd asks the store, off the UI loop, what it remembers of the
// article just opened in slot i.
func restoreCmd(st Store, i int, d reading.Doc) tea.Cmd {
	return func() tea.Msg {
		var s reading.Saved
		err := guard("load saved state", func() error {
			var err error
			s, err = st.Load(d)
			return err
		})
		return restoredMsg{index: i, saved: s, err: err}
	}
}

// guard runs a store call, turning a panic in it into an error: the
// reader must outlive a broken database or adapter.
func guard(what string, fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", what, r)
		}
	}()
	return fn()
}

// restored applies what the store remembered to its article.
func (m *Model) restored(msg restoredMsg) {
	if msg.index < 0 || msg.index >= len(m.sess.slots) {
		return
	}
	d := m.sess.slots[msg.index].view
	if d == nil {
		return
	}
	if msg.err != nil {
		// Nothing restored; saving still goes ahead, the user's new
		// marks are worth keeping.
		d.restored = true
		m.setError("could not restore saved marks", msg.err)
		return
	}
	d.applySaved(msg.saved)
}

// savePosition saves where the reader is in d, if it has been shown and
// the store has answered (else the saved place would be overwritten by
// the top of the article).
func (m *Model) savePosition(d *docView) {
	if m.opts.Store == nil || d == nil || d.r == nil || !d.restored {
		return
	}
	off := d.topOffset()
	if d.wantTop >= 0 {
		// The reader is headed past what is rendered yet (a saved
		// place): that place, not the clamped top, is where they are.
		off = d.wantTop
	}
	err := guard("save position", func() error { return m.opts.Store.SavePosition(*d.doc, off) })
	m.setError("could not save the reading position", err)
}

// saveMark saves a mark as it changes. It runs on the UI loop: a mark is
// one row, written only when the user marks, and in order, so that two
// quick presses of m cannot land in the wrong order.
func (m *Model) saveMark(d *docView, mk reading.Mark) {
	if m.opts.Store == nil {
		return
	}
	err := guard("save mark", func() error { return m.opts.Store.SaveMark(*d.doc, mk) })
	m.setError("could not save the mark", err)
}

// setError shows a failed store call in the footer; nil does nothing.
func (m *Model) setError(what string, err error) {
	if err == nil {
		return
	}
	m.flash = what + ": " + articles.VisibleLine(err.Error())
	m.flashErr = true
}
