package detect

// A phrase of hypothesis ("if true", "if confirmed", "assuming …") puts
// the reported events in doubt, wherever it stands; "assuming" of taking
// up a post ("assuming office") does not, nor a phrase whose last word
// modifies a noun ("if true love exists"). The span runs three words on.
// ifTrue (uncertainty.go) reads the open form ("if the allegations are
// true") from the clause structure.
func init() {
	register("unc.hypothetical", (*detector).hypothesisPhrase)
}

func (d *detector) hypothesisPhrase() {
	t := d.s.Tokens
	for i := 0; i < len(t); i++ {
		e := clsHypothesisPhrase.Match(t, i)
		if e < 0 || clsAssumeChargePhrase.Match(t, i) > 0 || d.modifiesNoun(e-1) {
			continue
		}
		d.hit(i, d.wholeWordsAfter(e, 3), i, e)
		i = e - 1
	}
}

// modifiesNoun: token k stands in a noun phrase before its head ("true"
// in "true love").
func (d *detector) modifiesNoun(k int) bool {
	ch := d.s.ChunkAt(k)
	return ch >= 0 && d.s.Chunks[ch].Head > k
}
