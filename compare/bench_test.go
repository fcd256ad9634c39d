package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model"
)

// BenchmarkDiff diffs two versions of a long story, the second with a
// paragraph inserted and a sentence edited every 40 sentences, at 1,000
// and 10,000 sentences: ns/op growing tenfold between the two shows the
// diff linear in the number of sentences (sentence hashing; an edit is
// only weighed against a few neighbours, never all pairs).
func BenchmarkDiff(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		var old, new strings.Builder
		for i := range n {
			s := fmt.Sprintf("Officials said on day %d that the bridge may close for repairs.\n\n", i)
			old.WriteString(s)
			if i%40 == 0 {
				fmt.Fprintf(&new, "The bridge carried %d cars that week.\n\n", i)
				s = fmt.Sprintf("Deputy Mayor Ana Ruiz said on day %d that the bridge will close for repairs.\n\n", i)
			}
			new.WriteString(s)
		}
		a, c := model.Analyze(old.String()), model.Analyze(new.String())
		b.Run(fmt.Sprintf("%dsentences", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Diff(a, c)
			}
		})
	}
}

// BenchmarkCompare compares 4 and 40 articles of 250 sentences, each on
// its own subject but with the same run of claims: time per article
// should stay flat (an inverted index of content words, no all-pairs).
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{4, 40} {
		var as []*model.Analysis
		for a := range n {
			var sb strings.Builder
			for i := range 250 {
				fmt.Fprintf(&sb, "Outlet %d reports that the council of town%d voted %d times on the budget%d plan, officials said.\n\n", a, i, i, i)
			}
			as = append(as, model.Analyze(sb.String()))
		}
		b.Run(fmt.Sprintf("%darticles", n), func(b *testing.B) {
			b.ReportMetric(float64(n), "articles")
			for b.Loop() {
				Compare(as)
			}
		})
	}
}
