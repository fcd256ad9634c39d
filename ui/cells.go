package ui

import "github.com/charmbracelet/x/ansi"

// cells is the one measure of drawn width in ui: every width, cut and
// wrap of a line goes through it. Per code point, as Bubble Tea's
// renderer places cells until the terminal confirms grapheme clustering
// (mode 2027, often never: tmux 3.3 does not answer) and as most
// terminals draw. Shown text holds only characters on which per-code-point
// and per-cluster widths agree (articles.Visible, articles/cells.go), so
// a terminal that does confirm clustering draws the same layout, and
// Lip Gloss, Glamour and Bubbles, which measure clusters, agree with it.
const cells = ansi.WcWidth
