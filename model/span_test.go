package model

import (
	"testing"
	"unicode"
	"unicode/utf8"

	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
	stream "github.com/caveat-reader/caveat/model/text"
)

// TestSpansOnThePhrase checks every flag of the corpus: its cue lies in
// its span and its span in its sentence; both start and end on word
// boundaries; the span does not end on a word that leaves the phrase
// open ("of", "the", "and") and a denial or hedge widened past its cue
// does not run into a new clause ("denied wrongdoing and Reuters has").
func TestSpansOnThePhrase(t *testing.T) {
	stop := wordclasses.Default().Class("span_stop")
	brk := wordclasses.Default().Class("span_break")
	bad := 0
	for _, d := range loadCorpus(t, "dev", "seed") {
		a := Analyze(d.text)
		for _, f := range a.Flags {
			s := a.Sentences[f.Sentence]
			where := func(msg string) {
				bad++
				if bad <= 20 {
					t.Errorf("%s: %s flag %s: %s: span %q cue %q", d.name, f.Kind, f.Rule, msg, d.text[f.Span.Start:f.Span.End], d.text[f.Cue.Start:f.Cue.End])
				}
			}
			if f.Cue.Start < f.Span.Start || f.Cue.End > f.Span.End || f.Span.Start < s.Start || f.Span.End > s.End {
				where("cue outside span or span outside sentence")
				continue
			}
			if midWord(d.text, f.Span.Start) || midWord(d.text, f.Span.End) || midWord(d.text, f.Cue.Start) || midWord(d.text, f.Cue.End) {
				where("starts or ends inside a word")
			}
			if f.Kind != Denial && f.Kind != Uncertainty || f.Cue.Start != f.Span.Start || f.Cue.End == f.Span.End {
				continue // an attribution clause, a whole line, or a cue alone: no widening to check
			}
			// A span widened past its cue: the words after the cue.
			toks := stream.Tokenize(d.text, stream.Span{Start: f.Cue.End, End: f.Span.End}, nil)
			for _, tk := range toks {
				if brk.Has(tk) {
					where("runs on past " + tk.Lower)
					break
				}
			}
			if len(toks) > 0 && stop.Has(toks[len(toks)-1]) {
				where("ends on " + toks[len(toks)-1].Lower)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d flags with a span off the phrase", bad)
	}
}

// midWord: byte offset i falls between two word characters.
func midWord(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return false
	}
	r1, _ := utf8.DecodeLastRuneInString(text[:i])
	r2, _ := utf8.DecodeRuneInString(text[i:])
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return word(r1) && word(r2)
}
