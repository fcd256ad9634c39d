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

func (d *detector) unknownPhrase() { d.phraseHits(3, "unknown_phrase") }
