package attribution

import (
	"github.com/caveat-reader/caveat/model/ledger"
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/tokview"
)

// unnamedMedia: "media reports said", "reports claim", "according to
// local media". Media quoting a named person ("other media quoted X as
// saying") are not anonymous, and "the report" refers to a named one.
func (d *Detector) unnamedMedia(sent int, r tokview.Range, i int, used []bool) {
	t := d.toks[i]
	prev := d.word(i-1, r)
	if t.Norm == "reports" || t.Norm == "press" {
		if p := i - 1; p >= r.From && d.toks[p].Word && (d.toks[p].Cap && p > r.From || isPronoun(prev)) {
			return // "CBS reports", "he reports": a verb
		}
		if mediaBackDeterminers.Has(prev) && !d.anonHead(singular(t.Norm)) {
			return // "the reports" refer back to reports the story named, unless it gave them unnamed
		}
	}
	if d.namedBroadcaster(r, i) {
		return
	}
	np := d.phraseAround(r, i)
	if d.namedAfter(r, np.to) || d.namedAfter(r, i+1) {
		return // "reports received by Amnesty", "reports from The Wrap": a named source
	}
	if reportReceiptVerbs.Has(d.word(np.to, r)) {
		k := np.to + 2 // past "by"
		if k < r.To && definiteWords.HasWord(d.toks[k].Norm) {
			k++ // "published by the Interior Ministry"
		}
		if d.word(np.to+1, r) == "by" && k < r.To && d.toks[k].Cap {
			return
		}
	}
	if d.reportFramedAt(r, np.from) >= 0 {
		d.recordAttribution(sent, r, np, np.from-1, true, "anon.unnamed_media", false, ledger.UnnamedMedia, false, used)
		d.AddAnonHead(singular(t.Norm))
		return
	}
	if phraseObjectPrepositions.Has(d.word(np.from-1, r)) {
		return // "posted on social media saying": the platform, an object, not a source
	}
	k := i + 1
	for k < r.To && (d.toks[k].In(tokview.MediaNoun) || isAuxiliary(d.toks[k].Norm)) {
		if text.IsNegator(d.toks[k].Norm) {
			return // "reports do not indicate …": no claim given to them
		}
		k++
	}
	if k < r.To && d.toks[k].In(tokview.MediaVerb) && !used[k] {
		np.to = i + 1
		d.recordAttribution(sent, r, np, k, false, "anon.unnamed_media", false, ledger.UnnamedMedia, false, used)
		for j := i; j < k; j++ {
			if d.toks[j].In(tokview.MediaNoun) {
				d.AddAnonHead(singular(d.toks[j].Norm)) // "media reports said": "the reports" later are these
			}
		}
	}
}

// namedAfter: "by", "from" or "in" and a capitalised word stand at
// token k: the report is a named outlet's or body's.
func (d *Detector) namedAfter(r tokview.Range, k int) bool {
	n := d.word(k, r)
	return namedOriginPrepositions.Has(n) && k+1 < r.To && d.toks[k+1].Cap
}

// namedBroadcaster: "Al Jazeera television", "Army Radio", "Channel 12
// TV" name an outlet; "state television", "Israeli television" and
// "local radio" do not. A capitalised word before a broadcast noun is a
// name unless it is a nationality ("Iranian", "Chinese", "British").
func (d *Detector) namedBroadcaster(r tokview.Range, i int) bool {
	t := d.toks[i]
	if !broadcastNouns.Has(t.Norm) {
		return false
	}
	if t.Cap && !t.Caps && i > r.From && !(d.toks[i-1].Cap && i+1 < r.To && d.toks[i+1].Cap) {
		return true // "Army Radio", "Sky Television" mid-sentence
	}
	if t.Cap && i+1 < r.To && d.toks[i+1].Cap && !d.toks[i+1].In(tokview.MediaVerb) {
		return true // "Radio Free Europe reported"
	}
	p := i - 1
	if p < r.From || !d.toks[p].Word {
		return false
	}
	w := d.toks[p].Norm
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true // "Channel 12 television"
	}
	return d.toks[p].Cap && p > r.From && !isDemonym(w)
}
