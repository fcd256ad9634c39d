package ledger

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// The speech reader's part of the ledger needs a sentence's tokens, and
// only those: it is run sentence by sentence while the caller holds them
// (the analyzer, paragraph by paragraph, from the detector's one token
// stream), so the ledger never tokenizes the text a second time. What it
// finds is kept in a Reading, one entry per sentence, which Build then
// reads with the detector's flags.
//
// The reading of a sentence depends on nothing but its tokens, the text
// and the quotation its paragraph's earlier sentence left open, so
// sentences of different paragraphs may be read in any order and on any
// goroutine, and a sentence read twice is read the same.

// Token is a token of model/text as the ledger reads it: its offsets,
// Lower, Word, Cap and Caps (text.Token's), and the ledger's class bits
// of its word (WordBits; 0 for a mark). Only these are copied for every
// token of the text.
type Token struct {
	Start, End      int
	Lower           string
	Bits            uint64
	Word, Cap, Caps bool
	// Tag is the word's part of speech in its whole sentence when the
	// detector has tagged the sentence (postag.None when not), which
	// the ledger reads rather than tagging a window again (tagToks).
	Tag postag.Tag
}

// TokenOf is the ledger's token of t.
func TokenOf(t text.Token) Token {
	lt := Token{Start: t.Start, End: t.End, Lower: t.Lower, Word: t.Word, Cap: t.Cap, Caps: t.Caps}
	if t.Word {
		lt.Bits = wordBits().get(t.Lower)
	}
	return lt
}

// tok is the ledger's name for Token.
type tok = Token

// Reading is what the speech reader found in each sentence of a text.
type Reading struct {
	text  string
	sents []Sentence
	per   []sentenceReading
}

// sentenceReading is one sentence's entry. The speech mentions are read
// without the detector's flags, which Build applies: their anonymity
// (agreeWithDetector) and a refusal quoted in the sentence
// (quotedRefusal, read from quoted).
//
// There is one entry for every sentence of the text (75,000 on 10 MB of
// news), alive from the first paragraph read to the ledger's build, the
// analysis's peak: so each holds its two lists as a pointer to their
// first item in a Reader's block and a count (mentions and quoted), 32
// bytes in all where two slices took 56.
type sentenceReading struct {
	// ms and nm are the speakers and names in passing, in text order
	// (mentions).
	ms *mention
	// qs and nq are the runs of tokens inside quotation marks, each from
	// its first token's start to its last token's end (quoted).
	qs     *Span
	nm, nq uint32
	// depth is the quotation left open at the sentence's end.
	depth int32
	shape uint8
	// read: the sentence has been read; skip: it is not attributed (the
	// headline, or a span not in the text).
	read, skip bool
}

// mentions are the sentence's mentions, in its Reader's block.
func (e *sentenceReading) mentions() []mention { return unsafe.Slice(e.ms, e.nm) }

// quoted are the sentence's quoted runs, in its Reader's block.
func (e *sentenceReading) quoted() []Span { return unsafe.Slice(e.qs, e.nq) }

// setMentions and setQuoted point the entry at a sentence's lists, kept
// in a Reader's block (keep).
func (e *sentenceReading) setMentions(ms []mention) {
	e.ms, e.nm = unsafe.SliceData(ms), uint32(len(ms))
}

func (e *sentenceReading) setQuoted(qs []Span) {
	e.qs, e.nq = unsafe.SliceData(qs), uint32(len(qs))
}

// NewReading makes an empty reading of text's sentences; each token
// lower-cases its own word (no lowered copy of the whole text is kept).
func NewReading(src string, sents []Sentence) *Reading {
	return &Reading{text: src, sents: sents, per: make([]sentenceReading, len(sents))}
}

// IsRead reports whether sentence si has been read: a sentence reads
// the same every time, so a paragraph the analyzer analyses again need
// not be read again.
func (rd *Reading) IsRead(si int) bool { return rd.per[si].read }

// Unread forgets the reading of sentences [from, to), to be read again:
// for a caller that analyses them again from a different state, whose
// parse (and so the tags it hands the reader) may differ.
func (rd *Reading) Unread(from, to int) {
	for si := from; si < to; si++ {
		rd.per[si] = sentenceReading{}
	}
}

// Sentences are the sentences the reading was made for.
func (rd *Reading) Sentences() []Sentence { return rd.sents }

// Reader reads sentences into a Reading, reusing its buffers from one
// sentence to the next; one Reader per goroutine.
type Reader struct {
	rd *Reading
	// scan is the one pass over a sentence's tokens (scanSentence),
	// whose buffers serve the next sentence.
	scan sentScan
	inQ  []bool
	evs  []event
	toks []tok
	raw  []text.Token
	// arena and runs hold the mentions and quoted runs of the sentences
	// read, in blocks, so a sentence's cost no allocation of their own.
	arena []mention
	runs  []Span
	// names remembers the names in passing read (readName).
	names map[string]nameRead
}

