package detect

// A plea of not guilty ("pleaded not guilty to fraud", "entered a
// not-guilty plea") is a party's formal denial of the charges, whoever
// reports it: the phrase alone is the denial.
func init() {
	register("deny.not_guilty", (*detector).notGuiltyPlea)
}

func (d *detector) notGuiltyPlea() { d.phraseHits(3, clsPleaVerb, clsPleaNoun) }
