package detect

import (
	"slices"

	"github.com/caveat-reader/caveat/model/lexicon"
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
// The memory is a forward pass over a window of the story: a target
// counts from the sentence that names it for the next storyParagraphs
// paragraphs (a story's length: in a file of many stories, one
// story's parties do not reach into the next). Names are matched word
// by word ("Big Machine Records", "Big Machine"); a pronoun target
// ("accusing them of") keeps the names of the sentences just before
// it, where its antecedent stands; a speaker that is a common noun or a
// pronoun matches a target of its kind (the company, it, they: a body;
// he, she: a person).
//
// Every change and every read can be logged (Log) and replayed against
// another Parties (Replay): package model analyses a long text's
// paragraphs ahead of their turn from an empty memory and keeps a
// paragraph only if each of its reads gets the same answer from the
// memory the serial run would have had.
type Parties struct {
	targets []target
	// quoteAccused: the latest quotation whose speaker a sentence named
	// was spoken by a party under a claim; a quotation with no speaker
	// of its own speaks with that voice. quotePara is its paragraph.
	quoteAccused bool
	quotePara    int
	// recent holds the capitalised words of the last few sentences
	// (NoteNames), the antecedents a pronoun target may stand for.
	recent [recentSentences][]string
	// agents holds the names of people a sentence introduced as speaking
	// for another party ("press secretary Jo Bloggs"), so a later "Bloggs
	// said" is that party answering too.
	agents []agent
	// acts: what the story's claims say a party did, as verb lemmas
	// (acts.go).
	acts []act
	next int
	para int
	log  *[]Event
}

const (
	// recentSentences is how far back a pronoun's antecedent is looked
	// for.
	recentSentences = 3
	// storyParagraphs is how long a target is remembered, and
	// quoteParagraphs how long a quotation's voice runs on.
	storyParagraphs = 40
	quoteParagraphs = 2
	// maxTargets bounds the memory on hostile input (every word an
	// accusation): older targets give way, so a look-up stays constant
	// time; maxNames bounds the names kept of one sentence or phrase
	// (a party's name is a few words; a sentence of capitals is not one).
	maxTargets = 32
	maxNames   = 16
)

type partyKind uint8

const (
	kindAny    partyKind = iota // a name: person or body, unknown
	kindPerson                  // he, she, him, her
	kindBody                    // it, they, them, a company noun
)

// subjectPronounKind is the kind of party a subject pronoun refers back
// to: a person_pronoun ("he", "she") a person, an institution or plural
// pronoun ("it", "they") a body; false for any other word ("I", "we").
func subjectPronounKind(w string) (partyKind, bool) {
	switch {
	case clsPersonPronoun.HasWord(w):
		return kindPerson, true
	case clsInstitutionPronoun.HasWord(w) || clsPluralPronoun.HasWord(w):
		return kindBody, true
	}
	return kindAny, false
}

// agent is the name of one introduced as a spokesperson or a lawyer.
type agent struct {
	names []string
	para  int
}

type target struct {
	names []string // lower-cased proper-name words of the phrase or its antecedents
	head  string   // lemma of a common-noun head ("label"), "" if none
	kind  partyKind
	para  int
}

// partyQuery is a speaker looked up among the targets (matches).
type partyQuery struct {
	names []string
	// words: the lemmas of the speaker's whole description, so "Jo
	// Bloggs, the gang's leader" is a party of a target "the gang".
	words           []string
	head            string
	kind            partyKind
	proper, pronoun bool
}

// Event is one change to Parties or one read of it, in order. A chunk
// analysed ahead logs one or more per sentence and keeps them until its
// turn, so the rare large payloads (a target, a query) are pointed to:
// every event carrying them inline made an event 3x the size.
type Event struct {
	op      eventOp
	kind    partyKind // opAddPronoun
	flag    bool      // opQuote; the answer of a read
	readOut bool
	target  *target     // opAdd
	words   []string    // opNames
	n       int         // opParagraph
	query   *partyQuery // opMatch
}

type eventOp uint8

const (
	opParagraph eventOp = iota
	opNames
	opAdd
	opAddPronoun
	opQuote
	opKnown
	opMatch
	opQuoteRead
	opAgent
	opAgentRead
	opAct
	opActRead
)

// Log makes p append every change and read to *events (nil: stop).
func (p *Parties) Log(events *[]Event) { p.log = events }

func (p *Parties) record(e Event) {
	if p.log != nil {
		*p.log = append(*p.log, e)
	}
}

// Reset empties the memory, for a fresh start.
func (p *Parties) Reset() {
	p.targets = p.targets[:0]
	p.agents = p.agents[:0]
	p.acts = p.acts[:0]
	p.quoteAccused, p.quotePara, p.next, p.para = false, 0, 0, 0
	for i := range p.recent {
		p.recent[i] = p.recent[i][:0]
	}
}

// Paragraph tells the memory that paragraph n begins: targets and a
// quotation's voice older than their window are forgotten.
func (p *Parties) Paragraph(n int) {
	p.record(Event{op: opParagraph, n: n})
	p.para = n
	k := 0
	for k < len(p.targets) && p.targets[k].para < n-storyParagraphs {
		k++
	}
	if k > 0 {
		p.targets = append(p.targets[:0], p.targets[k:]...)
	}
	k = 0
	for k < len(p.agents) && p.agents[k].para < n-storyParagraphs {
		k++
	}
	if k > 0 {
		p.agents = append(p.agents[:0], p.agents[k:]...)
	}
	k = 0
	for k < len(p.acts) && p.acts[k].para < n-storyParagraphs {
		k++
	}
	if k > 0 {
		p.acts = append(p.acts[:0], p.acts[k:]...)
	}
	if p.quoteAccused && p.quotePara < n-quoteParagraphs {
		p.quoteAccused = false
	}
}

// NoteNames records the capitalised words of one sentence (lower-cased,
// the sentence's first word left out), for the pronoun targets of the
// sentences after it. Called for every sentence, parsed or not.
func (p *Parties) NoteNames(words []string) {
	if p.log != nil {
		p.record(Event{op: opNames, words: slices.Clone(words)})
	}
	p.recent[p.next] = append(p.recent[p.next][:0], words[:min(len(words), maxNames)]...)
	p.next = (p.next + 1) % recentSentences
}

// Known reports whether the story has named any target yet.
func (p *Parties) Known() bool {
	if p == nil {
		return false
	}
	got := len(p.targets) > 0
	p.record(Event{op: opKnown, readOut: got})
	return got
}

func (p *Parties) setQuote(accused bool) {
	p.record(Event{op: opQuote, flag: accused})
	p.quoteAccused, p.quotePara = accused, p.para
}

func (p *Parties) quote() bool {
	got := p.quoteAccused
	p.record(Event{op: opQuoteRead, readOut: got})
	return got
}

func (p *Parties) add(t target) {
	if p.log != nil {
		logged := t
		p.record(Event{op: opAdd, target: &logged})
	}
	t.para = p.para
	t.names = t.names[:min(len(t.names), maxNames)]
	if len(p.targets) == maxTargets {
		copy(p.targets, p.targets[1:])
		p.targets = p.targets[:maxTargets-1]
	}
	p.targets = append(p.targets, t)
}

// addPronoun adds a pronoun target standing for the names of the
// sentences just before it.
func (p *Parties) addPronoun(kind partyKind) {
	p.record(Event{op: opAddPronoun, kind: kind})
	t := target{kind: kind}
	for _, r := range p.recent {
		t.names = append(t.names, r...)
	}
	log := p.log
	p.log = nil // one event, not two
	p.add(t)
	p.log = log
}

// Spoke tells the memory who speaks in a sentence that gives a speaker
// (a quotation's or a report's): the words of the speaker's phrase,
// lower-cased, and which were capitalised. A quotation after it with no
// speaker of its own carries that voice, as news writing runs a
// speaker's quotations on; whether the voice is a party under a claim
// is decided here, once.
func (p *Parties) Spoke(words []string, caps []bool) {
	if len(words) == 0 {
		return
	}
	q := partyQuery{kind: kindAny}
	agent, title := false, -1
	for i, w := range words {
		if caps[i] && !functionWord(w) {
			q.names = append(q.names, w)
		}
		if n := clsAgentNoun.MatchWords(words[i:]); n > 0 {
			agent, title = true, i+n-1 // "press secretary": the title's last word
		}
		q.words = append(q.words, lexicon.Singular(w))
	}
	if agent {
		p.addAgent(agentName(words, caps, title))
	} else if len(q.names) > 0 {
		agent = p.isAgent(q.names)
	}
	last := words[len(words)-1]
	if k, ok := subjectPronounKind(last); ok {
		q.pronoun, q.kind = true, k
	} else {
		q.proper = caps[len(words)-1]
		q.head = lexicon.Singular(last)
		if !q.proper && (clsCompanyNoun.HasWord(q.head) || clsBodyNoun.HasWord(q.head)) {
			q.kind = kindBody
		}
	}
	p.setQuote(agent || p.matches(q))
}

// agentName returns the name in a spokesperson's description: the run
// of capitalised words right after the title ("press secretary Jo
// Bloggs"), or nil ("City Hall spokeswoman" names only whom she speaks
// for).
func agentName(words []string, caps []bool, title int) []string {
	k := title + 1
	for k < len(words) && caps[k] && !functionWord(words[k]) {
		k++
	}
	return words[title+1 : k]
}

// addAgent records the name of one introduced as speaking for another.
func (p *Parties) addAgent(names []string) {
	if len(names) == 0 {
		return
	}
	names = slices.Clone(names[:min(len(names), maxNames)])
	p.record(Event{op: opAgent, words: names})
	if len(p.agents) == maxTargets {
		copy(p.agents, p.agents[1:])
		p.agents = p.agents[:maxTargets-1]
	}
	p.agents = append(p.agents, agent{names: names, para: p.para})
}

// isAgent reports whether a speaker named by names was introduced as
// speaking for another party: a later "Bloggs said" of "spokeswoman Jo
// Bloggs".
func (p *Parties) isAgent(names []string) bool {
	if p == nil || len(names) == 0 {
		return false
	}
	names = names[:min(len(names), maxNames)]
	got := p.agentNamed(names)
	p.record(Event{op: opAgentRead, words: slices.Clone(names), readOut: got})
	return got
}

func (p *Parties) agentNamed(names []string) bool {
	for _, a := range p.agents {
		if slices.ContainsFunc(names, func(w string) bool { return slices.Contains(a.names, w) }) {
			return true
		}
	}
	return false
}

// functionWord: a capitalised word that opens a speaker's phrase and
// names nothing (mention_opener: "The company", "But the firm").
func functionWord(w string) bool { return clsMentionOpener.HasWord(w) }

// matches reports whether the speaker q is one of the targets.
func (p *Parties) matches(q partyQuery) bool {
	q.names = q.names[:min(len(q.names), maxNames)]
	q.words = q.words[:min(len(q.words), 2*maxNames)]
	got := p.match(q)
	if p.log != nil {
		p.record(Event{op: opMatch, query: &q, readOut: got})
	}
	return got
}

func (p *Parties) match(q partyQuery) bool {
	for _, tg := range p.targets {
		if len(q.names) > 0 && slices.ContainsFunc(q.names, func(w string) bool { return slices.Contains(tg.names, w) }) {
			return true
		}
		if !q.proper && !q.pronoun && tg.head != "" && tg.head == q.head {
			return true // "the label" … "the label"
		}
		if tg.head != "" && slices.Contains(q.words, tg.head) {
			return true // "the gang's leader", "a spokesman for the club"
		}
		if len(q.names) == 0 && q.kind != kindAny && (tg.kind == q.kind || q.pronoun && tg.kind == kindAny && len(tg.names) > 0) {
			return true // "the company", "it", "he": a party of the target's kind
		}
	}
	return false
}

// Replay applies a paragraph's logged events to p, as the paragraph
// would have changed it, and reports whether every read the paragraph
// made gets the same answer from p. On a false answer p is left as it
// was (scratch holds a copy), so the caller can analyse the paragraph
// again from p.
func (p *Parties) Replay(events []Event, scratch *Parties) bool {
	scratch.copyFrom(p)
	for _, e := range events {
		switch e.op {
		case opParagraph:
			scratch.Paragraph(e.n)
		case opNames:
			scratch.NoteNames(e.words)
		case opAdd:
			scratch.add(*e.target)
		case opAddPronoun:
			scratch.addPronoun(e.kind)
		case opQuote:
			scratch.setQuote(e.flag)
		case opKnown:
			if scratch.Known() != e.readOut {
				return false
			}
		case opMatch:
			if scratch.match(*e.query) != e.readOut {
				return false
			}
		case opQuoteRead:
			if scratch.quoteAccused != e.readOut {
				return false
			}
		case opAgent:
			scratch.addAgent(e.words)
		case opAgentRead:
			if scratch.agentNamed(e.words) != e.readOut {
				return false
			}
		case opAct:
			scratch.addAct(e.words[0])
		case opActRead:
			if scratch.actClaimed(e.words[0]) != e.readOut {
				return false
			}
		}
	}
	p.copyFrom(scratch)
	return true
}

// copyFrom makes p a copy of q, reusing p's buffers; the log is p's own.
func (p *Parties) copyFrom(q *Parties) {
	p.targets = append(p.targets[:0], q.targets...)
	p.agents = append(p.agents[:0], q.agents...)
	p.acts = append(p.acts[:0], q.acts...)
	p.quoteAccused, p.quotePara, p.next, p.para = q.quoteAccused, q.quotePara, q.next, q.para
	for i := range p.recent {
		p.recent[i] = append(p.recent[i][:0], q.recent[i]...)
	}
}
