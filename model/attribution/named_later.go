package attribution

import (
	"iter"
	"sort"
	"strings"

	"github.com/caveat-reader/caveat/model/text"
)

// Unnamed is an anon.unnamed_person flag as NamedLater reads it: its
// sentence, its span and its cue (the head noun), as byte spans.
type Unnamed struct {
	Sentence  int
	Span, Cue Span
}

// maxLaterHeads bounds the distinct role words NamedLater scans the text
// for, whatever the number of flags.
const maxLaterHeads = 16

// NamedLater reports which of flags, the anon.unnamed_person flags of
// text src in the order they were found (a sequence, so that a long
// text's thousands of them are not copied), stand for a single unnamed
// person introduced by an indefinite ("A California transit chief says
// …") whose role word later stands as the title before a name ("Police
// Chief Ed Alvarez told reporters"): one source unnamed at first and
// named later is not anonymous (annotation guide, "More cases,
// decided"), so their flags are dropped: drop[i] for the i-th, nil when
// none is. A plural group of which one
// member is named stays anonymous, so only singular heads are read.
// sentenceEnd(i) is where sentence i of the n ends. One byte scan of
// the text after the first such flag per distinct role word, at most
// maxLaterHeads of them: linear in the text.
func NamedLater(src string, flags iter.Seq[Unnamed], n int, sentenceEnd func(i int) int) (drop []bool) {
	var buf []text.Token
	heads := map[string]int{} // role word -> sentence of its first candidate flag
	first := -1
	for f := range flags {
		w := text.LowerASCII(src[f.Cue.Start:f.Cue.End])
		if w == "" || IsPlural(w) || !indefiniteCue(src, f, &buf) {
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
		return nil
	}
	// The role word capitalised before a capitalised word ("Chief Ed"),
	// found by a byte scan per role word: the candidate words are few (a
	// class's), and tokenizing the rest of the text again would cost as
	// much as the first reading.
	named := map[string]int{} // role word -> last sentence where it titles a name
	from := sentenceEnd(first)
	for w, at := range heads {
		title := strings.ToUpper(w[:1]) + w[1:]
		for k := from; ; {
			j := strings.Index(src[k:], title)
			if j < 0 {
				break
			}
			j += k
			k = j + len(title)
			if titleAt(src, j, k) {
				if s := sort.Search(n, func(i int) bool { return sentenceEnd(i) > j }); s > at {
					named[w] = s
				}
			}
		}
	}
	if len(named) == 0 {
		return nil
	}
	for f := range flags {
		w := text.LowerASCII(src[f.Cue.Start:f.Cue.End])
		s, ok := named[w]
		drop = append(drop, ok && s > f.Sentence && !IsPlural(w) && indefiniteCue(src, f, &buf))
	}
	return drop
}

// indefiniteCue: the flag's span opens with an indefinite ("a", "an",
// "one"): a person introduced, not referred back to. buf is scratch.
func indefiniteCue(src string, f Unnamed, buf *[]text.Token) bool {
	toks := text.Tokenize(src, text.Span{Start: f.Span.Start, End: f.Cue.Start}, (*buf)[:0])
	*buf = toks
	if len(toks) == 0 {
		return false
	}
	return IsSingleIndefinite(toks[0].Lower)
}

// titleAt: src[j:k] is a whole word, inside a sentence (a letter or
// mark before it, not a line start), followed by a space and a
// capitalised word that is not all capitals: "Police Chief Ed Alvarez".
func titleAt(src string, j, k int) bool {
	if j < 2 || k+2 >= len(src) || isLetter(src[j-1]) || src[j-1] == '\n' || src[j-2] == '.' || isLetter(src[k]) {
		return false
	}
	return src[k] == ' ' && src[k+1] >= 'A' && src[k+1] <= 'Z' && src[k+2] >= 'a' && src[k+2] <= 'z'
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
