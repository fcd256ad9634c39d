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
	kept, u := z.flags[:0], 0
	unnamed := uint16(lex.rule("anon.unnamed_person").Rank)
	for _, f := range z.flags {
		if f.rule == unnamed {
			u++
			if drop[u-1] {
				continue
			}
		}
		kept = append(kept, f)
	}
	z.flags = kept
}

// unnamedPersonFlags yields the anon.unnamed_person flags in the order
// they were found, as attribution.NamedLater reads them.
func (z *analyzer) unnamedPersonFlags(yield func(attribution.Unnamed) bool) {
	unnamed := uint16(lex.rule("anon.unnamed_person").Rank)
	for _, f := range z.flags {
		if f.rule != unnamed {
			continue
		}
		if !yield(attribution.Unnamed{
			Sentence: int(f.sent),
			Span:     attribution.Span{Start: int(f.span.Start), End: int(f.span.End)},
			Cue:      attribution.Span{Start: int(f.cue.Start), End: int(f.cue.End)},
		}) {
			return
		}
	}
}
