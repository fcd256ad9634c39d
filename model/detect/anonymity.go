package detect

import (
	"github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/text"
)

// A source granted anonymity or asking for it ("spoke on condition of
// anonymity", "asked not to be named": anonymity_phrase), or described
// only by what it knows ("people familiar with the matter", "sources
// close to": familiar_phrase), or given only as what unnamed people
// recount ("by all accounts": account_phrase), is anonymous by the
// phrase alone. The span runs four words on. The unnamed-speaker rules
// (anonymous.go) read the open forms from the structure.
func init() {
	register("anon.anonymity_granted", (*detector).anonymityPhrase)
	register("anon.familiar_with", (*detector).familiarPhrase)
	register("anon.vague_group", (*detector).accountPhrase)
	register("anon.anonymity_granted", (*detector).anonymousSpeaker)
}

func (d *detector) anonymityPhrase() { d.phraseHits(4, clsAnonymityPhrase) }
func (d *detector) familiarPhrase()  { d.phraseHits(4, clsFamiliarPhrase) }

// accountPhrase: "by all accounts", "eyewitness accounts": what unnamed
// people told, as the source of the sentence.
func (d *detector) accountPhrase() { d.phraseHits(4, clsAccountPhrase) }

// phraseHits fires the rule on every entry of the classes, the longest
// at each word of the first class with one there, its span running n
// whole words on; the words of a hit are not read again.
func (d *detector) phraseHits(n int, classes ...*lexicon.Class) { d.phraseHitsIf(n, nil, classes...) }

// phraseHitsIf is phraseHits with a test of each match [i, e): a match
// keep refuses fires nothing, and its words are not read again either.
func (d *detector) phraseHitsIf(n int, keep func(i, e int) bool, classes ...*lexicon.Class) {
	t := d.s.Tokens
	for i := 0; i < len(t); i++ {
		e := -1
		for _, c := range classes {
			if e = c.Match(t, i); e > 0 {
				break
			}
		}
		if e < 0 {
			continue
		}
		if keep == nil || keep(i, e) {
			d.hit(i, d.wholeWordsAfter(e, n), i, e)
		}
		i = e - 1
	}
}

// anonymousSpeaker: a speaker the text itself calls unnamed, whatever its
// noun ("an anonymous NSC leaker", "unnamed aides"): the subject of a
// verb of saying or of a view, the agent of a passive "told" or
// "informed", or the phrase "according to" or a citing verb gives
// (anonymity_adjective among the words before the phrase's head). The
// fixed pairs ("anonymous sources") are anonymity_phrase's.
func (d *detector) anonymousSpeaker() {
	s := d.s
	t := s.Tokens
	anonymous := func(c text.Chunk) bool { return d.hasClass(c.From, c.Head, clsAnonymityAdjective) }
	for _, g := range s.Verbs {
		switch {
		case g.Passive && (t[g.Head].Lemma == "tell" || t[g.Head].Lemma == "inform"):
			if g.To+1 < len(t) && t[g.To].Lower == "by" {
				if ch := s.ChunkAt(g.To + 1); ch >= 0 && anonymous(s.Chunks[ch]) {
					c := s.Chunks[ch]
					d.hit(c.From, c.To, c.From, c.Head+1)
				}
			}
		case !g.Passive && d.viewVerb(g):
			if sub := d.subjectOf(g); sub >= 0 && anonymous(s.Chunks[sub]) {
				c := s.Chunks[sub]
				d.hit(c.From, g.To, c.From, c.Head+1)
			}
		}
	}
	for _, c := range d.citedPhrases() {
		if anonymous(c) {
			d.hit(c.From, c.To, c.From, c.Head+1)
		}
	}
}
