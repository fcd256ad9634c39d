package model

import "github.com/caveat-reader/caveat/model/attribution"

// dropNamedLater removes the anonymous_source flags of a single unnamed
// person named later in the story (attribution.NamedLater), before the
// flags are sorted: the detector reads them in the order it found them.
func (z *analyzer) dropNamedLater() {
	sents := z.a.Sentences
	drop := attribution.NamedLater(z.text, z.unnamedPersonFlags, len(sents), func(i int) int { return sents[i].Span.End })
	if drop == nil {
		return
	}
	kept, u := z.a.Flags[:0], 0
	for _, f := range z.a.Flags {
		if f.Rule == "anon.unnamed_person" {
			u++
			if drop[u-1] {
				continue
			}
		}
		kept = append(kept, f)
	}
	z.a.Flags = kept
}

// unnamedPersonFlags yields the anon.unnamed_person flags in the order
// they were found, as attribution.NamedLater reads them.
func (z *analyzer) unnamedPersonFlags(yield func(attribution.Unnamed) bool) {
	for _, f := range z.a.Flags {
		if f.Rule != "anon.unnamed_person" {
			continue
		}
		if !yield(attribution.Unnamed{
			Sentence: f.Sentence,
			Span:     attribution.Span{Start: f.Span.Start, End: f.Span.End},
			Cue:      attribution.Span{Start: f.Cue.Start, End: f.Cue.End},
		}) {
			return
		}
	}
}
