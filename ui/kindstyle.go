package ui

import (
	"github.com/caveat-reader/caveat/model"
)

// kindSymbol is the one-cell symbol of each reader kind, so that kinds read
// without colour (NO_COLOR, monochrome terminals, screen readers of the
// text). Shared with the piped renderer and the report.
func kindSymbol(k model.Kind) string {
	switch k {
	case model.AnonymousSource:
		return "◌" // an outline with nobody inside: a source without a name
	case model.Denial:
		return "✕"
	case model.Uncertainty:
		return "≈"
	case model.NoComment:
		return "∅"
	}
	return "·"
}

// kindIndex is the position of a reader kind in model.ReaderKinds (and so
// in the 1 2 3 filter keys), or -1 for the other kinds.
func kindIndex(k model.Kind) int {
	for i, rk := range model.ReaderKinds {
		if rk == k {
			return i
		}
	}
	return -1
}

// kindLabel is "◌ Anonymous": symbol and word, how a note names its kind.
func kindLabel(k model.Kind) string {
	return kindSymbol(k) + " " + k.Label()
}
