package ui

import (
	"fmt"

	"github.com/caveat-reader/caveat/model"
)

// kindLetter is the marker letter of each reader kind in plain output.
var kindLetter = map[model.Kind]string{
	model.AnonymousSource: "A",
	model.Denial:          "D",
	model.Uncertainty:     "U",
}

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
		letter, ok := kindLetter[f.Kind]
		if !ok {
			continue
		}
		count[f.Kind]++
		out = append(out, marker{Label: fmt.Sprintf("%s%d", letter, count[f.Kind]), Flag: f})
	}
	return out
}
