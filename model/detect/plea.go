package detect

// A plea of not guilty ("pleaded not guilty to fraud", "entered a
// not-guilty plea") is a party's formal denial of the charges, whoever
// reports it: the phrase alone is the denial.
func init() {
	register("deny.not_guilty", (*detector).notGuiltyPlea)
}

func (d *detector) notGuiltyPlea() {
	t := d.s.Tokens
	for i := 0; i < len(t); i++ {
		e := d.class("plea_verb").Match(t, i)
		if e < 0 {
			e = d.class("plea_noun").Match(t, i)
		}
		if e < 0 {
			continue
		}
		d.hit(i, d.wholeWordsAfter(e, 3), i, e)
		i = e - 1 // one plea, one hit
	}
}
