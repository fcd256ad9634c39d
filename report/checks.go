package report

import (
	"cmp"
	"slices"

	"github.com/caveat-reader/caveat/model"
)

// CheckOrder is the order a scorecard is read in, as indices into cs: the
// raised questions first, since they are the ones a checker has to act
// on, and within each group the question resting on the most sentences
// first, since it puts the most of the article in doubt; ties keep the
// model's order (the standards' order, from the source to the whole
// article). A share is not a ranking: "4 of 4 unnamed sources" and "1 of
// 5" rank by the sentences behind them, not by 100% against 20%. The JSON
// contract keeps the model's order.
func CheckOrder(cs []model.Check) []int {
	order := make([]int, len(cs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		if cs[a].Raised != cs[b].Raised {
			if cs[a].Raised {
				return -1
			}
			return 1
		}
		return cmp.Compare(len(cs[b].Sentences), len(cs[a].Sentences))
	})
	return order
}
