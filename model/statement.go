package model

import (
	"strings"

	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
	stream "github.com/caveat-reader/caveat/model/text"
)

// A paragraph that ends on a colon after a verb of saying or of denying
// ("In a statement, the Church denied the allegations:") introduces the
// next paragraph as that party's words, set off as a block rather than
// in quotation marks. The rules read the block as quoted: its speaker's
// voice (detect.Parties) answers in it, and the unnamed-speaker rules
// count only cited sources inside it, as inside a quotation.
//
// Which sentences those are follows from the text alone, so it is found
// once, in order, before detection, like the site furniture: the
// parallel runner needs no log of it.

// statementWords are the verbs whose colon opens a statement.
var statementWords = []*wordclasses.Class{wordclasses.Default().Class("speech_verb"), wordclasses.Default().Class("deny_verb")}

// markStatements returns, per sentence, whether it stands in a paragraph
// introduced as a statement.
func markStatements(z *analyzer) []bool {
	sents := z.a.Sentences
	out := make([]bool, len(sents))
	var toks []stream.Token
	for i := 0; i+1 < len(sents); i++ {
		s := sents[i]
		if sents[i+1].Paragraph == s.Paragraph || z.boiler[i] || !strings.HasSuffix(strings.TrimRight(z.text[s.Start:s.End], " \t"), ":") {
			continue
		}
		toks = stream.Tokenize(z.text, stream.Span{Start: s.Start, End: s.End}, toks[:0])
		if !introducesWords(toks) {
			continue
		}
		for j := i + 1; j < len(sents) && sents[j].Paragraph == sents[i+1].Paragraph; j++ {
			out[j] = true
		}
	}
	return out
}

// introducesWords: a verb of saying or of denying stands among toks, not
// as a participle ("…, claiming that her wealth came from bribes:" may
// lead to an example the page no longer shows, and then the writer's own
// words).
func introducesWords(toks []stream.Token) bool {
	for _, t := range toks {
		if strings.HasSuffix(t.Lower, "ing") {
			continue
		}
		for _, c := range statementWords {
			if c.Has(t) {
				return true
			}
		}
	}
	return false
}
