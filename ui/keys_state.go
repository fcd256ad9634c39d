package ui

import "charm.land/bubbles/v2/key"

// syncKeys enables the bindings that do something now, so help lists only
// those and a disabled key is a no-op. It runs after every message.
func (m *Model) syncKeys() {
	d := m.current()
	if d == nil || (m.panel == panelNone && len(d.claims.flags) == 0) {
		m.focus = focusText
	}
	k := &m.keys
	all := []*key.Binding{&k.Next, &k.Prev, &k.Anon, &k.Denial, &k.Uncertain, &k.Focus, &k.Up, &k.Down,
		&k.PageDown, &k.PageUp, &k.HalfDown, &k.HalfUp, &k.Top, &k.Bottom, &k.Centre, &k.NextDoc,
		&k.PrevDoc, &k.Help, &k.Quit, &k.Search, &k.Mark, &k.Note, &k.Index, &k.Ledger, &k.Scorecard,
		&k.Changes, &k.Compare, &k.Outlets,
		&k.Escape, &k.Open, &k.Accept, &k.Cancel, &k.Interrupt, &k.Copy, &k.OpenLink, &k.Links}
	for _, b := range all {
		b.SetEnabled(false)
	}
	switch m.mode {
	case modeSearch, modeNote:
		m.syncInputKeys()
	case modeIndex:
		m.syncIndexKeys()
	case modeSide:
		for _, b := range []*key.Binding{&k.Escape, &k.Help, &k.Quit} {
			b.SetEnabled(true)
		}
		k.Escape.SetHelp(k.Escape.Help().Key, "back")
	case modeFeed:
	default:
		m.syncReadKeys(d)
		m.syncFeedKeys(d)
	}
}

// syncInputKeys: while typing, only enter, esc and ctrl+c act.
func (m *Model) syncInputKeys() {
	k := &m.keys
	k.Accept.SetEnabled(true)
	k.Cancel.SetEnabled(true)
	k.Interrupt.SetEnabled(true)
	k.Accept.SetHelp(k.Accept.Help().Key, map[bool]string{true: "search", false: "save note"}[m.mode == modeSearch])
}

// syncIndexKeys: the index moves, opens, and goes back.
func (m *Model) syncIndexKeys() {
	k := &m.keys
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.Open, &k.Index, &k.Escape, &k.Help, &k.Quit} {
		b.SetEnabled(true)
	}
	k.Compare.SetEnabled(len(m.readyDocs()) > 1)
	k.Outlets.SetEnabled(true)
	k.Escape.SetHelp(k.Escape.Help().Key, "back")
}

// syncReadKeys: the reading keys, by what the article has and what is on.
func (m *Model) syncReadKeys(d *docView) {
	k := &m.keys
	k.Help.SetEnabled(true)
	k.Quit.SetEnabled(true)
	k.Index.SetEnabled(true)
	multi := len(m.sess.slots) > 1
	k.NextDoc.SetEnabled(multi)
	k.PrevDoc.SetEnabled(multi)
	if d == nil {
		return
	}
	for _, b := range []*key.Binding{&k.Anon, &k.Denial, &k.Uncertain, &k.Up, &k.Down, &k.PageDown, &k.PageUp,
		&k.HalfDown, &k.HalfUp, &k.Top, &k.Bottom, &k.Search} {
		b.SetEnabled(true)
	}
	a := d.analysis()
	k.Ledger.SetEnabled(len(a.Sources) > 0)
	k.Scorecard.SetEnabled(len(a.Checks) > 0)
	k.Changes.SetEnabled(d.versions != nil)
	k.Mark.SetEnabled(d.sel >= 0)
	k.Note.SetEnabled(d.sel >= 0)
	k.Copy.SetEnabled(d.sel >= 0)
	// Like o, the links are found when u is pressed.
	k.Links.SetEnabled(d.doc.Article.Markdown)
	// Whether there is a link is found when o is pressed: finding the
	// links parses the article, too slow for every message.
	k.OpenLink.SetEnabled(m.opts.OpenURL != nil)
	k.Focus.SetEnabled(len(d.claims.flags) > 0 || m.panel != panelNone)
	k.Centre.SetEnabled(d.sel >= 0 || m.panel != panelNone)
	k.Escape.SetEnabled(d.search != nil || m.panel != panelNone)
	m.syncStepKeys(d)
}

// syncStepKeys names what n/N move through now: matches, the sentences of
// the panel's chosen item, or the claims of the kinds shown.
func (m *Model) syncStepKeys(d *docView) {
	k := &m.keys
	what, on := "claim", false
	switch {
	case d.search != nil:
		what, on = "match", true
		k.Escape.SetHelp(k.Escape.Help().Key, "end search")
	case m.panel != panelNone && len(m.chosenSentences(d)) > 0:
		what, on = "sentence", true
		k.Escape.SetHelp(k.Escape.Help().Key, "close panel")
	default:
		k.Escape.SetHelp(k.Escape.Help().Key, "close panel")
		for i, n := range d.claims.counts {
			on = on || (n > 0 && !m.hidden[i])
		}
	}
	k.Next.SetEnabled(on)
	k.Prev.SetEnabled(on)
	k.Next.SetHelp(k.Next.Help().Key, "next "+what)
	k.Prev.SetHelp(k.Prev.Help().Key, "prev "+what)
	if m.panel != panelNone {
		k.Centre.SetHelp(k.Centre.Help().Key, "go to sentence")
	} else {
		k.Centre.SetHelp(k.Centre.Help().Key, "show sentence")
	}
}
