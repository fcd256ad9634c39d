package detect

import (
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// Two ways a named speaker rests a claim on people left unnamed without
// a verb of theirs: "I'm told …" (someone told the speaker, no one says
// who) and "Like many Texans, I …" (the speaker's view offered as a vague
// group's). The guide counts a named speaker citing unnamed backing, and
// a partly identified group offered as the source of a view, as
// anonymous sources.
func init() {
	register("anon.unnamed_person", (*detector).toldSpeaker)
	register("anon.vague_group", (*detector).likeManySpeaker)
}

// toldSpeaker: "I'm told", "we have been told" with no "by" after it:
// the speaker passes on what someone unnamed told them. Not an
// instruction ("we were told to leave") nor a negation ("I was never
// told").
func (d *detector) toldSpeaker() {
	s := d.s
	t := s.Tokens
	for _, g := range s.Verbs {
		if !g.Passive || g.Neg >= 0 || t[g.Head].Lemma != "tell" {
			continue
		}
		c := s.Clauses[s.ClauseAt(g.Head)]
		if !d.firstPersonSubject(c) {
			continue
		}
		if g.To < len(t) && (t[g.To].Lower == "by" || t[g.To].Lower == "to" || t[g.To].Lower == "about") {
			continue // "told by the police", "told to leave", "told about it"
		}
		d.hit(s.Chunks[c.Subject].From, g.To, g.Head, g.Head+1)
	}
}

// likeManySpeaker: a sentence, clause or quotation opening "Like many
// (most, other) <people>," before a subject of its own: the view that
// follows is offered as the group's too.
func (d *detector) likeManySpeaker() {
	s := d.s
	t := s.Tokens
	for i := 0; i+3 < len(t); i++ {
		if i > 0 && t[i-1].Word || t[i].Lower != "like" {
			continue // "looks like many others": a comparison inside the clause
		}
		if !clsVagueQuantifier.Has(t[i+1]) {
			continue
		}
		ch := s.ChunkAt(i + 1)
		if ch < 0 {
			continue
		}
		c := s.Chunks[ch]
		if c.To >= len(t) || t[c.To].Lower != "," || !d.peoplePlural(t[c.Head]) {
			continue
		}
		d.hit(i, c.To, c.Head, c.Head+1)
	}
}

// peoplePlural: a plural of people by what they do (person_noun) or by
// where they are from or stand ("Texans", "Republicans": a plural
// name, of which "many" is a vague part).
func (d *detector) peoplePlural(h text.Token) bool {
	return h.Tag == postag.NNS && (h.Cap || clsPersonNoun.Has(h)) || h.Tag == postag.NNPS
}
