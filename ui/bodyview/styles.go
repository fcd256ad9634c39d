package bodyview

import "charm.land/lipgloss/v2"

// Styles are the compare view's, built by the root from its own so that
// the kinds keep the reader's colours and symbols.
type Styles struct {
	// Kinds style each reader kind's symbol; Symbols are the symbols
	// (◌ ✕ ≈), both in model.ReaderKinds order.
	Kinds   [3]lipgloss.Style
	Symbols [3]string
	Heading lipgloss.Style
	Text    lipgloss.Style
	// Unnamed marks a cell whose claim rests on unnamed sources only;
	// Named one that names its source.
	Unnamed lipgloss.Style
	Named   lipgloss.Style
	Dim     lipgloss.Style
	// Removed and Added style the words an edit took out and put in;
	// with Markers (no colour) they are also bracketed [-…-] and {+…+},
	// so an edit reads without styling.
	Removed, Added lipgloss.Style
	Markers        bool
}
