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

func (d *detector) unknownPhrase() { d.phraseHitsIf(3, d.notIdentity, clsUnknownPhrase) }

// notIdentity: the phrase at [i, e) is not one word before a person noun
// ("an unknown author", "unidentified gunmen"): there who they are is
// withheld, and nothing reported is in doubt. Nor is "unknown to" a
// person, which tells who was unaware.
func (d *detector) notIdentity(i, e int) bool {
	t := d.s.Tokens
	if e == i+1 && e < len(t) && t[e].Lower == "to" && t[i].Lower == "unknown" {
		return false // "unknown to both of us": who did not know, not what is unknown
	}
	return !(e == i+1 && e < len(t) && clsPersonNoun.Has(t[e]))
}
