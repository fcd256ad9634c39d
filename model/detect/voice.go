package detect

// Whose words a clause holds: the speech verb reporting it, the speaker
// it names, and whether that speaker is, or speaks for, a party under a
// claim or a third party (read by the denial and anonymity rules).

import (
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

func (d *detector) groupOf(k int) int { return d.s.VerbAt(k) }

// spoken: token i stands in a party's words: quoted, or in a clause
// reported by a speech verb.
func (d *detector) spoken(ci, i int) bool {
	if d.quoted(i) {
		return true
	}
	return d.reportedBy(ci) >= 0
}

// reportedBy returns the speech verb token whose reported clause holds
// clause ci (through its parents), or -1. "according to" reports too.
// Computed for every clause at once, in one pass: a parent precedes its
// children.
func (d *detector) reportedBy(ci int) int {
	if d.reported == nil {
		d.findReported()
	}
	return d.reported[ci]
}

func (d *detector) findReported() {
	s := d.s
	t := s.Tokens
	speech := clsSpeechVerb
	own := make([]int, len(s.Clauses)) // a speech verb heading a group in the clause
	for i := range own {
		own[i] = -1
	}
	for _, g := range s.Verbs {
		if c := s.ClauseAt(g.Head); own[c] < 0 && speech.Has(t[g.Head]) && g.Neg < 0 && !d.unreal(g) {
			own[c] = g.Head
		}
	}
	according := -1
	for k := 0; k+1 < len(t); k++ {
		if t[k].Lower == "according" && t[k+1].Lower == "to" {
			according = k
			break
		}
	}
	d.reported = make([]int, len(s.Clauses))
	for ci, c := range s.Clauses {
		d.reported[ci] = according
		if p := c.Parent; p >= 0 && p < ci {
			if own[p] >= 0 {
				d.reported[ci] = own[p]
			} else if d.reported[p] >= 0 {
				d.reported[ci] = d.reported[p]
			}
		}
	}
}

// accusedSpeaks: the party whose words hold the negation is one the
// story has put a claim about, so its negation answers that claim
// whatever the clause's subject ("the company says she did not need
// its permission").
func (d *detector) accusedSpeaks(ci, n int) bool {
	c, ok := d.speaker(ci, n)
	if !ok {
		// A quotation with no speaker of its own continues the latest
		// quotation whose speaker was named, as news writing runs a
		// speaker's quotations on.
		return d.quoted(n) && d.ctx.Parties != nil && d.ctx.Parties.quote()
	}
	return d.speaksFor(c) || d.accused(c)
}

// officialSpeaks: the words holding clause ci are an official's ("the
// official said", "a US diplomat said"), who speaks for the government
// or body he serves: its answer about that body is
// the body's own (the guide's "…, but Washington was not involved").
func (d *detector) officialSpeaks(ci, n int) bool {
	c, ok := d.speaker(ci, n)
	return ok && clsOfficialNoun.Has(d.s.Tokens[c.Head])
}

// agentSpeaks: the words holding clause ci are spoken by one who speaks
// for another (a lawyer, a spokesperson).
func (d *detector) agentSpeaks(ci, n int) bool {
	c, ok := d.speaker(ci, n)
	return ok && d.speaksFor(c)
}

// speaker returns the description of the party whose words hold clause
// ci, from its phrase up to its speech verb ("Jo Bloggs, a spokesperson
// for the U.S. operation, told"), so an apposition can name the party
// it speaks for.
func (d *detector) speaker(ci, n int) (text.Chunk, bool) {
	sp := d.speakerOf(ci, n)
	if sp < 0 {
		return text.Chunk{}, false
	}
	c := d.s.Chunks[sp]
	if v := d.reportedBy(ci); v >= c.To {
		c.To = v
		// "Smith's lawyer, Jo Bloggs, said": the description runs from
		// the start of the speech verb's clause.
		c.From = min(c.From, d.s.Clauses[d.s.ClauseAt(v)].From)
	}
	return c, true
}

// speaksFor: the description names one who speaks for another party (a
// spokesperson, a lawyer: agent_noun), which is that party answering.
func (d *detector) speaksFor(c text.Chunk) bool {
	for k := c.From; k < c.To; k++ {
		if clsAgentNoun.Has(d.s.Tokens[k]) {
			return true
		}
	}
	// "Bloggs said", of one the story introduced as a spokesperson.
	names := d.names(c)
	return len(names) > 0 && d.ctx.Parties.isAgent(names)
}

// thirdParty: in a story that names the parties its claims are about,
// the speaker of clause ci is a named or described party that is none
// of them, so a claim it calls false is its view of someone else's
// claim ("a researcher said the ministry's allegations are false"). A
// pronoun or first-person speaker is not judged.
func (d *detector) thirdParty(ci, n int) bool {
	if !d.ctx.Parties.Known() {
		return false
	}
	c, ok := d.speaker(ci, n)
	if !ok || d.s.Tokens[c.Head].Tag == postag.PRP || d.s.Tokens[c.From].Tag == postag.PRPS || d.speaksFor(c) {
		return false // a pronoun ("its director": of one named before), or one speaking for a party unnamed here
	}
	return !d.accused(c)
}

// isName: the chunk is a proper name only ("Salah", "John Smith").
func (d *detector) isName(c text.Chunk) bool {
	for k := c.From; k < c.To; k++ {
		if tg := d.s.Tokens[k].Tag; tg != postag.NNP && tg != postag.NNPS {
			return false
		}
	}
	return true
}
