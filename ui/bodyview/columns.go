package bodyview

import (
	"strings"

	"github.com/caveat-reader/caveat/cells"
)

// columns sets cells side by side, each padded to w cells, gap apart.
func columns(cols [][]string, w, gap int) []string {
	rows := 0
	for _, c := range cols {
		rows = max(rows, len(c))
	}
	out := make([]string, rows)
	for r := range rows {
		var b strings.Builder
		for i, c := range cols {
			if i > 0 {
				b.WriteString(strings.Repeat(" ", gap))
			}
			s := ""
			if r < len(c) {
				s = c[r]
			}
			b.WriteString(s)
			if i < len(cols)-1 {
				b.WriteString(strings.Repeat(" ", max(0, w-cells.StringWidth(s))))
			}
		}
		out[r] = b.String()
	}
	return out
}

// row sets one line of cells side by side.
func row(cells []string, w, gap int) string {
	cols := make([][]string, len(cells))
	for i, c := range cells {
		cols[i] = []string{c}
	}
	return columns(cols, w, gap)[0]
}

// wrapped is text wrapped to w cells, at most max lines (the last cut
// with an ellipsis), each styled by style.
func wrapped(text string, w, maxLines int, style func(...string) string) []string {
	lines := strings.Split(cells.Wrap(text, w, ""), "\n")
	if len(lines) > maxLines {
		lines = lines[:maxLines]
		lines[maxLines-1] = cells.Truncate(lines[maxLines-1], w-1, "") + "…"
	}
	for i := range lines {
		lines[i] = style(lines[i])
	}
	return lines
}
