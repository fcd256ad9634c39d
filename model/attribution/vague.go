package attribution

import (
	"github.com/caveat-reader/caveat/model/ledger"
	"github.com/caveat-reader/caveat/model/tokview"
)

// vaguePronoun: "many have called on …", "others credit him", "which some
// see as …": an indefinite pronoun as the holder of a view.
func (d *Detector) vaguePronoun(sent int, r tokview.Range, i int, used []bool) {
	if d.quoted(i) {
		return
	}
	// As a subject the pronoun starts a clause: sentence start, after a
	// comma or a conjunction ("while many consider", "which some see").
	if p := i - 1; p >= r.From && d.toks[p].Word && !isClauseStart(d.toks[p].Norm) {
		return
	}
	if d.word(i-1, r) == "and" && i-2 >= r.From && (d.toks[i-2].Cap || isPronoun(d.toks[i-2].Norm)) {
		return // "He and others questioned …": a group with a known member
	}
	k := i + 1
	// "others, however, said": an aside of a word or two set off by
	// commas, naming no one ("many, including Smith, say" has a member).
	if d.word(k, r) == "," {
		for j := k + 1; j < r.To && j <= k+2 && d.toks[j].Word && !d.toks[j].Cap; j++ {
			if d.word(j+1, r) == "," {
				k = j + 2
				break
			}
		}
	}
	// "many in the party believe", "some on Wall Street say": a short
	// phrase placing the group before its verb.
	if placingPrepositions.Has(d.word(k, r)) {
		for j := k + 1; j < r.To && j <= k+4 && d.toks[j].Word; j++ {
			if d.toks[j].In(tokview.SpeechVerb) {
				k = j
				break
			}
		}
	}
	for k < r.To && isAuxiliary(d.toks[k].Norm) {
		k++
	}
	if k < r.To && d.linkingAt(k) {
		if v := d.viewAfterBe(r, k); v >= 0 {
			k = v // "many are worried that …", "many remain sceptical"
		}
	}
	if k >= r.To || !(d.toks[k].In(tokview.SpeechVerb) && d.verbUse(r, k) || d.toks[k].In(tokview.ViewAdjective)) {
		return
	}
	if pronounNounHomographs.Has(d.toks[k].Norm) {
		// "some credit card debt": a noun, unless a person follows.
		if n := k + 1; n >= r.To || !(d.toks[n].Cap || personObjectWords.Has(d.toks[n].Norm)) {
			return
		}
	}
	np := nounPhrase{from: i, head: i, to: i + 1}
	d.recordAttribution(sent, r, np, k, false, "anon.vague_group", false, ledger.UnnamedGroup, false, used)
}
