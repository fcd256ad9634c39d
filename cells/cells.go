// Package cells is the one measure of drawn width on a terminal: every
// width, cut and wrap of a line in ui and its components, and in the
// reports printed rather than shown (report), goes through it.
// Widths are per code point, as Bubble Tea's
// renderer places cells until the terminal confirms grapheme clustering
// (mode 2027, often never: tmux 3.3 does not answer) and as most
// terminals draw. Shown text holds only characters on which per-code-point
// and per-cluster widths agree (articles.Visible, articles/cells.go), so
// a terminal that does confirm clustering draws the same layout, and
// Lip Gloss, Glamour and Bubbles, which measure clusters, agree with it.
package cells

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// StringWidth is the cells s takes on screen (ANSI sequences take none).
func StringWidth(s string) int { return ansi.StringWidthWc(s) }

// Wrap wraps s to limit cells, at word boundaries where it can.
func Wrap(s string, limit int, breakpoints string) string {
	return ansi.WcWidth.Wrap(s, limit, breakpoints)
}

// Truncate cuts s to n cells. x/ansi's WcWidth.Truncate returns s uncut
// whenever its width by clusters fits, though by code points it may not
// (a Devanagari conjunct is one cell by cluster, two drawn): padding s
// past n by clusters makes it cut by code points.
func Truncate(s string, n int, tail string) string {
	if ansi.StringWidthWc(s) <= n {
		return s
	}
	return ansi.TruncateWc(s+strings.Repeat(" ", n+1), n, tail)
}