// NewReader returns a reader of rd.
func (rd *Reading) NewReader() *Reader { return &Reader{rd: rd} }

// Read reads sentence si from its tokens, which must be those model/text
// makes of the sentence's span (text.TokenizeLowered), with their Bits.
// The sentence before it, if in the same paragraph, must have been read.
func (r *Reader) Read(si int, toks []Token) {
	rd := r.rd
	e := &rd.per[si]
	*e = sentenceReading{read: true}
	sent := rd.sents[si]
	depth := 0
	if si > 0 && rd.sents[si-1].Paragraph == sent.Paragraph {
		depth = int(rd.per[si-1].depth)
	}
	if sent.Start < 0 || sent.Start > sent.End || sent.End > len(rd.text) {
		// Another stage's bug: skipped, the quotation state kept.
		e.skip, e.depth = true, int32(depth)
		return
	}
	sc := &r.scan
	scanSentence(rd.text, toks, depth, sent.Start, sc)
	r.inQ, e.depth, e.shape = sc.in, int32(sc.depth), sc.shape
	if isHeadline(rd.text, rd.sents, si) {
		e.skip = true
		return
	}
	if sc.quoted {
		e.setQuoted(keep(&r.runs, quotedRuns(toks, r.inQ, r.runs[len(r.runs):])))
	}
	r.evs = speechEvents(rd.text, toks, r.inQ, sc.cues, r.evs[:0])
	if saysNothing(toks, r.inQ, r.evs) {
		e.shape |= bareSaid
	}
	// Built in the arena's free room, where keep leaves it.
	out := r.arena[len(r.arena):len(r.arena)]
	var prev mention
	havePrev := false
	for _, ev := range r.evs {
		var m mention
		ok := false
		if ev.inherit && havePrev {
			m, ok = prev, true
		} else if ev.inherit {
			if sp, found := mainSubject(rd.text, toks, r.inQ, ev.cue); found {
				m, ok = mentionFromToks(rd.text, tokensIn(toks, sp))
			}
			for n := 1; !ok && n <= 2; n++ {
				if sp, found := subjectPastAdverbials(rd.text, toks, r.inQ, ev.cue, n); found {
					m, ok = mentionFromToks(rd.text, tokensIn(toks, sp))
				}
			}
		} else if p := ownerPronoun(toks, ev); p != "" {
			m, ok = pronounMention(toks, ev.region, p), true
		} else {
			rt := tokensIn(toks, ev.region)
			m, ok = mentionFromToks(rd.text, rt)
			if ok && m.typ() == NamedPerson && m.is(mGuessed) && len(m.roles()) == 0 && len(rt) > 2 && rt[0].in(cDefinite) && rt[1].Cap &&
				m.desc().Start == rt[0].Start {
				// "The United Nations said": a person's name takes no
				// article, as for a name in passing (shadows); "the
				// Texas Republican" is a party's member (an epithet
				// resolve reads).
				if !rt[len(rt)-1].in(cPartyName) {
					m.setTyp(NamedInstitution)
					m.set(mGuessed, false)
				}
			}
			if ok && ev.appos.End > 0 {
				m = withAppositive(rd.text, m, tokensIn(toks, ev.appos))
			}
			if ok && ev.relay && toks[ev.cue].in(cSpeechCite) && unlistedRoleOnly(&m) {
				// "Citing the dog's small size, officials said": what a
				// speaker cites is evidence unless a word names it a
				// party; a noun no list holds ("size", "data",
				// "concerns") names none.
				continue
			}
		}
		if !ok || ev.nested && (!nestedSpeaker(m) || m.desc().End != ev.region.End) {
			continue
		}
		if d := m.desc(); m.typ() == NamedPerson && m.is(mGuessed) && m.gender == 0 && !ev.inherit && !strings.ContainsAny(rd.text[d.Start:d.End], "0123456789") {
			// (A name with a digit is a body's: "TVN24 reported he …".)
			m.gender = speakerPronoun(toks, r.inQ, ev.cue)
		}
		m.sent, m.flag = int32(si), -1
		m.set(mRelay, ev.relay)
		m.set(mReported, ev.reported)
		m.set(mNested, ev.nested)
		m.set(mIssued, ev.issued)
		if ev.outlet && m.typ() == NamedPerson && m.is(mGuessed) {
			m.setTyp(NamedInstitution)
			m.set(mGuessed, false)
			m.set(mOutlet, true)
		}
		out = append(out, m)
		if !ev.relay && !ev.nested && !ev.owner {
			prev, havePrev = m, true
		}
	}
	if r.names == nil {
		r.names = map[string]nameRead{}
	}
	out = shadows(rd.text, toks, r.inQ, si, out, r.names)
	// In text order within the sentence, so the reading as a whole is
	// in text order (Build merges it with the flags' mentions).
	if !slices.IsSortedFunc(out, byStart) {
		slices.SortStableFunc(out, byStart)
	}
	e.setMentions(keep(&r.arena, out))
}

