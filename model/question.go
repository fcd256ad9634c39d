package model

func isModalAdverb(w string) bool { return modalAdverbs.has(w) }

// quoteStart: token i opens a quotation (a capital there starts a sentence).
func (z *analyzer) quoteStart(i int) bool {
	return i > 0 && (z.toks[i-1].norm == quoteOpen || z.toks[i-1].norm == quoteStraight)
}

// hasWithin: one of words occurs among the n tokens from i.
func (z *analyzer) hasWithin(r tokRange, i, n int, words ...string) bool {
	for k := i; k < r.to && k < i+n; k++ {
		for _, w := range words {
			if z.toks[k].norm == w {
				return true
			}
		}
	}
	return false
}

func isPronoun(w string) bool { return personalPronouns.has(w) }

// detectQuestion flags a heading or sentence in the writer's voice that
// asks an open yes/no question about the events ("Did X break the law?").
func (z *analyzer) detectQuestion(sent int) {
	r := z.rangeOf(sent)
	if r.to-r.from < 3 || z.toks[r.to-1].norm != "?" || z.quoted(r.to-2) {
		return
	}
	k := r.from
	// Skip a "Q&A:" style label before the question.
	for j := r.from; j < r.to && j < r.from+4; j++ {
		if z.toks[j].norm == ":" {
			k = j + 1
		}
	}
	if k < r.to && z.toks[k].in(clsQuestionAux) && z.toks[k].cap && !isReaderPronoun(z.word(k+1, r)) {
		z.addFlag("unc.question", sent, tokRange{k, r.to}, tokRange{k, k + 1})
	}
}

// isReaderPronoun: questions put to the reader ("Do you …?", "Are we …?")
// are rhetorical, not open questions about the events.
func isReaderPronoun(w string) bool { return readerPronouns.has(w) }

// The word classes the question rule and the attribution checks read
// (model/lexicon/data).
var (
	readerPronouns   = classSet("reader_pronoun")
	modalAdverbs     = classSet("modal_adverb")
	personalPronouns = classSet("personal_pronoun")
)
