package feedview

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/list"
	"charm.land/lipgloss/v2"
)

// Styles are the feed view's, built by the root from its own so that the
// kinds have the reader's colours and symbols.
type Styles struct {
	Dark bool
	// Kinds style each reader kind's symbol and count; Symbols are the
	// symbols (◌ ✕ ≈), in model.ReaderKinds order.
	Kinds   [3]lipgloss.Style
	Symbols [3]string
	Title   lipgloss.Style
	Meta    lipgloss.Style
	// Read dims the rows of items already opened.
	Read    lipgloss.Style
	Dim     lipgloss.Style
	Error   lipgloss.Style
	Notice  lipgloss.Style
	Sel     lipgloss.Style
	Bar     lipgloss.Style
	BarRest lipgloss.Style
	Help    help.Styles
}

// listStyles are the bubbles list's own, for the background.
func (s Styles) listStyles() list.Styles { return list.DefaultStyles(s.Dark) }
