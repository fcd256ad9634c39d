package model

// Reported speech carries on past the sentence naming its speaker: a
// quotation running on in sentences or paragraphs of its own, and
// backshifted reported speech ("He had decided to stay, he said. The move
// had surprised him."). These passes give such sentences the speaker,
// after continueQuotations has joined each quotation to the attribution
// inside it. Each looks back a bounded number of sentences, so the whole
// is linear in the text.

// ledgerRunBack bounds how many sentences back a quotation run or a
// backshifted sentence finds its speaker.
const ledgerRunBack = 3

// continueSpeech attaches to its speaker every sentence with no source of
// its own that opens a quotation (news quotes a speaker paragraph after
// paragraph, each opening a new quotation mark) or carries on reported
// speech in backshifted tense.
func (b *ledgerBuilder) continueSpeech() {
	a := b.a
	for si := range a.Sentences {
		if len(b.bySent[si]) > 0 || si == 0 {
			continue
		}
		if b.shape[si]&ledgerOpensQuote != 0 {
			if src := b.speakerBefore(si); src >= 0 {
				b.carry(src, si)
				if open, _ := ledgerQuoteBalance(a.Text, a.Sentences[si].Span); open > 0 {
					b.carryQuotation(src, si)
				}
			}
			continue
		}
		prev := si - 1
		if b.reportedAt[prev] && b.sameParagraph(prev, si) && b.primary[prev] >= 0 && b.shape[si]&ledgerBackshift != 0 {
			b.carry(b.primary[prev], si)
			b.reportedAt[si] = true
		}
	}
}

// speakerBefore finds the speaker of the nearest earlier sentence that
// has one, at most ledgerRunBack sentences back and never across a
// sentence resting on other sources only.
func (b *ledgerBuilder) speakerBefore(si int) int {
	for k := si - 1; k >= 0 && si-k <= ledgerRunBack; k-- {
		if b.primary[k] >= 0 {
			if b.srcs[b.primary[k]].outlet && len(b.bySent[k]) == 1 {
				return -1 // an outlet's report, not a speaker's quotation
			}
			return b.primary[k]
		}
		if len(b.bySent[k]) > 0 {
			return -1
		}
	}
	return -1
}

// The shape of a sentence, read while the speech reader has its tokens.
const (
	// ledgerOpensQuote: the sentence starts with an opening quotation mark.
	ledgerOpensQuote uint8 = 1 << iota
	// ledgerBackshift: in reported speech's tense, with no quotation marks
	// of its own (a quotation has a speaker of its own).
	ledgerBackshift
)

// ledgerSentenceShape reads a sentence's ledgerOpensQuote and
// ledgerBackshift bits from its tokens.
func ledgerSentenceShape(text string, toks []ledgerToken) uint8 {
	if len(toks) == 0 {
		return 0
	}
	var sh uint8
	if r, _ := ledgerRuneAt(text, toks[0].Start, toks[0].End); toks[0].Punct && ledgerQuoteRune(r) && r != '”' {
		sh |= ledgerOpensQuote
	}
	if ledgerBackshifted(text, toks) {
		sh |= ledgerBackshift
	}
	return sh
}

// ledgerBackshifted: a sentence in reported speech's tense, with no
// quotation marks of its own.
func ledgerBackshifted(text string, toks []ledgerToken) bool {
	shifted := false
	for _, t := range toks {
		if t.Punct {
			if r, _ := ledgerRuneAt(text, t.Start, t.End); ledgerQuoteRune(r) {
				return false
			}
			continue
		}
		if t.in(lbSpeechBackshift) {
			shifted = true
		}
	}
	return shifted
}
