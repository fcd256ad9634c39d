package ledger

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestAttributions runs the ledger over the short passages of
// testdata/attributions.tsv and checks who one sentence of each rests on,
// and as what type of source.
func TestAttributions(t *testing.T) {
	for _, line := range dataLines(t, "testdata/attributions.tsv", 5) {
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("malformed line %q", line)
		}
		si, err := strconv.Atoi(cols[1])
		if err != nil {
			t.Fatalf("malformed sentence index in %q", line)
		}
		var paras [][]string
		for _, p := range strings.Split(cols[0], " // ") {
			paras = append(paras, strings.Split(p, " / "))
		}
		fx := newFixture(t, paras)
		fx.build()
		var got []string
		for _, s := range fx.res.Sources {
			for _, k := range s.Sentences {
				if k == si {
					got = append(got, fmt.Sprintf("%s (%s)", s.Description, s.Type))
				}
			}
		}
		g := "-"
		if len(got) > 0 {
			g = strings.Join(got, " | ")
		}
		if g != cols[2] {
			t.Errorf("%q sentence %d\n got  %s\n want %s", cols[0], si, g, cols[2])
		}
	}
}
