package detect

import "github.com/caveat-reader/caveat/model/text/postag"

// Accounts and views that rest on tellers the text leaves unnamed,
// without a speaker phrase or a speech verb: "by some accounts, …",
// "three by varying reports", "…, the thinking goes." Both are asides,
// set off from the clause they source, which is what tells them from
// "hit by several reports of fraud" or "the story goes on".
func init() {
	register("anon.vague_group", (*detector).accountsBy)
	register("anon.vague_group", (*detector).viewGoes)
}

// accountsBy: "by", a vague quantifier, at most one adjective, and an
// account noun, as an aside: opening the sentence or after a mark, or
// closing before a mark or the sentence's end.
func (d *detector) accountsBy() {
	t := d.s.Tokens
	for i := 0; i+2 < len(t); i++ {
		if t[i].Lower != "by" || !clsAccountQuantifier.Has(t[i+1]) {
			continue
		}
		h := i + 2
		if !clsAccountNoun.Has(t[h]) && t[h].Word && h+1 < len(t) {
			h++ // "by some early reports"
		}
		if !clsAccountNoun.Has(t[h]) {
			continue
		}
		opens := i == 0 || !t[i-1].Word
		closes := h+1 == len(t) || !t[h+1].Word && t[h+1].Lower != "'s"
		if opens || closes {
			d.hit(i, h+1, i, h+1)
		}
	}
}

// viewGoes: "the thinking goes", "as the story went": "the", a
// received_view_noun and a form of "go" with nothing after it in its
// clause (a mark or the sentence's end follows).
func (d *detector) viewGoes() {
	t := d.s.Tokens
	for i := 1; i+1 < len(t); i++ {
		if !clsReceivedViewNoun.Has(t[i]) || t[i-1].Lower != "the" {
			continue
		}
		g := i + 1
		if t[g].Lemma != "go" || t[g].Tag != postag.VBZ && t[g].Tag != postag.VBD {
			continue // "the story goes", "the thinking went"
		}
		if g+1 < len(t) && t[g+1].Word {
			continue // "the story goes on", "the argument went nowhere"
		}
		d.hit(i-1, g+1, i-1, g+1)
	}
}
