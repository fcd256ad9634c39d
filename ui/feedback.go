package ui

import (
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// flashFor is how long a message stays in the footer when no key is
// pressed (a key clears it at once).
const flashFor = 3 * time.Second

// flashExpiredMsg clears the footer message of generation gen, unless a
// newer one has replaced it.
type flashExpiredMsg struct{ gen int }

// expireFlash starts the clock on a footer message that just appeared
// (not on an error, which stays until a key is pressed).
func (m *Model) expireFlash(before string) tea.Cmd {
	if m.flash == "" || m.flash == before || m.flashErr {
		return nil
	}
	m.flashGen++
	gen := m.flashGen
	return tea.Tick(flashFor, func(time.Time) tea.Msg { return flashExpiredMsg{gen} })
}

// idleKey is what the footer says for a key that does nothing here (its
// binding is off in this state), or "" for a key that acts.
func (m *Model) idleKey(msg tea.KeyPressMsg) string {
	k := m.keys
	d := m.current()
	noClaims := "select a claim first (" + k.Next.Help().Key + ")"
	for _, c := range []struct {
		b   key.Binding
		why string
	}{
		{k.Next, m.noClaimsReason(d)},
		{k.Prev, m.noClaimsReason(d)},
		{k.Mark, noClaims},
		{k.Note, noClaims},
		{k.Centre, noClaims},
		{k.Ledger, "this article names no sources"},
		{k.Scorecard, "no questions for this article"},
		{k.NextDoc, "only one article is open"},
		{k.PrevDoc, "only one article is open"},
		{k.Escape, "nothing to close"},
		{k.Focus, "no notes to move to"},
	} {
		if !c.b.Enabled() && slices.Contains(c.b.Keys(), msg.String()) && !m.anyEnabled(msg) {
			return msg.String() + ": " + c.why
		}
	}
	return ""
}

// anyEnabled reports whether an enabled binding answers msg (enter and
// esc belong to several).
func (m *Model) anyEnabled(msg tea.KeyPressMsg) bool {
	k := m.keys
	return key.Matches(msg, k.Next, k.Prev, k.Mark, k.Note, k.Centre, k.Ledger, k.Scorecard,
		k.NextDoc, k.PrevDoc, k.Escape, k.Focus, k.Open, k.Accept, k.Cancel)
}

// noClaimsReason says why n/N have nothing to walk.
func (m *Model) noClaimsReason(d *docView) string {
	if d == nil {
		return "the article is not open yet"
	}
	if len(d.claims.flags) == 0 {
		return "no claims in this article"
	}
	k := m.keys
	return "every kind with claims is hidden (" + k.Anon.Help().Key + " " + k.Denial.Help().Key + " " + k.Uncertain.Help().Key + " show them)"
}
