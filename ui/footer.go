package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/model"
)

// statusView is the footer's first line: counts per kind (a hidden kind
// struck through and marked "off"), which claim is selected, where focus
// is, and how the other inputs of the session are doing.
func statusView(st *Styles, s *session, hidden [3]bool, focus focusArea, width int) string {
	var parts []string
	if d := s.current().view; d != nil {
		for i, k := range model.ReaderKinds {
			label := fmt.Sprintf("%s %d", kindLabel(k), d.claims.counts[i])
			if hidden[i] {
				parts = append(parts, st.FilterOff.Render(label)+st.Dim.Render(" off"))
				continue
			}
			parts = append(parts, st.Mark(k).Render(label))
		}
		if d.sel >= 0 {
			parts = append(parts, fmt.Sprintf("claim %d/%d", d.sel+1, len(d.claims.flags)))
		}
		if focus == focusNotes {
			parts = append(parts, st.Focus.Render("notes"))
		}
	}
	if n := s.count(slotLoading); n > 0 {
		parts = append(parts, fmt.Sprintf("%s %d loading", s.spinner.View(), n))
	}
	if n := s.count(slotFailed); n > 0 {
		parts = append(parts, st.Error.Render(fmt.Sprintf("%d failed", n)))
	}
	return ansi.Truncate(strings.Join(parts, "  "), width, "…")
}

// helpView is the key hints: bubbles help, short or full.
func helpView(h help.Model, keys KeyMap, width int) string {
	h.SetWidth(width)
	return h.View(keys)
}
