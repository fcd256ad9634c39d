package detect

// A source granted anonymity or asking for it ("spoke on condition of
// anonymity", "asked not to be named": anonymity_phrase), or described
// only by what it knows ("people familiar with the matter", "sources
// close to": familiar_phrase), is anonymous by the phrase alone. The
// span runs four words on. The unnamed-speaker rules (anonymous.go) read
// the open forms from the structure.
func init() {
	register("anon.anonymity_granted", (*detector).anonymityPhrase)
	register("anon.familiar_with", (*detector).familiarPhrase)
}

func (d *detector) anonymityPhrase() { d.phraseHits("anonymity_phrase", 4) }
func (d *detector) familiarPhrase()  { d.phraseHits("familiar_phrase", 4) }

// phraseHits fires the rule on every entry of class, longest first at
// each word, its span running n whole words on.
func (d *detector) phraseHits(class string, n int) {
	t := d.s.Tokens
	for i := 0; i < len(t); i++ {
		e := d.class(class).Match(t, i)
		if e < 0 {
			continue
		}
		d.hit(i, d.wholeWordsAfter(e, n), i, e)
		i = e - 1
	}
}
