package attribution

import (
	"strings"

	"github.com/caveat-reader/caveat/model/tokview"
)

// nounPhrase is a source mention found around a head noun.
type nounPhrase struct {
	from, head, to int // tokens [from, to); head is the noun
	det            string
}

// phraseAround extends the head noun left over its modifiers and
// determiner ("two", "a senior", "U.S. law enforcement and security")
// and right over what describes it ("familiar with the matter", "close to
// the probe").
func (d *Detector) phraseAround(r tokview.Range, head int) nounPhrase {
	np := nounPhrase{from: head, head: head, to: head + 1}
	for k := head - 1; k >= r.From && k >= head-6; k-- {
		t := d.toks[k]
		if !t.Word {
			if t.Norm == "-" || t.Norm == "&" || d.acronymDot(k) {
				np.from = k
				continue
			}
			break
		}
		if IsDeterminer(t.Norm) {
			np.from, np.det = k, t.Norm
			break
		}
		if isNPStop(t.Norm) || t.In(tokview.SpeechVerb) || isPastParticiple(t) {
			break
		}
		if isWeekday(t.Norm) && k+1 == head && !d.toks[head].Cap {
			break // "On Thursday officials said": a day before the noun is a time phrase, not a name in the phrase ("the Sunday Times")
		}
		np.from = k
	}
	// Post-modifiers: "familiar with the matter", "briefed on the talks",
	// "close to the probe", "with knowledge of the discussions".
	k := head + 1
	if sourcePostmodifiers.Has(d.word(k, r)) {
		for k < r.To && (d.toks[k].Word || d.acronymDot(k)) && k < head+9 && !d.toks[k].In(tokview.SpeechVerb) {
			k++
		}
		np.to = k
	}
	return np
}

// acronymDot: token k is the final period of a dotted abbreviation
// ("U.S.", "U.N."), which tokenisation leaves outside the word ("u.s",
// "."): part of the phrase, not the end of a sentence or clause.
func (d *Detector) acronymDot(k int) bool {
	if k <= 0 || k >= len(d.toks) || d.toks[k].Norm != "." {
		return false
	}
	p := &d.toks[k-1]
	return p.Word && p.End == d.toks[k].Start && strings.IndexByte(p.Norm, '.') >= 0
}
