package compare

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model"
)

// damStories is one story, the Kessel dam flood, as three outlets of our
// own invention tell it.
func damStories(t testing.TB) []*model.Analysis {
	var as []*model.Analysis
	for _, n := range []string{"a", "b", "c"} {
		b, err := os.ReadFile("testdata/dam-outlet-" + n + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, model.Analyze(string(b)))
	}
	return as
}

func claimKeys(st *Stories) []string {
	var out []string
	for _, c := range st.Claims {
		var parts []string
		for _, r := range c.Sentences {
			parts = append(parts, fmt.Sprintf("%c%d", 'A'+r.Article, r.Sentence))
		}
		out = append(out, strings.Join(parts, " "))
	}
	return out
}

// The shared claims, worked out by reading the three texts: the warning
// (all three), the report sent in March (A, B), the operator's denial of
// the warning (A, B; C's "rejected the criticism" shares no words of
// it), the toll (all three), the cause unknown for months (A, C). The
// headlines restate claims and are left out.
func TestStoriesAlignSharedClaims(t *testing.T) {
	st := Compare(damStories(t))
	want := []string{"A1 B1 C1", "A2 B2", "A3 B3", "A4 B4 C3", "A5 C4"}
	if got := claimKeys(st); !slices.Equal(got, want) {
		t.Fatalf("claims %v, want %v", got, want)
	}
}

// The threshold separates, on this story, every pair the test above
// joins from every other pair of sentences that are each other's best
// match (the pairs Compare could join).
func TestStoriesThreshold(t *testing.T) {
	as := damStories(t)
	same := map[[2]Ref]bool{}
	for _, c := range Compare(as).Claims {
		for _, x := range c.Sentences {
			for _, y := range c.Sentences {
				same[[2]Ref{x, y}] = true
			}
		}
	}
	sim := func(x, y Ref) float64 {
		a, b := contentWords(as[x.Article].SentenceText(x.Sentence)), contentWords(as[y.Article].SentenceText(y.Sentence))
		n := 0
		for _, w := range a {
			if slices.Contains(b, w) {
				n++
			}
		}
		return 2 * float64(n) / float64(len(a)+len(b))
	}
	lowestSame, highestOther := 1.0, 0.0
	for ai := range as {
		for bi := range as {
			if ai == bi {
				continue
			}
			for si := range as[ai].Sentences {
				x := Ref{ai, si}
				if headingLike(as[ai], si) {
					continue
				}
				for sj := range as[bi].Sentences {
					y := Ref{bi, sj}
					if headingLike(as[bi], sj) {
						continue
					}
					s := sim(x, y)
					if same[[2]Ref{x, y}] {
						lowestSame = min(lowestSame, s)
					} else if !same[[2]Ref{x, x}] || !same[[2]Ref{y, y}] {
						highestOther = max(highestOther, s)
					}
				}
			}
		}
	}
	t.Logf("joined pairs score >= %.2f; pairs with a side left unjoined <= %.2f; threshold %.2f", lowestSame, highestOther, SameClaimAt)
	if lowestSame < SameClaimAt || highestOther >= SameClaimAt {
		t.Errorf("joined pairs from %.2f, unjoined up to %.2f: the threshold %.2f does not separate them", lowestSame, highestOther, SameClaimAt)
	}
}

// Outlet A has the warning from unnamed officials only; B has it on the
// record from a named inspector.
func TestStoriesShowWhoHasAClaimOnTheRecord(t *testing.T) {
	st := Compare(damStories(t))
	warning := st.Claims[0].Sentences
	if !st.OnlyUnnamed(warning[0]) || st.OnlyUnnamed(warning[1]) {
		t.Fatalf("warning claim: A only unnamed %v (want true), B only unnamed %v (want false); sources A %v, B %v",
			st.OnlyUnnamed(warning[0]), st.OnlyUnnamed(warning[1]), st.Sources(warning[0]), st.Sources(warning[1]))
	}
	if k := st.Kinds(st.Claims[2].Sentences[0]); !slices.Contains(k, model.Denial) {
		t.Fatalf("the operator's denial in A has kinds %v", k)
	}
}
