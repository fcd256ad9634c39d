package ui

import "github.com/caveat-reader/caveat/model"

// claims are the flags the reader walks with n/N and lists in the margin:
// the three reader kinds, in text order, leaving out anything inside a
// boilerplate sentence (an advert's "sources say" is not the article's).
type claims struct {
	// flags holds indices into Analysis.Flags.
	flags []int
	// of maps a flag index to its claim index, or -1.
	of []int
	// counts per reader kind (model.ReaderKinds order).
	counts [3]int
	// dim are the boilerplate flags, dimmed in the text.
	dim []int
}

func newClaims(a *model.Analysis) claims {
	boilerSent := map[int]bool{}
	var c claims
	for i, f := range a.Flags {
		if f.Kind == model.Boilerplate {
			boilerSent[f.Sentence] = true
			c.dim = append(c.dim, i)
		}
	}
	c.of = make([]int, len(a.Flags))
	for i, f := range a.Flags {
		c.of[i] = -1
		k := kindIndex(f.Kind)
		if k < 0 || boilerSent[f.Sentence] || !validFlag(a, f) {
			continue
		}
		c.of[i] = len(c.flags)
		c.flags = append(c.flags, i)
		c.counts[k]++
	}
	return c
}

// validFlag guards the reader against a flag whose offsets do not fit the
// text: it is skipped rather than crashing the screen.
func validFlag(a *model.Analysis, f model.Flag) bool {
	n := len(a.Text)
	return f.Span.Start >= 0 && f.Span.Start <= f.Span.End && f.Span.End <= n &&
		f.Cue.Start >= 0 && f.Cue.Start <= f.Cue.End && f.Cue.End <= n &&
		f.Sentence >= 0 && f.Sentence < len(a.Sentences)
}
