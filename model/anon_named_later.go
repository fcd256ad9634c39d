package model

import stream "github.com/caveat-reader/caveat/model/text"

// dropNamedLater removes the anonymous_source flags of a single unnamed
// person introduced by an indefinite ("A California transit chief says
// …") whose role word later stands as the title before a name ("Police
// Chief Ed Alvarez told reporters"): one source unnamed at first and
// named later is not anonymous (annotation guide, "More cases, decided").
// A plural group of which one member is named stays anonymous, so only
// singular heads are read. One pass over the sentences after the first
// such flag, whatever the number of flags: linear in the text.
func (z *analyzer) dropNamedLater() {
	heads := map[string]int{} // role word -> sentence of its first candidate flag
	first := -1
	for _, f := range z.a.Flags {
		if f.Rule != "anon.unnamed_person" {
			continue
		}
		w := z.lower[f.Cue.Start:f.Cue.End]
		if isPlural(w) || !z.indefiniteCue(f) {
			continue
		}
		if _, ok := heads[w]; !ok {
			heads[w] = f.Sentence
		}
		if first < 0 || f.Sentence < first {
			first = f.Sentence
		}
	}
	if first < 0 {
		return
	}
	named := map[string]int{} // role word -> last sentence where it titles a name
	var toks []stream.Token
	for s := first + 1; s < len(z.a.Sentences); s++ {
		sp := z.a.Sentences[s].Span
		toks = stream.TokenizeLowered(z.text, z.lower, stream.Span{Start: sp.Start, End: sp.End}, toks[:0])
		for k := 1; k+1 < len(toks); k++ {
			t, n := toks[k], toks[k+1]
			if _, ok := heads[t.Lower]; ok && t.Word && t.Cap && !t.Caps && n.Word && n.Cap && !n.Caps {
				named[t.Lower] = s // "Chief Ed Alvarez", mid-sentence
			}
		}
	}
	if len(named) == 0 {
		return
	}
	kept := z.a.Flags[:0]
	for _, f := range z.a.Flags {
		if f.Rule == "anon.unnamed_person" {
			w := z.lower[f.Cue.Start:f.Cue.End]
			if s, ok := named[w]; ok && s > f.Sentence && z.indefiniteCue(f) {
				continue
			}
		}
		kept = append(kept, f)
	}
	z.a.Flags = kept
}

// indefiniteCue: the flag's span opens with an indefinite ("a", "an",
// "one"): a person introduced, not referred back to.
func (z *analyzer) indefiniteCue(f Flag) bool {
	toks := stream.TokenizeLowered(z.text, z.lower, stream.Span{Start: f.Span.Start, End: f.Cue.Start}, z.laterBuf[:0])
	z.laterBuf = toks
	if len(toks) == 0 {
		return false
	}
	switch toks[0].Lower {
	case "a", "an", "one":
		return true
	}
	return false
}
