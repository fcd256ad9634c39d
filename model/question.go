package model

import "github.com/caveat-reader/caveat/model/tokview"

func isModalAdverb(w string) bool { return modalAdverbs.Has(w) }

// quoteStart: token i opens a quotation (a capital there starts a sentence).
func (z *analyzer) quoteStart(i int) bool {
	return i > 0 && (z.toks[i-1].Norm == tokview.QuoteOpen || z.toks[i-1].Norm == tokview.QuoteStraight)
}

// hasWithin: one of words occurs among the n tokens from i.
func (z *analyzer) hasWithin(r tokview.Range, i, n int, words ...string) bool {
	for k := i; k < r.To && k < i+n; k++ {
		for _, w := range words {
			if z.toks[k].Norm == w {
				return true
			}
		}
	}
	return false
}

func isPronoun(w string) bool { return personalPronouns.Has(w) }

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
	if k < r.To && z.toks[k].In(tokview.QuestionAux) && z.toks[k].Cap && !isReaderPronoun(z.word(k+1, r)) {
		z.addFlag("unc.question", sent, tokview.Range{From: k, To: r.To}, tokview.Range{From: k, To: k + 1})
	}
}

// isReaderPronoun: questions put to the reader ("Do you …?", "Are we …?")
// are rhetorical, not open questions about the events.
func isReaderPronoun(w string) bool { return readerPronouns.Has(w) }

// The word classes the question rule and the attribution checks read
// (model/lexicon/data).
var (
	readerPronouns   = tokview.ClassSet("reader_pronoun")
	modalAdverbs     = tokview.ClassSet("modal_adverb")
	personalPronouns = tokview.ClassSet("personal_pronoun")
)
