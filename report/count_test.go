package report

import (
	"testing"

	"github.com/caveat-reader/caveat/model"
)

// A count agrees with its noun.
func TestCount(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0 matches"}, {1, "1 match"}, {2, "2 matches"}, {11, "11 matches"}, {-1, "-1 match"}} {
		if got := Count(c.n, "match", "matches"); got != c.want {
			t.Errorf("Count(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}

// The scorecard reads raised questions first, each group by the sentences
// behind it, ties in the model's order.
func TestCheckOrder(t *testing.T) {
	cs := []model.Check{
		{ID: "a", Raised: false, Sentences: []int{1, 2, 3, 4}},
		{ID: "b", Raised: true, Sentences: []int{1}},
		{ID: "c", Raised: true, Sentences: []int{1, 2, 3}},
		{ID: "d", Raised: false, Sentences: nil},
		{ID: "e", Raised: true, Sentences: []int{5}},
	}
	var got string
	for _, i := range CheckOrder(cs) {
		got += cs[i].ID
	}
	if want := "cbead"; got != want {
		t.Errorf("order %s, want %s", got, want)
	}
}
