package model

import (
	"github.com/caveat-reader/caveat/model/attribution"
	"github.com/caveat-reader/caveat/model/tokview"
)

// detectQuestion flags a heading or sentence in the writer's voice that
// asks an open yes/no question about the events ("Did X break the law?").
func (z *analyzer) detectQuestion(sent int) {
	r := z.rangeOf(sent)
	if r.To-r.From < 3 || z.toks[r.To-1].Norm != "?" || z.quoted(r.To-2) {
		return
	}
	k := r.From
	// Skip a "Q&A:" style label before the question.
	for j := r.From; j < r.To && j < r.From+4; j++ {
		if z.toks[j].Norm == ":" {
			k = j + 1
		}
	}
	if k < r.To && z.toks[k].In(tokview.QuestionAux) && z.toks[k].Cap && !isReaderPronoun(z.word(k+1, r)) && !z.offered(r, k) {
		z.addFlag("unc.question", sent, tokview.Range{From: k, To: r.To}, tokview.Range{From: k, To: k + 1})
	}
}

// offered: a plural "have" before a singular indefinite ("Have an
// Alexa device?") agrees with no subject after it, so it asks the
// reader ("Do you have …?"): an offer, not a question about the events.
func (z *analyzer) offered(r tokview.Range, k int) bool {
	return offerAux.Has(z.toks[k].Norm) && attribution.IsSingleIndefinite(z.word(k+1, r))
}

// isReaderPronoun: questions put to the reader ("Do you …?", "Are we …?")
// are rhetorical, not open questions about the events.
func isReaderPronoun(w string) bool { return readerPronouns.Has(w) }

// readerPronouns is the lexicon class (model/lexicon/data) of the
// pronouns that put a question to the reader.
var readerPronouns = tokview.ClassSet("reader_pronoun")

// offerAux is the lexicon class of the auxiliaries that, plural before a
// singular indefinite, ask the reader (offered).
var offerAux = tokview.ClassSet("offer_aux")