// ReadText reads sentence si, tokenizing it itself: for a caller that
// holds no tokens of it.
func (r *Reader) ReadText(si int) {
	rd := r.rd
	sp := rd.sents[si].Span
	if sp.Start < 0 || sp.Start > sp.End || sp.End > len(rd.text) {
		sp = Span{}
	}
	r.toks, r.raw = appendToks(r.toks[:0], r.raw, rd.text, sp)
	r.Read(si, r.toks)
}

// arenaBlock is how many items a block of a Reader's arenas holds.
const arenaBlock = 512

// keep copies a sentence's items into the arena's block (a new block
// when they do not fit) and returns them there. Items appended to the
// arena's free room are there already, and are not copied.
func keep[T any](arena *[]T, xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	a := *arena
	if n := len(a); cap(a)-n >= len(xs) && &a[n : n+1 : n+1][0] == &xs[0] {
		a = a[:n+len(xs)]
		*arena = a
		return a[n:len(a):len(a)]
	}
	if cap(a)-len(a) < len(xs) {
		a = make([]T, 0, max(arenaBlock, len(xs)))
	}
	n := len(a)
	a = append(a, xs...)
	*arena = a
	return a[n:len(a):len(a)]
}

// quotedRuns appends to dst the runs of toks inside quotation marks.
func quotedRuns(toks []tok, inQ []bool, dst []Span) []Span {
	for i := 0; i < len(toks); i++ {
		if !inQ[i] {
			continue
		}
		j := i
		for j+1 < len(toks) && inQ[j+1] {
			j++
		}
		dst = append(dst, Span{Start: toks[i].Start, End: toks[j].End})
		i = j
	}
	return dst
}

// readAll reads every sentence not read yet, tokenizing each itself, on
// up to readers goroutines (0: one per processor), each given runs of
// whole paragraphs.
func (rd *Reading) readAll(readers int) {
	n := readers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	for _, run := range paragraphRuns(rd.sents, n, len(rd.text)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rd.NewReader()
			for si := run[0]; si < run[1]; si++ {
				if !rd.per[si].read {
					r.ReadText(si)
				}
			}
		}()
	}
	wg.Wait()
}

// readRun is the least text a parallel reader is given: below it, a
// goroutine costs more than it saves.
const readRun = 64 << 10

// paragraphRuns splits sentences into at most n runs of whole paragraphs
// of about equal length in bytes (none under readRun), as [from, to)
// sentence ranges.
func paragraphRuns(sents []Sentence, n, textLen int) [][2]int {
	n = max(1, min(n, textLen/readRun))
	var out [][2]int
	from := 0
	for k := 1; k < n && from < len(sents); k++ {
		cut := textLen * k / n
		i, _ := slices.BinarySearchFunc(sents, cut, func(s Sentence, at int) int { return s.Start - at })
		for i < len(sents) && i > 0 && sents[i].Paragraph == sents[i-1].Paragraph {
			i++
		}
		if i > from && i < len(sents) {
			out = append(out, [2]int{from, i})
			from = i
		}
	}
	return append(out, [2]int{from, len(sents)})
}

// ownerPronoun is the pronoun a claim's owner stands for when it is a
// possessive pronoun ("his vow that" -> "he"), else "".
func ownerPronoun(toks []tok, ev event) string {
	if !ev.owner {
		return ""
	}
	rt := tokensIn(toks, ev.region)
	if len(rt) != 1 {
		return ""
	}
	return possessivePronoun(rt[0].Lower)
}

// pronounMention is the mention of pronoun p standing at region, as
// "he said" makes one: resolved later to whom it points back to.
func pronounMention(toks []tok, region Span, p string) mention {
	m := mention{flag: -1, bits: mDefinite}
	m.setDesc(region)
	m.edit().pronoun = p
	switch p {
	case "they":
		m.setTyp(UnnamedGroup)
		m.set(mPlural, true)
	case "it":
		m.setTyp(NamedInstitution)
	default:
		m.setTyp(UnnamedPerson)
		setGender(&m, tokensIn(toks, region))
	}
	return m
}
