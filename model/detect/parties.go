package detect

import (
	"slices"

	"github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// Parties remembers, across the sentences of one story, whom its claims
// are about: the targets of accusations, suspicions and inquiries ("X
// accused the label of …", "the firm is suspected of …", "allegations
// against the mayor"). A denial is a party answering a claim about
// itself, so a negation in the words of one of these parties answers
// the claim whatever its own subject ("the company says she did not
// need its permission"), and a claim called false by a party that is
// none of them, in a story that names them, is a third party's view.
//
// The memory is a forward pass: a target counts from the sentence that
// names it on. Names are matched word by word ("Big Machine Records",
// "Big Machine"); a pronoun target ("accusing them of") keeps the names
// of the sentences just before it, which is where its antecedent
// stands; a speaker that is a common noun or a pronoun matches a target
// of its kind (the company, it, they: a body; he, she: a person).
type Parties struct {
	targets []target
	// quoteAccused: the latest quotation whose speaker a sentence named
	// was spoken by a party under a claim; a sentence that continues
	// that quotation (Context.ContinuesQuote) speaks with its voice.
	quoteAccused bool
	// recent holds the capitalised words of the last few sentences
	// (NoteNames), the antecedents a pronoun target may stand for.
	recent [recentSentences][]string
	next   int
}

// recentSentences is how far back a pronoun's antecedent is looked for.
const recentSentences = 3

// maxTargets bounds the memory on hostile input (every word an
// accusation): older targets give way, so a look-up stays constant time.
const maxTargets = 64

type partyKind uint8

const (
	kindAny    partyKind = iota // a name: person or body, unknown
	kindPerson                  // he, she, him, her
	kindBody                    // it, they, them, a company noun
)

type target struct {
	names []string // lower-cased proper-name words of the phrase or its antecedents
	head  string   // lemma of a common-noun head ("label"), "" if none
	kind  partyKind
}

// NoteNames records the capitalised words of one sentence (lower-cased,
// the sentence's first word left out), for the pronoun targets of the
// sentences after it. Called for every sentence, parsed or not.
func (p *Parties) NoteNames(words []string) {
	buf := p.recent[p.next][:0]
	p.recent[p.next] = append(buf, words...)
	p.next = (p.next + 1) % recentSentences
}

// ForgetQuote ends the run of the latest quotation's speaker: the
// caller saw a sentence quoting or reporting someone that it did not
// parse, so a later unattributed quotation may be that speaker's.
func (p *Parties) ForgetQuote() { p.quoteAccused = false }

// Known reports whether the story has named any target yet.
func (p *Parties) Known() bool { return p != nil && len(p.targets) > 0 }

func (p *Parties) add(t target) {
	if len(p.targets) == maxTargets {
		copy(p.targets, p.targets[1:])
		p.targets = p.targets[:maxTargets-1]
	}
	p.targets = append(p.targets, t)
}

// noteTargets finds the parties the sentence puts a claim about: the
// object of an active verb of accusing ("accused the label of"), the
// subject of a passive one ("the firm is suspected of"), the phrase
// after "against" an accusation noun, the subject of a clause holding
// "allegedly".
func (d *detector) noteTargets() {
	if d.ctx.Parties == nil {
		return
	}
	s := d.s
	t := s.Tokens
	accuse := d.class("accuse_verb")
	for _, g := range s.Verbs {
		if !accuse.Has(t[g.Head]) || d.unreal(g) {
			continue
		}
		if g.Passive {
			if c := s.Clauses[s.ClauseAt(g.Head)]; c.Subject >= 0 {
				d.addTarget(s.Chunks[c.Subject])
			}
			continue
		}
		if ch := s.ChunkAt(min(g.To, len(t)-1)); ch >= 0 && s.Chunks[ch].From == g.To {
			d.addTarget(s.Chunks[ch])
		}
	}
	claims := d.class("accusation_noun")
	for i := 0; i+1 < len(t); i++ {
		switch {
		case d.class("target_adverb").Has(t[i]):
			if c := s.Clauses[s.ClauseAt(i)]; c.Subject >= 0 {
				d.addTarget(s.Chunks[c.Subject])
			}
		case t[i].Lower == "against" && i > 0 && (claims.Has(t[i-1]) || d.class("claim_noun").Has(t[i-1])):
			if ch := s.ChunkAt(i + 1); ch >= 0 {
				d.addTarget(s.Chunks[ch])
			}
		}
	}
}

// addTarget records the phrase c as a party under a claim.
func (d *detector) addTarget(c text.Chunk) {
	p := d.ctx.Parties
	t := d.s.Tokens
	head := t[c.Head]
	tg := target{kind: kindAny}
	switch {
	case head.Tag == postag.PRP:
		switch head.Lower {
		case "he", "him", "she", "her":
			tg.kind = kindPerson
		case "it", "they", "them":
			tg.kind = kindBody
		default:
			return // "I", "you", "we": the speaker or the reader, not a party named
		}
		for _, r := range p.recent {
			tg.names = append(tg.names, r...)
		}
	case head.Tag == postag.NNP || head.Tag == postag.NNPS:
		tg.names = d.names(c)
	default:
		tg.head = head.Lemma
		tg.names = d.names(c)
		if d.class("company_noun").Has(head) || d.class("body_noun").Has(head) {
			tg.kind = kindBody
		}
	}
	p.add(tg)
}

// names returns the lower-cased proper-name words of the phrase.
func (d *detector) names(c text.Chunk) []string {
	var out []string
	for k := c.From; k < c.To; k++ {
		if tk := d.s.Tokens[k]; tk.Tag == postag.NNP || tk.Tag == postag.NNPS {
			out = append(out, tk.Lower)
		}
	}
	return out
}

// speakerOf returns the chunk of the party whose words hold clause ci:
// the subject of the speech verb reporting it, or the phrase after
// "according to", or, for a quotation, the subject of the sentence's
// speech verb outside it ("“…,” the company said"). -1 if none.
func (d *detector) speakerOf(ci, n int) int {
	s := d.s
	t := s.Tokens
	v := d.reportedBy(ci)
	if v >= 0 && d.quoted(v) && d.firstPerson(ci) {
		v = -1 // "“We have always said there is no …,” the firm said": the quotation's speaker
	}
	if v < 0 && d.quoted(n) {
		speech := d.class("speech_verb")
		for _, g := range s.Verbs {
			if !d.quoted(g.Head) && speech.Has(t[g.Head]) && g.Neg < 0 {
				v = g.Head
				break
			}
		}
	}
	if v < 0 {
		return -1
	}
	if t[v].Lower == "according" {
		if v+2 < len(t) {
			return s.ChunkAt(v + 2)
		}
		return -1
	}
	c := s.Clauses[s.ClauseAt(v)]
	if c.Subject >= 0 {
		return d.phraseHead(c.Subject)
	}
	// "Jo Bloggs, a researcher at …, told …": the clause's first phrase,
	// before an apposition.
	for k := c.From; k < v; k++ {
		if ch := s.ChunkAt(k); ch >= 0 {
			return ch
		}
	}
	// "…,” said the company": the subject follows the verb.
	if g := s.VerbAt(v); g >= 0 && s.Verbs[g].To < len(t) {
		if ch := s.ChunkAt(s.Verbs[g].To); ch >= 0 && s.Chunks[ch].From == s.Verbs[g].To {
			return ch
		}
	}
	return -1
}

// phraseHead walks from chunk ch back over the prepositional phrases
// that modify a noun ("a professor at the university", "lawyers for the
// family"): the party is the first noun, not the last.
func (d *detector) phraseHead(ch int) int {
	s := d.s
	for {
		from := s.Chunks[ch].From
		if from < 2 || s.Tokens[from-1].Tag != postag.IN || s.Tokens[from-1].Lower == "that" {
			return ch
		}
		prev := s.ChunkAt(from - 2)
		if prev < 0 || s.Chunks[prev].To != from-1 {
			return ch
		}
		ch = prev
	}
}

// firstPerson: the speech verb reporting clause ci has "I" or "we" as
// its subject.
func (d *detector) firstPerson(ci int) bool {
	s := d.s
	c := s.Clauses[s.ClauseAt(d.reportedBy(ci))]
	if c.Subject < 0 {
		return false
	}
	l := s.Tokens[s.Chunks[c.Subject].Head].Lower
	return l == "i" || l == "we"
}

// accused reports whether the phrase c names a party the story has put
// a claim about (Parties).
func (d *detector) accused(c text.Chunk) bool {
	p := d.ctx.Parties
	if !p.Known() {
		return false
	}
	t := d.s.Tokens
	head := t[c.Head]
	kind := kindAny
	switch {
	case head.Tag == postag.PRP:
		switch head.Lower {
		case "he", "she":
			kind = kindPerson
		case "it", "they":
			kind = kindBody
		default:
			return false
		}
	case head.Tag != postag.NNP && head.Tag != postag.NNPS:
		if d.class("company_noun").Has(head) || d.class("body_noun").Has(head) {
			kind = kindBody
		}
	}
	names := d.names(c)
	for _, tg := range p.targets {
		if len(names) > 0 && slices.ContainsFunc(names, func(w string) bool { return slices.Contains(tg.names, w) }) {
			return true
		}
		if head.Tag != postag.NNP && head.Tag != postag.NNPS && head.Tag != postag.PRP && tg.head != "" && tg.head == head.Lemma {
			return true // "the label" … "the label"
		}
		if len(names) == 0 && kind != kindAny && (tg.kind == kind || head.Tag == postag.PRP && tg.kind == kindAny && len(tg.names) > 0) {
			return true // "the company", "it", "he": a party of the target's kind
		}
	}
	return false
}

// ThirdPartyAt reports whether the claim called false or untrue at byte
// offset at of the structured sentence s is a third party's view of
// someone else's claim (thirdParty): the judgement the structural rules
// make, offered to a flag found another way, by its cue's offset.
func ThirdPartyAt(s *text.Sentence, ctx Context, at int) bool {
	if !ctx.Parties.Known() {
		return false
	}
	d := &detector{s: s, ctx: ctx, lx: lexicon.Default()}
	for i, t := range s.Tokens {
		if t.Start <= at && at < t.End {
			return d.thirdParty(s.ClauseAt(i), i)
		}
	}
	return false
}
