package report

import (
	"fmt"

	"github.com/caveat-reader/caveat/model"
)

// marker is one numbered reader flag: A1, D2, U3…
type marker struct {
	Label string
	Flag  model.Flag
}

// numberFlags numbers the reader kinds' flags per kind in text order,
// leaving out the other kinds.
func numberFlags(flags []model.Flag) []marker {
	count := map[model.Kind]int{}
	out := make([]marker, 0, len(flags))
	for _, f := range flags {
		if !f.Kind.Scored() {
			continue
		}
		count[f.Kind]++
		out = append(out, marker{Label: fmt.Sprintf("%s%d", f.Kind.Letter(), count[f.Kind]), Flag: f})
	}
	return out
}
