package detect

import (
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// A party that says it "was wrongly accused" or "had been unfairly
// maligned" denies what it was accused of: an adverb of wrong
// (wrong_adverb) between a form of "be" and a participle, in the party's
// words (quoted or reported). An active "falsely claimed" is someone
// judging another's words, not an answer, so only passives count. The
// words are read directly rather than through the verb groups: the
// tagger often reads the adverb inside the group as a noun.
func init() { register("deny.wronged", (*detector).wronged) }

func (d *detector) wronged() {
	s := d.s
	t := s.Tokens
	adv := clsWrongAdverb
	for k := 1; k+1 < len(t); k++ {
		if !adv.Has(t[k]) || t[k-1].Lemma != "be" && t[k-1].Lower != "been" && t[k-1].Lower != "being" {
			continue
		}
		v := k + 1
		if tg := t[v].Tag; tg != postag.VBN && tg != postag.VBD {
			continue
		}
		if g := d.groupOf(k - 1); g >= 0 && (d.unreal(d.s.Verbs[g]) || d.s.Verbs[g].Neg >= 0) {
			continue // "should not be unfairly punished"
		}
		ci := s.ClauseAt(v)
		if ci < 0 || !d.spoken(ci, v) || d.questioned(v) {
			continue
		}
		from := k - 1
		if c := s.Clauses[ci]; c.Subject >= 0 && c.Kind != text.Relative {
			from = min(from, s.Chunks[c.Subject].From)
		}
		d.hit(from, d.wordsAfter(v+1, 4), k, v+1)
	}
}
