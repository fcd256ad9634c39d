package model

import "github.com/caveat-reader/caveat/model/tokview"

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

// readerPronouns is the lexicon class (model/lexicon/data) of the
// pronouns that put a question to the reader.
var readerPronouns = tokview.ClassSet("reader_pronoun")
