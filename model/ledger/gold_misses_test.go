package ledger_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model"
)

// logLedgerMisses prints, when LEDGER_MISSES is set, each gold source of
// an article with the predicted source matched to it, the gold sentences
// that source lacks, and every predicted pair the metric counts wrong:
// the lines to read when tuning (the tuning sets only; never the blind).
func logLedgerMisses(t *testing.T, a *model.Analysis, sources []ledgerGoldSource) {
	t.Helper()
	if os.Getenv("LEDGER_MISSES") == "" {
		return
	}
	m := matchLedger(a, sources)
	predOf := make([]int, len(sources))
	for i := range predOf {
		predOf[i] = -1
	}
	for p, g := range m.goldOf {
		if g >= 0 {
			predOf[g] = p
		}
	}
	sent := func(i int) string {
		s := strings.Join(strings.Fields(a.SentenceText(i)), " ")
		if len(s) > 150 {
			s = s[:150] + "…"
		}
		return s
	}
	var b strings.Builder
	for g, s := range sources {
		got := "(unmatched)"
		if p := predOf[g]; p >= 0 {
			got = fmt.Sprintf("%q %s", a.Sources[p].Description, a.Sources[p].Type)
		}
		fmt.Fprintf(&b, "  GOLD %s (%s) <- %s\n", s.Key, s.Type, got)
		for _, r := range s.Sentences {
			if p := predOf[g]; p < 0 || !m.pred[p][r[0]] {
				fmt.Fprintf(&b, "     miss #%d %s\n", r[0], sent(r[0]))
			}
		}
	}
	for p, src := range a.Sources {
		for _, si := range src.Sentences {
			if g := m.goldOf[p]; g >= 0 && m.gold[g][si] {
				continue
			}
			fmt.Fprintf(&b, "  FP %q (%s) #%d %s\n", src.Description, src.Type, si, sent(si))
		}
	}
	for _, src := range a.Sources {
		var ms []string
		for _, sp := range src.Mentions {
			ms = append(ms, a.Text[sp.Start:sp.End])
		}
		fmt.Fprintf(&b, "  PRED %q (%s) %v %q\n", src.Description, src.Type, src.Sentences, ms)
	}
	t.Logf("misses:\n%s", b.String())
}
