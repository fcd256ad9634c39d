package cells_test

import (
	"testing"

	"github.com/caveat-reader/caveat/cells"
)

// TestCellsTruncateCutsByCodePoint: a line of clusters wider drawn than
// counted (Devanagari conjuncts, Thai sara am) is cut to the cells it is
// drawn in, styling kept.
func TestCellsTruncateCutsByCodePoint(t *testing.T) {
	line := "\x1b[1mx \u0915\u094d\u0937\u0915\u094d\u0937\u0915\u094d\u0937 \u0e01\u0e33\u0e01\u0e33 end\x1b[0m"
	for n := 1; n <= cells.StringWidth(line); n++ {
		got := cells.Truncate(line, n, "…")
		if w := cells.StringWidth(got); w > n {
			t.Errorf("Truncate to %d cells: %d cells: %q", n, w, got)
		}
	}
	if got := cells.Truncate(line, 100, "…"); got != line {
		t.Errorf("a line that fits was changed: %q", got)
	}
}
