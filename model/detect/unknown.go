package detect

// A phrase stating that something is not known or not established ("it
// is unclear", "remains to be seen", "declined to confirm", "has not been
// peer-reviewed": unknown_phrase) leaves the events in doubt wherever it
// stands. The longest phrase at a word wins ("at an early stage of" over
// "at an early stage"). notEstablished and unknownPredicate
// (uncertainty.go) read the open forms from the structure.
func init() {
	register("unc.unknown", (*detector).unknownPhrase)
}

func (d *detector) unknownPhrase() {
	t := d.s.Tokens
	for i := 0; i < len(t); i++ {
		e := d.class("unknown_phrase").Match(t, i)
		if e < 0 {
			continue
		}
		if e < len(t) && e == i+1 && d.class("person_noun").Has(t[e]) {
			continue // "an unknown author", "unidentified gunmen": who they are is withheld, nothing reported is in doubt
		}
		d.hit(i, d.wholeWordsAfter(e, 3), i, e)
		i = e - 1
	}
}
