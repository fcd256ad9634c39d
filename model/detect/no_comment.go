package detect

// A party declining or failing to answer ("declined to comment", "did
// not respond", "could not be reached": no_comment_phrase) is no
// comment, flagged on the phrase itself. "Did not return" needs a contact
// noun within contactReach words after it ("did not return calls", not
// "did not return to the club"); an attempt to reach a party
// ("efforts to reach him") needs a word of failure later in the sentence
// ("were unsuccessful", "failed").
func init() {
	register("nocomment.declined", (*detector).declinedComment)
}

// contactReach bounds how far after "did not return" its contact noun
// may stand ("did not return repeated phone calls").
const contactReach = 4

func (d *detector) declinedComment() {
	t := d.s.Tokens
	for i := 0; i < len(t); i++ {
		e := clsNoCommentPhrase.Match(t, i)
		if e < 0 {
			if e = clsUnreturnedPhrase.Match(t, i); e > 0 && !d.hasClass(e, min(len(t), e+contactReach), clsContactNoun) {
				e = -1
			}
		}
		if e < 0 {
			if e = clsReachAttemptPhrase.Match(t, i); e > 0 {
				if f, _ := clsFailureWord.Find(t, e, len(t)); f < 0 {
					e = -1
				}
			}
		}
		if e < 0 {
			continue
		}
		d.hit(i, e, i, e)
		i = e - 1
	}
}
