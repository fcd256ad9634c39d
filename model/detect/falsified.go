package detect

import "github.com/caveat-reader/caveat/model/text"

// A claim said to give a false account: "the report mischaracterizes
// the bank's role", "the article misrepresents what happened", in the
// words of the party the claim is about. From the party itself of its
// own doings ("we misstated our earnings") it admits, so the subject
// must be the claim or what carries it.
func init() {
	register("deny.called_false", (*detector).falsified)
}

// falsified: a falsify_verb, not negated, right after a claim_noun or
// document_noun ("the report mischaracterizes"), in words the party
// under a claim speaks. The verb is read by its word: the tagger often
// takes a rare verb in -s for a plural noun of the subject's phrase.
func (d *detector) falsified() {
	s := d.s
	t := s.Tokens
	for k := 1; k < len(t); k++ {
		if !clsFalsifyVerb.Has(t[k]) || !clsClaimNoun.Has(t[k-1]) && !clsDocumentNoun.Has(t[k-1]) {
			continue
		}
		ci := s.ClauseAt(k)
		c := s.Clauses[ci]
		if c.Neg >= 0 && c.Neg < k {
			continue
		}
		if !(d.spoken(ci, k) && d.accusedSpeaks(ci, k) || d.saidBeforeByAccused(c, k)) {
			continue
		}
		from := k - 1
		if ch := s.ChunkAt(k - 1); ch >= 0 {
			from = s.Chunks[ch].From
		}
		d.hit(from, d.wordsAfter(k+1, 3), k, k+1)
	}
}

// saidBeforeByAccused: the clause's own verb is a verb of saying before
// token k whose subject is the party under a claim: the parser, missing
// the verb at k, kept "the report mischaracterizes its role" in the
// clause of "The bank said".
func (d *detector) saidBeforeByAccused(c text.Clause, k int) bool {
	s := d.s
	if c.Verb < 0 || c.Subject < 0 {
		return false
	}
	g := s.Verbs[c.Verb]
	if g.To > k || !clsSpeechVerb.Has(s.Tokens[g.Head]) {
		return false
	}
	sub := s.Chunks[c.Subject]
	return d.accused(sub) || d.speaksFor(sub)
}
