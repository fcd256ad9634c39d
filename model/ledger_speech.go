package model

import (
	"slices"
	"strings"
)

// The speech reader finds, in one sentence, the phrases naming who the
// sentence says spoke: the subject of a speech verb ("Graham said", "said
// the Russian source"), the object of "according to", an outlet relaying
// the speaker ("told state radio", "in an interview with Fox News") and a
// source the speaker cites ("citing people familiar with the matter").
// It reads the sentence's tokens once, left to right, and looks at most a
// bounded number of tokens around each cue, so a sentence costs time
// linear in its length whatever its shape.

// ledgerSpeechReach bounds how far a speaker phrase is read from its cue,
// in tokens: a subject or object phrase is never longer in news text, and
// the bound keeps the reader linear on a sentence of a million words.
const ledgerSpeechReach = 14

// ledgerEvent is one place a sentence names a party it rests on.
type ledgerEvent struct {
	// region holds the speaker phrase (empty when inherit is set).
	region Span
	// cue is the token index of the speech cue.
	cue int
	// relay: an outlet relaying the speaker, or a source the speaker cites.
	relay bool
	// inherit: the cue has no subject of its own ("..., but described
	// him as"): its speaker is the sentence's previous one.
	inherit bool
	// trailing: the attribution closes the sentence ("…, the Times
	// reported."): what stands before it is the reported content.
	trailing bool
	// blockStart is the token index where a trailing attribution begins.
	blockStart int
	// keep: a speaker whose words an outlet relays stands even before a
	// trailing attribution.
	keep bool
	// opensClause: the speaker phrase opens a new clause joined to the
	// one before ("…, and the Kremlin has denied"), so it is not part of
	// an earlier speaker's reported content.
	opensClause bool
	// reported: a verb of reported speech (said, told), whose content may
	// carry on into the next sentence in backshifted tense.
	reported bool
}

// ledgerQuoteState marks which tokens stand inside quotation marks. depth
// carries an open quotation from one sentence to the next of a paragraph.
func ledgerQuoteState(text string, toks []ledgerToken, depth int, in []bool) ([]bool, int) {
	in = in[:0]
	for _, t := range toks {
		if t.Punct && len(t.Key) > 0 {
			r, _ := ledgerRuneAt(text, t.Start, t.End)
			if ledgerQuoteRune(r) {
				opening := r == '“' || r == '«' || r == '„'
				if r == '"' {
					opening = t.Start == 0 || text[t.Start-1] == ' ' || text[t.Start-1] == '\n' || text[t.Start-1] == '('
				}
				in = append(in, true)
				// News quotations do not nest: an opening mark starts a new
				// quotation, so one left unclosed (a quotation running on
				// into the next paragraph) never leaves the rest inside.
				if opening {
					depth = 1
				} else {
					depth = 0
				}
				continue
			}
		}
		in = append(in, depth > 0)
	}
	return in, depth
}

