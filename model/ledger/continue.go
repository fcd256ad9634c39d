package ledger

// Reported speech carries on past the sentence naming its speaker: a
// quotation running on in sentences or paragraphs of its own, and
// backshifted reported speech ("He had decided to stay, he said. The move
// had surprised him."). These passes give such sentences the speaker,
// after continueQuotations has joined each quotation to the attribution
// inside it. Each looks back a bounded number of sentences, so the whole
// is linear in the text.

// runBack bounds how many sentences back a quotation run or a
// backshifted sentence finds its speaker.
const runBack = 3

// continueSpeech attaches to its speaker every sentence with no source of
// its own that opens a quotation (news quotes a speaker paragraph after
// paragraph, each opening a new quotation mark) or carries on reported
// speech in backshifted tense.
func (b *builder) continueSpeech() {
	a := b.a
	for si := 1; si < len(a.Sentences); si++ {
		// “…?” / He Lin, …, said at an event: the quotation split off
		// before its attribution.
		q := si - 1
		if b.shape[si]&bareSaid != 0 && b.primary[si] >= 0 && len(b.bySent[q]) == 0 &&
			b.shape[q]&(opensQuote|hasClose) == opensQuote|hasClose && b.shape[q]&leavesOpen == 0 && b.sameParagraph(q, si) {
			b.carry(b.primary[si], q)
		}
	}
	for si := range a.Sentences {
		if len(b.bySent[si]) > 0 || si == 0 {
			continue
		}
		if b.shape[si]&opensQuote != 0 {
			if src := b.speakerBefore(si); src >= 0 {
				b.carry(src, si)
				if b.shape[si]&leavesOpen != 0 {
					b.carryQuotation(src, si)
				}
			}
			continue
		}
		prev := si - 1
		if b.reportedAt[prev] && b.sameParagraph(prev, si) && b.primary[prev] >= 0 && b.shape[si]&backshift != 0 {
			b.carry(b.primary[prev], si)
			b.reportedAt[si] = true
		}
	}
}

// speakerBefore finds the speaker of the nearest earlier sentence that
// has one, at most runBack sentences back and never across a
// sentence resting on other sources only.
func (b *builder) speakerBefore(si int) int {
	for k := si - 1; k >= 0 && si-k <= runBack; k-- {
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
	// opensQuote: the sentence starts with an opening quotation mark.
	opensQuote uint8 = 1 << iota
	// backshift: in reported speech's tense, with no quotation marks
	// of its own (a quotation has a speaker of its own).
	backshift
	// leavesOpen: an opening quotation mark with no close after it in
	// the sentence; closesEarlier: a closing mark with no opening one
	// before it, closing a quotation opened in an earlier sentence;
	// hasClose: any closing mark (quoteBalance and quoteCloses, read
	// from the tokens once).
	leavesOpen
	closesEarlier
	hasClose
	// bareSaid: the sentence's speaker said nothing in it ("He Lin, the
	// fund's former head, said at an event in Geneva."): it attributes
	// the quotation closing just before it.
	bareSaid
)

// saysNothing: the sentence's one speech event is a speaker before a
// verb of reported speech with nothing after it but the sentence's end
// or a phrase of where or when ("…, said at a Nov. 6 event"), and the
// sentence quotes nothing.
func saysNothing(toks []tok, inQ []bool, evs []event) bool {
	if len(evs) != 1 || evs[0].relay || evs[0].inherit || evs[0].trailing || !evs[0].reported {
		return false
	}
	for _, q := range inQ {
		if q {
			return false
		}
	}
	c := evs[0].cue
	if evs[0].region.End > toks[c].Start {
		return false // "said the official": an attribution after its words
	}
	n := c + 1
	return n == len(toks)-1 && toks[n].Lower == "." || n < len(toks) && toks[n].in(cSpeechAfterspeaker)
}
