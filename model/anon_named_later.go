package model

import (
	"sort"
	"strings"

	"github.com/caveat-reader/caveat/model/attribution"
	stream "github.com/caveat-reader/caveat/model/text"
)

// dropNamedLater removes the anonymous_source flags of a single unnamed
// person introduced by an indefinite ("A California transit chief says
// …") whose role word later stands as the title before a name ("Police
// Chief Ed Alvarez told reporters"): one source unnamed at first and
// named later is not anonymous (annotation guide, "More cases, decided").
// A plural group of which one member is named stays anonymous, so only
// singular heads are read. One byte scan of the text after the first
// such flag per distinct role word, at most maxLaterHeads of them
// whatever the number of flags: linear in the text.
func (z *analyzer) dropNamedLater() {
	const maxLaterHeads = 16
	heads := map[string]int{} // role word -> sentence of its first candidate flag
	first := -1
	for _, f := range z.a.Flags {
		if f.Rule != "anon.unnamed_person" {
			continue
		}
		w := toLower(z.text[f.Cue.Start:f.Cue.End])
		if w == "" || attribution.IsPlural(w) || !z.indefiniteCue(f) {
			continue
		}
		if _, ok := heads[w]; !ok {
			if len(heads) == maxLaterHeads {
				continue
			}
			heads[w] = f.Sentence
		}
		if first < 0 || f.Sentence < first {
			first = f.Sentence
		}
	}
	if first < 0 {
		return
	}
	// The role word capitalised before a capitalised word ("Chief Ed"),
	// found by a byte scan per role word: the candidate words are few (a
	// class's), and tokenizing the rest of the text again would cost as
	// much as the first reading.
	named := map[string]int{} // role word -> last sentence where it titles a name
	from := z.a.Sentences[first].Span.End
	for w, at := range heads {
		title := strings.ToUpper(w[:1]) + w[1:]
		for k := from; ; {
			j := strings.Index(z.text[k:], title)
			if j < 0 {
				break
			}
			j += k
			k = j + len(title)
			if z.titleAt(j, k) {
				if s := z.sentenceAt(j); s > at {
					named[w] = s
				}
			}
		}
	}
	if len(named) == 0 {
		return
	}
	kept := z.a.Flags[:0]
	for _, f := range z.a.Flags {
		if f.Rule == "anon.unnamed_person" {
			w := toLower(z.text[f.Cue.Start:f.Cue.End])
			if s, ok := named[w]; ok && s > f.Sentence && !attribution.IsPlural(w) && z.indefiniteCue(f) {
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
	toks := stream.Tokenize(z.text, stream.Span{Start: f.Span.Start, End: f.Cue.Start}, z.laterBuf[:0])
	z.laterBuf = toks
	if len(toks) == 0 {
		return false
	}
	return attribution.IsSingleIndefinite(toks[0].Lower)
}

// titleAt: text[j:k] is a whole word, inside a sentence (a letter or
// mark before it, not a line start), followed by a space and a
// capitalised word that is not all capitals: "Police Chief Ed Alvarez".
func (z *analyzer) titleAt(j, k int) bool {
	t := z.text
	if j < 2 || k+2 >= len(t) || isLetter(t[j-1]) || t[j-1] == '\n' || t[j-2] == '.' || isLetter(t[k]) {
		return false
	}
	return t[k] == ' ' && t[k+1] >= 'A' && t[k+1] <= 'Z' && t[k+2] >= 'a' && t[k+2] <= 'z'
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// sentenceAt returns the sentence holding byte j (segments are sorted).
func (z *analyzer) sentenceAt(j int) int {
	ss := z.a.Sentences
	return sort.Search(len(ss), func(i int) bool { return ss[i].Span.End > j })
}