// ledgerSpeechEvents appends the events of one sentence, given its tokens
// and which of them stand inside a quotation.
func ledgerSpeechEvents(text string, toks []ledgerToken, inQuote []bool, out []ledgerEvent) []ledgerEvent {
	first := len(out)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Punct || inQuote[i] {
			continue
		}
		if !t.in(lbSpeechAccording | lbSpeechInterview | lbSpeechCite | lbSpeechParticiple | lbSpeechVerb) {
			continue // most words cue nothing
		}
		k := t.Key
		switch {
		case t.in(lbSpeechAccording) && i+1 < len(toks) && toks[i+1].Key == "to":
			if r, ok := ledgerRightRegion(toks, i+2); ok {
				out = append(out, ledgerEvent{region: r, cue: i, trailing: ledgerAfterBreak(toks, i), blockStart: i})
			}
		case t.in(lbSpeechInterview) && i+1 < len(toks) && toks[i+1].Key == "with":
			if r, ok := ledgerRightRegion(toks, i+2); ok && ledgerIsOutlet(text, r) {
				out = append(out, ledgerEvent{region: r, cue: i, relay: true})
			}
		case t.in(lbSpeechCite) && (k == "citing" || k == "quoting" || i > 0 && (toks[i-1].Punct || toks[i-1].in(lbSpeechRelative))):
			// ", citing ..." and "which cited ...": the speaker's source.
			if r, ok := ledgerRightRegion(toks, i+1); ok {
				out = append(out, ledgerEvent{region: r, cue: i, relay: true})
			}
		case t.in(lbSpeechParticiple):
			if i > 0 && (toks[i-1].Key == "," || toks[i-1].Key == "and") {
				out = append(out, ledgerEvent{cue: i, inherit: true})
			}
		case t.in(lbSpeechVerb) && !(t.Upper && i > 0):
			// A capitalised verb inside a sentence is a name ("the
			// United States").
			out = ledgerVerbEvent(text, toks, inQuote, i, out)
		}
	}
	// Once a speaker is named, a later speech verb belongs to what the
	// speaker is reported as saying ("Scissors said whether Trump will
	// agree depends on whether he believes …"), unless its subject opens
	// a clause of its own ("…, and the Kremlin has denied").
	spoke := false
	kept := out[:first]
	for j := first; j < len(out); j++ {
		e := out[j]
		if !e.relay && !e.inherit && spoke && !e.trailing && !e.opensClause && e.region.Start > 0 {
			continue
		}
		if !e.relay {
			spoke = true
		}
		kept = append(kept, e)
	}
	out = kept
	// A trailing attribution governs the sentence: speech verbs before it
	// belong to the content it reports ("X told Y that ..., the Times
	// reported"), and only its relays stand with it.
	last := -1
	for j := first; j < len(out); j++ {
		if out[j].trailing && !out[j].relay {
			last = j
		}
	}
	if last < 0 {
		return out
	}
	kept = out[:first]
	for j := first; j < len(out); j++ {
		e := out[j]
		if j != last && !e.relay && !e.keep && e.cue < out[last].blockStart {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// ledgerAfterBreak: the cue at i opens a clause after a comma or a closing
// quotation mark, as an attribution closing a sentence does.
func ledgerAfterBreak(toks []ledgerToken, i int) bool {
	return i > 0 && toks[i-1].Punct
}

// ledgerVerbEvent reads the speaker of the speech verb at i: its subject
// to the left, or, when a comma or quotation mark stands before it ("…,”
// said the official"), the phrase after it.
func ledgerVerbEvent(text string, toks []ledgerToken, inQuote []bool, i int, out []ledgerEvent) []ledgerEvent {
	j := i - 1
	for j >= 0 && i-j <= 4 && !toks[j].Punct && toks[j].in(lbSpeechAux) {
		j--
	}
	if j >= 0 && !toks[j].Punct && toks[j].in(lbSpeechPassive) {
		return out // "cases had been reported", "is said to"
	}
	coordinated := j >= 0 && (toks[j].Key == "and" || toks[j].Key == "but" || toks[j].Key == "or")
	if j >= 0 && !toks[j].Punct && !coordinated && (toks[j].in(lbDeterminer) || toks[j].in(lbLeftstop)) {
		// "on the reports", "to claim": a noun or an infinitive.
		return out
	}
	if toks[i].in(lbSpeechNounlike) && j >= 0 && !toks[j].Upper && !ledgerIsPronoun(toks[j].Key) && ledgerHeadList(ledgerStem(toks[j].Key)) == "" {
		return out // "amid opposition claims"
	}
	if toks[i].in(lbSpeechVerbthat) && (i+1 >= len(toks) || toks[i+1].Key != "that") {
		return out // "the US maintains tariffs"
	}
	reported := ledgerIsReported(toks[i].Key)
	tell := ledgerIsTell(toks[i].Key)
	ev := ledgerEvent{cue: i, reported: reported}
	switch {
	case j < 0 || toks[j].Punct:
		// An inverted attribution ("…,” said the official), or a subject
		// set off by an appositive ("Graham, who serves …, said").
		if j >= 0 && toks[j].Key == "," {
			if r, ok := ledgerAppositiveSubject(toks, inQuote, j); ok {
				ev.region = r
				break
			}
		}
		if r, ok := ledgerInvertedSubject(toks, i+1); ok && !tell && j >= 0 && toks[j].Key != "(" {
			ev.region, ev.trailing, ev.blockStart = r, true, j
			break
		}
		return out
	case coordinated:
		ev.inherit = true
	case toks[j].in(lbSpeechRelative):
		// "people who claimed": only a clause set off by a comma speaks
		// for the phrase before it.
		r, _, ok := ledgerRelativeSubject(toks, inQuote, j, j)
		if !ok {
			return out
		}
		ev.region = r
	default:
		r, start, ok := ledgerLeftSubject(toks, inQuote, j)
		if !ok {
			return out
		}
		ev.region = r
		if start > 0 && toks[start-1].Punct && ledgerTokensLeft(toks, i) <= 8 {
			ev.trailing, ev.blockStart = true, start-1
		}
		if start > 0 {
			p := toks[start-1]
			ev.opensClause = p.Key == ";" || p.Key == "and" || p.Key == "but" || p.Key == "while" || p.Key == "whereas"
		}
	}
	if tell {
		// "told state radio": the outlet relays the speaker, who stands
		// with it even before a trailing attribution ("A CNN spokesperson
		// told Politico …, Politico reported").
		if r, ok := ledgerRightRegion(toks, i+1); ok && ledgerIsOutlet(text, r) {
			ev.keep = true
			return append(out, ev, ledgerEvent{region: r, cue: i, relay: true})
		}
	}
	return append(out, ev)
}

// ledgerTokensLeft counts the words after token i, up to a bound.
func ledgerTokensLeft(toks []ledgerToken, i int) int {
	n := 0
	for k := i + 1; k < len(toks) && n <= ledgerSpeechReach; k++ {
		if !toks[k].Punct {
			n++
		}
	}
	return n
}

func ledgerIsTell(k string) bool { return ledgerWords().hasBit(lbSpeechTell, k) }

// ledgerIsReported: verbs of plain reported speech, whose content a next
// sentence may carry on.
func ledgerIsReported(k string) bool {
	switch k {
	case "said", "told", "added", "says", "tells", "adds", "explained", "insisted", "argued", "stated", "noted", "warned", "wrote":
		return true
	}
	return false
}

// ledgerLeftSubject reads the subject ending at token j: back to the start
// of its clause (a punctuation mark, a clause-opening word), at most
// ledgerSpeechReach tokens. A relative pronoun ("Sanders, who … praised")
// hands the subject to the phrase before it. It returns the region and
// the index of its first token.
func ledgerLeftSubject(toks []ledgerToken, inQuote []bool, j int) (Span, int, bool) {
	s := j
	for s > 0 && j-s < ledgerSpeechReach {
		p := toks[s-1]
		if inQuote[s-1] {
			break
		}
		if p.Punct && p.Key != "'" && p.Key != "’" {
			// An abbreviation's period stays ("Sen. Mark Warner").
			if !(p.Key == "." && s >= 2 && toks[s-2].End == p.Start && toks[s-2].Upper && toks[s].Upper) {
				break
			}
		}
		if p.in(lbSpeechClausestop) || p.in(lbBoundary) && !p.in(lbSpeechRelative) {
			break
		}
		if p.in(lbSpeechRelative) {
			return ledgerRelativeSubject(toks, inQuote, s-1, j)
		}
		s--
	}
	// "Trump and his allies deny": a group headed by a named party is
	// that party.
	if s >= 2 && toks[s-1].Key == "and" && !toks[s-2].Punct && ledgerPossessive(toks[s].Key) {
		if r, start, ok := ledgerLeftSubject(toks, inQuote, s-2); ok {
			return r, start, true
		}
	}
	return Span{toks[s].Start, toks[j].End}, s, true
}

// ledgerRelativeSubject reads the subject of a verb in a relative clause
// opened at token rel and ending at j: the clause's own subject ("in
// which he said"), or the phrase the pronoun follows when the clause is
// set off by a comma ("Sanders, who in her own post … praised"). A
// restrictive clause ("people who claimed") describes, it attributes
// nothing.
func ledgerRelativeSubject(toks []ledgerToken, inQuote []bool, rel, j int) (Span, int, bool) {
	if rel+1 <= j {
		f := toks[rel+1]
		if f.Upper || f.in(lbDeterminer) || f.in(lbPronounPerson) ||
			f.in(lbPronounPlural) || f.in(lbPronounInstitution) {
			return Span{f.Start, toks[j].End}, rel + 1, true
		}
	}
	k := rel - 1
	if k < 1 || toks[k].Key != "," {
		return Span{}, 0, false
	}
	k--
	s := k
	for s > 0 && k-s < ledgerSpeechReach/2 {
		p := toks[s-1]
		if p.Punct || inQuote[s-1] || p.in(lbLeftstop) || p.in(lbSpeechClausestop) {
			break
		}
		s--
	}
	if toks[s].Punct {
		return Span{}, 0, false
	}
	return Span{toks[s].Start, toks[k].End}, s, true
}

// ledgerAppositiveSubject reads "Rod Eddington, BA's chief executive,
// said": the comma at j closes an appositive; the subject ends before the
// comma that opens it.
//
// The stretch between the commas must read as an appositive: a relative
// clause ("who serves on …"), a participle ("speaking on condition of
// anonymity"), or a phrase with no verb ("BA's chief executive", "from the
// IFS", "however"). A clause with a verb of its own ("…, the greenback
// may weaken, said Juan Perez") is the content of an inverted
// attribution instead.
func ledgerAppositiveSubject(toks []ledgerToken, inQuote []bool, j int) (Span, bool) {
	w := ledgerWords()
	for k := j - 1; k > 0 && j-k <= 2*ledgerSpeechReach; k-- {
		if inQuote[k] || toks[k].Punct && toks[k].Key != "," && toks[k].Key != "." && toks[k].Key != "'" && toks[k].Key != "’" {
			return Span{}, false
		}
		if toks[k].Key != "," {
			continue
		}
		if k+1 >= j || toks[k-1].Punct {
			return Span{}, false
		}
		open := toks[k+1].Key
		if !w.hasBit(lbSpeechRelative, open) && !ledgerIsParticiple(open) {
			for m := k + 1; m < j; m++ {
				if toks[m].in(lbBoundary) && !toks[m].in(lbSpeechPostprep) && !toks[m].in(lbPostmod) && toks[m].Key != "also" && toks[m].Key != "however" {
					return Span{}, false
				}
			}
		}
		r, _, ok := ledgerLeftSubject(toks, inQuote, k-1)
		return r, ok
	}
	return Span{}, false
}

// ledgerIsParticiple: a word in -ing opening a participle phrase.
func ledgerIsParticiple(k string) bool {
	return len(k) > 4 && k[len(k)-3:] == "ing"
}

// ledgerInvertedSubject reads the speaker after an inverted verb ("…,”
// said the Russian source."): a phrase that closes the sentence or its
// clause, where a complement clause ("said Mueller needs to …") does not.
func ledgerInvertedSubject(toks []ledgerToken, i int) (Span, bool) {
	r, ok := ledgerRightRegion(toks, i)
	if !ok {
		return r, false
	}
	e := i
	for e < len(toks) && toks[e].End <= r.End {
		e++
	}
	if e-i > 10 {
		return r, false
	}
	if e < len(toks) && !toks[e].Punct && !toks[e].in(lbSpeechAfterspeaker) {
		return r, false
	}
	return r, true
}

// ledgerRightRegion reads a phrase starting at token i: up to punctuation,
// a word that ends it ("in", "when", "who") or ledgerSpeechReach tokens.
// "of" and "for" followed by a capitalised word stay in ("Nick Van den
// Brul of BNP Paribas", "a spokesman for Rank").
func ledgerRightRegion(toks []ledgerToken, i int) (Span, bool) {
	if i >= len(toks) || toks[i].Punct || toks[i].in(lbBoundary) || toks[i].in(lbSpeechRightstop) {
		return Span{}, false
	}
	e := i
	for e < len(toks) && e-i < ledgerSpeechReach {
		t := toks[e]
		if t.Punct && t.Key != "-" {
			break
		}
		if e > i && t.in(lbSpeechRightstop) {
			break
		}
		if e > i && t.in(lbBoundary) && !t.in(lbSpeechPostprep) && !t.in(lbPostmod) && t.Key != "and" && t.Key != "or" {
			break
		}
		e++
	}
	// "four current and former officials" stays one phrase; a phrase
	// ending on "and" ("said X and added") does not keep it.
	for e > i && (toks[e-1].Key == "and" || toks[e-1].Key == "or") {
		e--
	}
	if e == i {
		return Span{}, false
	}
	return Span{toks[i].Start, toks[e-1].End}, true
}

// ledgerIsOutlet reports whether a phrase names a broadcaster or a
// publication ("state radio", "BBC Radio 4's Today programme", "Fox News").
func ledgerIsOutlet(text string, r Span) bool {
	w := ledgerWords()
	p := ledgerTokensGet(text, r)
	defer ledgerTokensPut(p)
	for _, t := range *p {
		k := ledgerStem(t.Key)
		if w.hasBit(lbMediaWord, k) || w.hasBit(lbMediaName, k) {
			return true
		}
	}
	return false
}

// collectSpeech reads every sentence for its speakers (ledgerSpeechEvents)
// and adds a mention for each, marking the sentences it attributes. The
// detector's judgement of anonymity stands where one of its flags covers
// the phrase; elsewhere the ledger's reading of the phrase does.
// firstOverlapping is the flag of idx (indexes into flags, in text order,
// none longer than maxLen) that starts first among those overlapping sp.
// A binary search and a walk back over the flags that can still reach sp,
// so a sentence of many mentions and flags costs no square.
func firstOverlapping(flags []Flag, idx []int, maxLen int, sp Span) (int, bool) {
	hi, _ := slices.BinarySearchFunc(idx, sp.End, func(fi, end int) int {
		if flags[fi].Span.Start < end {
			return -1
		}
		return 1
	})
	found, ok := 0, false
	for k := hi - 1; k >= 0; k-- {
		f := flags[idx[k]]
		if f.Span.Start+maxLen <= sp.Start {
			break
		}
		if sp.Start < f.Span.End {
			found, ok = idx[k], true
		}
	}
	return found, ok
}

func (b *ledgerBuilder) collectSpeech(attributed []bool) {
	a := b.a
	flagsAt := make([][]int, len(a.Sentences))
	maxLen := make([]int, len(a.Sentences))
	for i, f := range a.Flags {
		if (f.Kind == AnonymousSource || f.Kind == NamedSource) && b.validFlag(f) {
			flagsAt[f.Sentence] = append(flagsAt[f.Sentence], i)
			maxLen[f.Sentence] = max(maxLen[f.Sentence], f.Span.Len())
		}
	}
	var toks []ledgerToken
	var inQ []bool
	var evs []ledgerEvent
	depth := 0
	for si, sent := range a.Sentences {
		if si == 0 || a.Sentences[si-1].Paragraph != sent.Paragraph {
			depth = 0
		}
		if !b.validSpan(sent.Span) {
			continue
		}
		toks = appendLedgerTokensLower(toks[:0], a.Text, b.lower, sent.Span)
		ledgerMark(toks)
		inQ, depth = ledgerQuoteState(a.Text, toks, depth, inQ)
		b.shape[si] = ledgerSentenceShape(a.Text, toks)
		if b.isHeadline(si) {
			continue
		}
		evs = ledgerSpeechEvents(a.Text, toks, inQ, evs[:0])
		var prev ledgerMention
		havePrev := false
		for _, e := range evs {
			var m ledgerMention
			ok := false
			if e.inherit && havePrev {
				m, ok = prev, true
			} else if e.inherit {
				if r, found := ledgerMainSubject(toks, inQ, e.cue); found {
					m, ok = ledgerMentionFromToks(a.Text, ledgerTokensIn(toks, r))
				}
			} else {
				m, ok = ledgerMentionFromToks(a.Text, ledgerTokensIn(toks, e.region))
			}
			if !ok {
				continue
			}
			m.sent, m.flag, m.relay, m.reported = si, -1, e.relay, e.reported
			if fi, ok := firstOverlapping(a.Flags, flagsAt[si], maxLen[si], m.desc); ok {
				m.typ = ledgerAgreeWithDetector(m, a.Flags[fi].Kind == AnonymousSource)
			}
			b.mentions = append(b.mentions, m)
			attributed[si] = true
			if !e.relay {
				prev, havePrev = m, true
			}
		}
		b.mentions = ledgerShadows(a.Text, toks, inQ, si, b.mentions)
	}
}

// ledgerShadows appends a shadow mention for every proper name of the
// sentence outside quotations: a party a later "the company", "the
// prime minister" or "he" may point back to although this sentence does
// not rest on it. Only the sentence's subject (a name among its first
// words) counts for pronouns.
func ledgerShadows(text string, toks []ledgerToken, inQ []bool, si int, out []ledgerMention) []ledgerMention {
	subjectEnd := 0
	if len(toks) > 0 && !toks[0].in(lbLeftstop) {
		for subjectEnd < len(toks) && subjectEnd < ledgerSpeechReach && !toks[subjectEnd].Punct && !toks[subjectEnd].in(lbBoundary) {
			subjectEnd++
		}
	}
	for from := 0; from < len(toks); {
		s, e := ledgerCapitalRun(toks, from, len(toks))
		if s < 0 {
			break
		}
		from = e
		// "Russia and President Trump": two names.
		for k := s; k < e; k++ {
			if toks[k].Key == "and" {
				from, e = k+1, k
				break
			}
		}
		if inQ[s] || s >= e {
			continue
		}
		at := s
		if s > 0 && toks[s-1].inStem(lbGenericOrg) {
			at = s - 1 // "Leisure group Rank": the noun says what Rank is
		} else if e == s+1 && !toks[s].inStem(lbPlace|lbMetonym|lbMediaName|lbOrgWord|lbHeadInstitution) {
			// A lone word of no known kind is no antecedent to trust
			// (below), unless its letters make it an organisation.
			if w := text[toks[s].Start:toks[s].End]; !ledgerIsAcronym(w) && !ledgerInnerCapital(w) {
				continue
			}
		}
		m, ok := ledgerMentionFromToks(text, toks[at:e])
		if !ok || m.name == "" || m.pronoun != "" {
			continue
		}
		if m.typ == NamedPerson && len(m.roles) == 0 && !strings.Contains(m.name, " ") {
			// A lone capitalised word of no known kind ("Edinburgh",
			// "Legal") is no antecedent to trust.
			continue
		}
		m.sent, m.flag, m.shadow, m.subject = si, -1, true, s < subjectEnd
		out = append(out, m)
	}
	return out
}

// isHeadline: the article's first line, standing alone without a full
// stop, is its headline, which the ledger does not attribute.
func (b *ledgerBuilder) isHeadline(si int) bool {
	a := b.a
	if si != 0 || len(a.Sentences) < 2 || a.Sentences[1].Paragraph == a.Sentences[0].Paragraph {
		return false
	}
	t := a.Text[a.Sentences[0].Start:a.Sentences[0].End]
	for len(t) > 0 {
		switch t[len(t)-1] {
		case '.', '!', '?':
			return false
		case '"', '\'', ' ':
			t = t[:len(t)-1]
			continue
		}
		break
	}
	return true
}

// ledgerMainSubject reads the subject of the sentence's first clause, for
// a speech verb joined to it ("A spokesman refused to comment on the
// reports, but said …"): the words before its first verb or punctuation.
func ledgerMainSubject(toks []ledgerToken, inQuote []bool, cue int) (Span, bool) {
	e := 0
	for e < cue && e < ledgerSpeechReach && !toks[e].Punct && !inQuote[e] && !toks[e].in(lbBoundary) {
		e++
	}
	if e == 0 {
		return Span{}, false
	}
	return Span{toks[0].Start, toks[e-1].End}, true
}

// ledgerPossessive: "his", "her", "its", "their".
func ledgerPossessive(k string) bool {
	switch k {
	case "his", "her", "its", "their":
		return true
	}
	return false
}

// ledgerIsPronoun: a pronoun that can stand for a speaker.
func ledgerIsPronoun(k string) bool {
	w := ledgerWords()
	return w.hasBit(lbPronounPerson, k) || w.hasBit(lbPronounPlural, k) || w.hasBit(lbPronounInstitution, k)
}

// ledgerTokensIn returns the tokens of a sentence that a region read from
// them covers (regions start and end on token boundaries).
func ledgerTokensIn(toks []ledgerToken, r Span) []ledgerToken {
	i, _ := slices.BinarySearchFunc(toks, r.Start, func(t ledgerToken, at int) int { return t.Start - at })
	j := i
	for j < len(toks) && toks[j].End <= r.End {
		j++
	}
	return toks[i:j]
}
