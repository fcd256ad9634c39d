package detect

// Playing a claim down answers it: "downplayed the report", "pushed back
// on the claims" by their own words (downplay_phrase); a part played
// down ("a minor role": minor_role_phrase) only in a party's answer,
// quoted or reported with a word of answering (answer_speech_word); a
// "very limited" only in an answer and about a role noun just before
// ("his involvement had been extremely limited": limited_degree_phrase).
func init() {
	register("deny.downplay", (*detector).playedDown)
}

// roleReach is how far before "very limited" its role noun may stand.
const roleReach = 6

func (d *detector) playedDown() {
	t := d.s.Tokens
	for i := 0; i < len(t); i++ {
		e := clsDownplayPhrase.Match(t, i)
		if e < 0 {
			e = clsMinorRolePhrase.Match(t, i)
			if e < 0 {
				if e = clsLimitedDegreePhrase.Match(t, i); e > 0 && !d.hasClass(max(0, i-roleReach), i, clsRoleNoun) {
					e = -1
				}
			}
			if e > 0 && !d.answered(i) {
				e = -1
			}
		}
		if e < 0 {
			continue
		}
		d.hit(i, d.wholeWordsAfter(e, 3), i, e)
		i = e - 1
	}
}

// answered: token i stands in a party's answer: inside a quotation, or
// in a sentence with a word of answering ("said", "according to").
func (d *detector) answered(i int) bool {
	return d.quoted(i) || d.hasClass(0, len(d.s.Tokens), clsAnswerSpeechWord)
}
