package detect

import "github.com/caveat-reader/caveat/model/text/postag"

// A claim given only as alleged or reported ("the alleged bribe", "was
// accused of", "amid reports that", "it has been reported") leaves it
// unestablished. Each phrase class has its own test: unnamed reports,
// not a named outlet's ("according to reports from The Wrap"); "a report
// that" taken as a topic ("after a report that"), not a document ("a
// report that found"); the noun "reports that" where it starts the
// sentence or is a topic ("amid reports that"), not the verb ("he
// reports that") nor a relative clause ("two reports that depicted");
// "has been reported" not by a named reporter ("by the BBC"); "accused
// of" with no accuser after its object ("accused of fraud by a rival").
func init() {
	register("unc.allegation", (*detector).allegation)
}

func (d *detector) allegation() {
	t := d.s.Tokens
	for i := 0; i < len(t); i++ {
		ok := true
		e := clsAllegationPhrase.Match(t, i)
		if e > 0 {
			ok = !d.accuserAfter(e)
		}
		if e < 0 {
			if e = d.hearsayReports(i); e > 0 {
				// "reports from The Wrap", "reports received by Amnesty":
				// a named body gives or vouches for them.
				ok = !d.namedAfter(e) && !(e < len(t) && t[e].Tag == postag.VBN && d.namedAfter(e+1))
			}
		}
		if e < 0 {
			if e = clsReportThatPhrase.Match(t, i); e > 0 {
				ok = i > 0 && clsReportTopicPreposition.Has(t[i-1])
			}
		}
		if e < 0 {
			if e = clsReportsPhrase.Match(t, i); e > 0 {
				ok = d.reportsNoun(i)
			}
		}
		if e < 0 {
			if e = clsReportedPhrase.Match(t, i); e > 0 {
				ok = (e >= len(t) || t[e].Lower != "by") && !d.countReported(i)
			}
		}
		if e < 0 {
			continue
		}
		// A match that fails its test still takes its words: no other
		// phrase of the rule is read inside it.
		if ok {
			d.hit(i, d.wholeWordsAfter(e, 3), i, e)
		}
		i = e - 1
	}
}

// countReported: the subject of the "has been reported" at i is a
// case_noun ("a third case has been reported", "no deaths have been
// reported"): a count the authorities keep, not an unsourced claim.
func (d *detector) countReported(i int) bool {
	s := d.s
	c := s.Clauses[s.ClauseAt(i)]
	subj := c.Subject
	if subj < 0 || s.Chunks[subj].To > i {
		return false
	}
	if clsCaseNoun.Has(s.Tokens[s.Chunks[subj].Head]) {
		return true
	}
	// "two deaths from the virus": the count is the noun before the
	// preposition.
	if p, ok := d.headOfPrepositional(subj); ok && p >= 0 {
		return clsCaseNoun.Has(s.Tokens[s.Chunks[p].Head])
	}
	return false
}

// headOfPrepositional: a preposition stands just before chunk ch, and
// the chunk it joins ch to is returned ("cause | of | death", "deaths |
// from | the virus"), or -1 if no chunk ends there.
func (d *detector) headOfPrepositional(ch int) (int, bool) {
	s := d.s
	from := s.Chunks[ch].From
	if from < 2 || s.Tokens[from-1].Tag != postag.IN {
		return -1, false
	}
	return s.ChunkAt(from - 2), true
}

// accuserAfter: the phrase ends on "of" and its object is followed by
// the accuser ("was accused of rape by a woman"): the active "a woman
// accused him of rape", which is not a hedge but a claim with its source.
func (d *detector) accuserAfter(e int) bool {
	s := d.s
	t := s.Tokens
	if e >= len(t) || t[e-1].Lower != "of" {
		return false
	}
	ch := s.ChunkAt(e)
	if ch < 0 || s.Chunks[ch].From != e {
		return false
	}
	end := s.Chunks[ch].To
	return end+1 < len(t) && t[end].Lower == "by" && s.ChunkAt(end+1) >= 0
}

// namedAfter: a preposition of origin and a capital follow token e-1
// ("reports from The Wrap", "reports in the Times" aside, "by Amnesty"),
// or "the" and a body ("reports from the ministry of health",
// institution_noun): the reports have a named source.
func (d *detector) namedAfter(e int) bool {
	t := d.s.Tokens
	if e+1 >= len(t) || !clsNamedOriginPreposition.Has(t[e]) {
		return false
	}
	if t[e+1].Cap {
		return true
	}
	return e+2 < len(t) && t[e+1].Lower == "the" && (t[e+2].Cap || clsInstitutionNoun.Has(t[e+2]))
}

// reportsNoun: "reports" at i is the noun whose clause states what was
// reported: at the sentence's start or after a word taking it as a topic
// (reports_topic_word, a comma), and not after a name or a pronoun
// ("he reports that").
func (d *detector) reportsNoun(i int) bool {
	if i == 0 {
		return true
	}
	p := d.s.Tokens[i-1]
	if !clsReportsTopicWord.Has(p) {
		return false
	}
	return !(p.Word && (p.Cap || clsPersonalPronoun.Has(p)))
}

// hearsayReports returns the end of "according to" or "amid" and the
// noun "reports" at token i, with up to hearsayAdjectives adjectives,
// participles or media nouns between ("amid unconfirmed reports",
// "according to local media reports", "according to published
// reports"), or -1. A determiner
// ("the reports") or a name ("Reuters reports") ends the phrase: those
// reports are named or named before.
func (d *detector) hearsayReports(i int) int {
	t := d.s.Tokens
	o := clsHearsayReportsOpener.Match(t, i)
	if o < 0 {
		return -1
	}
	for k := o; k < len(t) && k <= o+hearsayAdjectives; k++ {
		if clsHearsayReportsNoun.Has(t[k]) {
			return k + 1
		}
		if t[k].Tag != postag.JJ && t[k].Tag != postag.VBN && !clsMediaNoun.Has(t[k]) {
			return -1
		}
	}
	return -1
}

// hearsayAdjectives bounds the modifiers read between the opener and
// the noun.
const hearsayAdjectives = 2
