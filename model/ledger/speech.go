package ledger

import (
	"slices"
	"strings"

	"github.com/caveat-reader/caveat/model/text/postag"
)

// The speech reader finds, in one sentence, the phrases naming who the
// sentence says spoke: the subject of a speech verb ("Graham said", "said
// the Russian source"), the object of "according to", an outlet relaying
// the speaker ("told state radio", "in an interview with Fox News") and a
// source the speaker cites ("citing people familiar with the matter").
// It reads the sentence's tokens once, left to right, and looks at most a
// bounded number of tokens around each cue, so a sentence costs time
// linear in its length whatever its shape.

// speechReach bounds how far a speaker phrase is read from its cue,
// in tokens: a subject or object phrase is never longer in news text, and
// the bound keeps the reader linear on a sentence of a million words.
const speechReach = 14

// event is one place a sentence names a party it rests on.
type event struct {
	// region holds the speaker phrase (empty when inherit is set).
	region Span
	// appos is the appositive set off between the subject and its verb
	// ("Ana Ruiz, the deputy minister, said"), or empty.
	appos Span
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
	// joint: the second of two parties speaking together ("Volker and
	// Morrison said"), which stands beside the first.
	joint bool
	// nested: a party whose words the sentence's speaker reports or
	// quotes ("“Ambassador Sondland replied that …”", "Sondland said he
	// had relayed …, Morrison testified"): the sentence rests on both,
	// and the speaker's quotation runs on past it (nestedSpeaker).
	nested bool
	// issued: the speaker put out a document saying what the sentence
	// says, which a later "the statement" stands for.
	issued bool
	// outlet: the relay is a publication that has the document ("obtained
	// by Variety"), whatever its name looks like.
	outlet bool
	// owner: the party owning a claim the sentence gives the content of
	// ("Mr. Trump's announcement that …", "his vow that …"); region may
	// be a possessive pronoun. It names who holds the claim, not the
	// sentence's speaker, so it leaves a later speech verb its own.
	owner bool
}

// sentScan is what one pass over a sentence's tokens reads: which stand
// inside quotation marks (in), the quotation left open at its end
// (depth), its shape bits (opensQuote … hasClose) and the tokens that may cue a
// speaker (cues, for speechEvents), so that the reader walks every token
// once rather than once for each.
type sentScan struct {
	in    []bool
	cues  []int32
	depth int
	shape uint8
	// quoted: some token is inside quotation marks (in holds a true).
	quoted bool
}

// cueClasses are the classes of a word outside quotations that may cue a
// speaker; inside one, only a verb of utterance does (quotedVerbEvent),
// some of which ("asked", "referred") name no speaker outside one, where
// the writer's "asked residents to stay home" reports no words.
var cueClasses = cSpeechAccording | cSpeechInterview | cRelayTo | cSpeechCite | cSpeechParticiple | cSpeechVerb | cIssueVerb | cObtainVerb | cDocument | cContentNoun

// scanSentence reads sc from the sentence's tokens, given the quotation
// its paragraph left open (depth) and where the sentence starts in text.
func scanSentence(text string, toks []tok, depth, sentStart int, sc *sentScan) {
	if depth == 0 && scanUnquoted(toks, sc) {
		return
	}
	in, cues := sc.in[:0], sc.cues[:0]
	var sh uint8
	if len(toks) > 0 {
		if r, ok := quoteMark(&toks[0]); ok && r != '”' {
			sh |= opensQuote
		}
	}
	shifted, quoted, bal := false, false, 0
	for i := range toks {
		t := &toks[i]
		if t.Word {
			q := depth > 0
			in = append(in, q)
			shifted = shifted || t.Bits&cSpeechBackshift != 0
			if !q && t.Bits&cueClasses != 0 || q && t.Bits&cUtterance != 0 {
				cues = append(cues, int32(i))
			}
			continue
		}
		if depth > 0 && doubledSingle(toks, i) {
			// "’’" or "''": two single marks typed for a closing double one.
			in = append(in, true)
			if i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Lower == t.Lower {
				continue // the first of the two: the second closes
			}
			depth = 0
			continue
		}
		r, ok := quoteMark(t)
		if !ok {
			in = append(in, depth > 0)
			continue
		}
		in = append(in, true)
		quoted = true
		opening := r == '“' || r == '«' || r == '„'
		if r == '"' {
			opening = t.Start == 0 || text[t.Start-1] == ' ' || text[t.Start-1] == '\n' || text[t.Start-1] == '('
		}
		// News quotations do not nest: an opening mark starts a new
		// quotation, so one left unclosed (a quotation running on into the
		// next paragraph) never leaves the rest inside.
		if opening {
			depth = 1
		} else {
			depth = 0
		}
		// The balance of marks within the sentence, as the continuation
		// passes read it: an opening '"' there is one at the sentence's
		// start too.
		if r == '"' && t.Start == sentStart {
			opening = true
		}
		switch {
		case opening:
			bal++
		case bal > 0:
			sh |= hasClose
			bal--
		default:
			sh |= hasClose | closesEarlier
		}
	}
	if bal > 0 {
		sh |= leavesOpen
	}
	if shifted && !quoted {
		sh |= backshift
	}
	sc.in, sc.cues, sc.depth, sc.shape, sc.quoted = in, cues, depth, sh, slices.Contains(in, true)
}

// scanUnquoted is scanSentence for a sentence that opens outside any
// quotation and holds no quotation mark, most of a text's: no token is
// quoted and the shape is at most backshift, so only the cues are
// gathered. It reports false, having set nothing, at the first mark.
func scanUnquoted(toks []tok, sc *sentScan) bool {
	cues := sc.cues[:0]
	var bits uint64
	for i := range toks {
		t := &toks[i]
		if !t.Word {
			if _, ok := quoteMark(t); ok {
				return false
			}
			continue
		}
		bits |= t.Bits
		if t.Bits&cueClasses != 0 {
			cues = append(cues, int32(i))
		}
	}
	in := slices.Grow(sc.in[:0], len(toks))[:len(toks)]
	clear(in)
	var sh uint8
	if bits&cSpeechBackshift != 0 {
		sh = backshift
	}
	sc.in, sc.cues, sc.depth, sc.shape, sc.quoted = in, cues, 0, sh, false
	return true
}

// doubledSingle: the token at i is one of two adjacent single closing
// marks (two ’ or two ASCII apostrophes) standing for a closing double
// quotation mark.
func doubledSingle(toks []tok, i int) bool {
	t := toks[i]
	if t.Lower != "’" && t.Lower != "'" {
		return false
	}
	return i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Lower == t.Lower ||
		i > 0 && toks[i-1].End == t.Start && toks[i-1].Lower == t.Lower
}

// speechEvents appends the events of one sentence, given its tokens
// and which of them stand inside a quotation.
//
// cues are the tokens that may cue a speaker (sentScan.cues), in order.
func speechEvents(text string, toks []tok, inQuote []bool, cues []int32, out []event) []event {
	first := len(out)
	for _, c := range cues {
		i := int(c)
		t := &toks[i]
		if inQuote[i] {
			// A named party's speech inside a quotation: the quoted
			// speaker reports it.
			if t.in(cUtterance) && !(t.Cap && i > 0) {
				out = quotedVerbEvent(text, toks, inQuote, i, out)
			}
			continue
		}
		k := t.Lower
		if t.in(cContentNoun) {
			if r, ok := claimOwner(toks, inQuote, i); ok {
				out = append(out, event{region: r, cue: i, owner: true})
				continue
			}
		}
		switch {
		case t.in(cIssueVerb):
			out = issueEvent(text, toks, inQuote, i, out)
			continue
		case t.in(cObtainVerb) && i+1 < len(toks) && toks[i+1].Lower == "by":
			// "a statement obtained by Variety": the outlet relays it.
			if r, ok := rightRegion(toks, i+2); ok && toks[i+2].Cap && docBefore(toks, i, speechReach) {
				out = append(out, event{region: r, cue: i, relay: true, outlet: true})
			}
			continue
		case t.in(cDocument) && !t.in(cSpeechVerb):
			if v := documentReads(toks, i); v > 0 {
				// "Stardom's statement read: …": the document's words,
				// which rest on its author as "the letter states" does.
				out = verbEvent(text, toks, inQuote, v, out)
				continue
			}
			// "a separate statement to Rolling Stone": the outlet relays it.
			if i+1 < len(toks) && toks[i+1].Lower == "to" {
				if r, ok := rightRegion(toks, i+2); ok && isOutlet(tokensIn(toks, r)) {
					out = append(out, event{region: r, cue: i, relay: true})
				}
			}
			continue
		}
		switch {
		case t.in(cSpeechAccording) && i+1 < len(toks) && toks[i+1].Lower == "to":
			if r, ok := rightRegion(toks, i+2); ok {
				out = append(out, event{region: r, cue: i, trailing: afterBreak(toks, i), blockStart: i, appos: setOffName(toks, r)})
			}
		case t.in(cSpeechInterview) && i+1 < len(toks) && toks[i+1].Lower == "with",
			t.in(cRelayTo) && i+1 < len(toks) && toks[i+1].Lower == "to":
			if r, ok := rightRegion(toks, i+2); ok && isOutlet(tokensIn(toks, r)) {
				out = append(out, event{region: outletAlone(toks, i+2, r), cue: i, relay: true})
			}
		case t.in(cSpeechCite) && (strings.HasSuffix(k, "ing") || i > 0 && (toks[i-1].punct() || toks[i-1].in(cSpeechRelative))):
			// ", citing ..." and "which cited ...": the speaker's source.
			if r, ok := rightRegion(toks, i+1); ok {
				out = append(out, event{region: r, cue: i, relay: true})
			}
		case t.in(cSpeechParticiple):
			if quoteParticiples.HasWord(k) && !saysNext(toks, i) {
				continue
			}
			if i > 0 && (toks[i-1].Lower == "," || toks[i-1].Lower == "and" || toks[i-1].in(cSubordinator)) {
				// ", saying", "and accusing", "after accusing": a
				// participle with no subject of its own has the
				// sentence's.
				out = append(out, event{cue: i, inherit: true})
			} else if i > 1 && toks[i-1].in(cSpeechPassive) && !toks[i-2].punct() && !toks[i-2].in(cSpeechPassive) {
				// "Consumer advocates are urging the PUC to …": a speech
				// verb in the progressive, its subject before "are"; not
				// in a question or condition ("if Trump was calling for").
				if r, start, ok := leftSubject(toks, inQuote, i-2); ok && !(start > 0 && toks[start-1].in(cSpeechAux|cSubordinator)) {
					out = append(out, event{region: r, cue: i})
				}
			} else if r, ok := withSubject(toks, inQuote, i); ok {
				// "…, with the foreign minister warning of …": the
				// participle's own subject, after "with", which opens a
				// clause of its own beside the sentence's speaker.
				out = append(out, event{region: r, cue: i, opensClause: true})
			}
		case t.in(cSpeechVerb) && !(t.Cap && i > 0):
			// A capitalised verb inside a sentence is a name ("the
			// United States").
			out = verbEvent(text, toks, inQuote, i, out)
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
		if e.nested || e.owner {
			kept = append(kept, e)
			continue
		}
		if !e.relay && !e.inherit && !e.joint && spoke && !e.trailing && !e.opensClause && e.region.Start > 0 {
			// Reported by the speaker: it stands only for a named party
			// that spoke (nestedSpeaker).
			if toks[e.cue].in(cUtterance) {
				e.nested = true
				kept = append(kept, e)
			}
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
	if last > first && bareDocument(tokensIn(toks, out[last].region)) {
		// "…,” he told settler leaders, according to a statement": a
		// statement no one is named for is the speaker's own, which
		// names no other source and takes none of the speaker's words.
		return append(out[:last], out[last+1:]...)
	}
	outletReports := isOutlet(tokensIn(toks, out[last].region))
	kept = out[:first]
	for j := first; j < len(out); j++ {
		e := out[j]
		if j != last && !e.relay && !e.keep && e.cue < out[last].blockStart {
			// What a witness reports of another's words rests on both; an
			// outlet's report ("…, the Times reported") on the outlet.
			if e.inherit || !toks[e.cue].in(cUtterance) || outletReports {
				continue
			}
			e.nested = true
		}
		kept = append(kept, e)
	}
	return kept
}

// claimOwner reads the owner of the claim noun at i when a possessive
// stands before it, past a few modifiers, and a "that" clause of content
// follows it ("Mr. Trump's Oct. 11 announcement that …", "his
// often-repeated vow that …"): the owner's phrase, or the possessive
// pronoun itself. "The claim that …" names no one; "the claim that was
// rejected" is a relative clause, not content.
func claimOwner(toks []tok, inQuote []bool, i int) (Span, bool) {
	if i+2 >= len(toks) || toks[i+1].Lower != "that" || !toks[i+2].Word || toks[i+2].in(cSpeechAux|cSpeechPassive|cSpeechVerb) {
		return Span{}, false
	}
	k := i - 1
	for ; k >= 0 && i-k <= 5; k-- {
		t := &toks[k]
		if t.possessive() || possessive(t.Lower) {
			break
		}
		if t.punct() {
			// "Oct." inside the modifiers; "-" inside a compound.
			if t.Lower == "-" || t.Lower == "." && k > 0 && toks[k-1].End == t.Start && toks[k-1].Cap {
				continue
			}
			return Span{}, false
		}
		if t.in(cDeterminer | cLeftstop | cBoundary) {
			return Span{}, false
		}
	}
	if k < 0 || i-k > 5 {
		return Span{}, false
	}
	if possessive(toks[k].Lower) {
		return toks[k].span(), true
	}
	if k == 0 || toks[k-1].punct() || inQuote[k-1] != inQuote[i] {
		return Span{}, false
	}
	// The owner's phrase ends before the possessive: a name's run of
	// capitals ("Ms. Ruiz"), or the words back to their determiner ("the
	// mayor"), never a preposition before either ("Despite").
	e, j := k-1, k-1
	for j > 0 && e-j < speechReach {
		p := &toks[j-1]
		if p.in(cDeterminer) {
			j--
			break
		}
		if p.punct() {
			if p.Lower == "." && j >= 2 && toks[j-2].End == p.Start && toks[j-2].Cap && toks[j].Cap {
				j--
				continue
			}
			break
		}
		if p.possessive() || p.in(cLeftstop|cBoundary|cStop) || toks[e].Cap && !p.Cap || inQuote[j-1] != inQuote[e] {
			break
		}
		j--
	}
	return Span{Start: toks[j].Start, End: toks[e].End}, true
}

// withSubject reads the subject of a speech participle at i in an
// absolute phrase opened by "with" after a comma or at the sentence's
// start ("…, with Foreign Minister Ana Ruiz warning of …"): the words
// between "with" and the participle, a phrase of their own.
func withSubject(toks []tok, inQuote []bool, i int) (Span, bool) {
	for w := i - 2; w >= 0 && i-w <= speechReach; w-- {
		t := &toks[w]
		if inQuote[w] != inQuote[i] {
			return Span{}, false
		}
		if t.Lower == "with" {
			if w > 0 && !toks[w-1].punct() {
				return Span{}, false
			}
			return Span{Start: toks[w+1].Start, End: toks[i-1].End}, true
		}
		if t.punct() && !(t.Lower == "." && w > 0 && toks[w-1].End == t.Start && toks[w-1].Cap && toks[w+1].Cap) {
			return Span{}, false
		}
		if t.in(cSpeechVerb | cSpeechParticiple | cSpeechRelative) {
			return Span{}, false
		}
	}
	return Span{}, false
}

// passiveAgent reads the agent of the passive speech verb at i: the
// phrase after a "by" within a few words of it, in the same clause
// ("accused of rape by a woman"), not a means ("by saying", "by email").
func passiveAgent(toks []tok, i int) (Span, bool) {
	for k := i + 1; k < len(toks) && k-i <= 5; k++ {
		t := &toks[k]
		if t.punct() || t.in(cSpeechClausestop) {
			return Span{}, false
		}
		if t.Lower != "by" {
			continue
		}
		if k+1 >= len(toks) || toks[k+1].in(cSpeechParticiple) || !toks[k+1].in(cDeterminer) && !toks[k+1].Cap && toks[k+1].headList() == 0 {
			return Span{}, false
		}
		r, ok := rightRegion(toks, k+1)
		if !ok {
			return r, false
		}
		// "were told by the firm to sign": an order, not words reported.
		for e := k + 1; e < len(toks); e++ {
			if toks[e].Start >= r.End {
				return r, toks[e].Lower != "to"
			}
		}
		return r, true
	}
	return Span{}, false
}

// bareDocument: the phrase is an indefinite document noun and nothing
// else ("a statement", "a new report"), which names no author.
func bareDocument(ph []tok) bool {
	if len(ph) < 2 || len(ph) > 3 || !ph[0].in(cDeterminer) || ph[0].in(cDefinite) {
		return false
	}
	for _, t := range ph[1:] {
		if t.Cap || t.punct() {
			return false
		}
	}
	return ph[len(ph)-1].in(cDocument | cDocumentPress)
}

// quotedVerbEvent reads the subject of a speech verb at i inside a
// quotation, within the quotation ("“Ambassador Sondland replied that
// …”"): an event of a nested speaker, or none.
func quotedVerbEvent(text string, toks []tok, inQuote []bool, i int, out []event) []event {
	j := i - 1
	for j >= 0 && i-j <= 4 && !toks[j].punct() && toks[j].in(cSpeechAux) {
		j--
	}
	if j < 0 || toks[j].punct() || toks[j].in(cSpeechPassive|cDeterminer|cLeftstop|cSpeechRelative) || !inQuote[j] ||
		toks[j].possessive() || possessive(toks[j].Lower) {
		return out
	}
	if toks[i].in(cThatOnly) && !contentFollows(toks, i+1) {
		return out
	}
	r, _, ok := leftSubject(toks, inQuote, j)
	if !ok {
		return out
	}
	return append(out, event{region: r, cue: i, nested: true})
}

// nestedSpeaker reports whether a nested event's mention stands as a
// speaker of its own: a party named or given a title ("Sondland", "the
// President"), not a pronoun or a description, which inside another's
// words most often means someone the reporting speaker knows.
func nestedSpeaker(m mention) bool {
	return m.pronoun() == "" && (m.name != "" || m.role() != "")
}

// afterBreak: the cue at i opens a clause after a comma or a closing
// quotation mark, as an attribution closing a sentence does.
func afterBreak(toks []tok, i int) bool {
	return i > 0 && toks[i-1].punct()
}

// verbEvent reads the speaker of the speech verb at i: its subject
// to the left, or, when a comma or quotation mark stands before it ("…,”
// said the official"), the phrase after it.
func verbEvent(text string, toks []tok, inQuote []bool, i int, out []event) []event {
	j := i - 1
	for j >= 0 && i-j <= 4 && !toks[j].punct() && toks[j].in(cSpeechAux) {
		if infinitiveAux.HasWord(toks[j].Lower) {
			return out // "did not respond", "would not say whether"
		}
		j--
	}
	if j >= 0 && infinitiveAux.HasWord(toks[j].Lower) {
		return out // "could reveal more"
	}
	if j >= 0 && !toks[j].punct() && toks[j].in(cSpeechPassive) {
		if toks[i].in(cAgentSpeech) {
			if r, ok := passiveAgent(toks, i); ok {
				// "was accused of fraud by a former partner": the agent.
				return append(out, event{region: r, cue: i, opensClause: true})
			}
		}
		return out // "cases had been reported", "is said to"
	}
	if j >= 2 && toks[j].Lower == "to" && toks[j-1].in(cAttempt) && !toks[i].in(cSpeechNounlike) {
		// "Trump has tried to suggest that …": the infinitive's speaker is
		// the subject of the verb it completes.
		k := j - 2
		for k >= 0 && j-1-k <= 4 && !toks[k].punct() && toks[k].in(cSpeechAux) {
			k--
		}
		if k < 0 || toks[k].punct() || toks[k].in(cDeterminer|cLeftstop|cSpeechPassive|cSpeechRelative) || toks[k].possessive() {
			return out
		}
		r, _, ok := leftSubject(toks, inQuote, k)
		if !ok {
			return out
		}
		return append(out, event{region: r, cue: i})
	}
	coordinated := j >= 0 && (coordinatorWords.HasWord(toks[j].Lower) || contrastWords.HasWord(toks[j].Lower))
	if j >= 0 && !toks[j].punct() && !coordinated && (toks[j].in(cDeterminer) || toks[j].in(cLeftstop)) {
		// "on the reports", "to claim": a noun or an infinitive.
		return out
	}
	if toks[i].in(cSpeechNounlike) && j >= 0 && !toks[j].Cap && !toks[j].in(cPronounPerson|cPronounPlural|cPronounInstitution|cSpeechRelative) && toks[j].headList() == 0 && !toks[j].in(cDocument|cDocumentPress) {
		return out // "amid opposition claims"
	}
	// A plural source noun right before the form is its subject
	// ("scientists report", "experts estimate"): news writes the noun's
	// report as "the scientists' report". The tagger, which knows no such
	// rule, may read a compound noun there.
	subjectBefore := j >= 0 && j == i-1 && toks[j].in(cHeadPeople)
	if toks[i].in(cSpeechNounlike) && !subjectBefore && !taggedVerb(text, toks, i) {
		return out // "a UN report found", "the group's claims": the noun
	}
	if (j < 0 || toks[j].punct() || coordinated) && bareSpeech[toks[i].Lower] && tagAt(text, toks, i) == postag.VB {
		// A bare form opening a clause is an imperative ("To the pears,
		// add the juice of one lemon", "or add a ribbon") unless the
		// tagger reads an inverted present ("…, argue critics"). After
		// a subject it is the present ("critics argue"); after "to" or a
		// modal it was turned away above.
		return out
	}
	if toks[i].in(cThatOnly) && !contentFollows(toks, i+1) && !clauseFollows(text, toks, inQuote, i+1) {
		return out // "the US maintains tariffs", "urged him to stay"
	}
	if toks[i].in(cCountSense) && i+1 < len(toks) && toks[i+1].Word && toks[i+1].Lower[0] >= '0' && toks[i+1].Lower[0] <= '9' {
		return out // "the Nasdaq added 20.72 points"
	}
	if j >= 0 && (toks[j].possessive() || possessive(toks[j].Lower)) {
		return out // "BA's estimated revenues", "his forecast": a noun's modifier
	}
	reported := isReported(toks[i].Lower)
	tell := toks[i].in(cSpeechTell)
	ev := event{cue: i, reported: reported}
	// The tests above read the word right before the verb; the subject
	// lies before any phrase of time there.
	j = pastTimePhrase(text, toks, j)
	switch {
	case j < 0 || toks[j].punct():
		// An inverted attribution ("…,” said the official), or a subject
		// set off by an appositive ("Graham, who serves …, said").
		if j >= 0 && toks[j].Lower == "," {
			if r, ap, ok := appositiveSubject(toks, inQuote, j); ok {
				ev.region, ev.appos = r, ap
				break
			}
		}
		if r, ok := invertedSubject(toks, i+1); ok && !tell && j >= 0 && toks[j].Lower != "(" {
			ev.region, ev.trailing, ev.blockStart = r, true, j
			ev.appos = closingAppositive(toks, i+1, r)
			break
		}
		return out
	case coordinated:
		ev.inherit = true
	case toks[j].in(cSpeechRelative):
		// "people who claimed": only a clause set off by a comma speaks
		// for the phrase before it.
		r, _, ok := relativeSubject(toks, inQuote, j, j)
		if !ok {
			return out
		}
		ev.region = r
	default:
		r, start, ok := leftSubject(toks, inQuote, j)
		if !ok {
			return out
		}
		if toks[j].in(cPronounPerson|cPronounPlural|cPronounInstitution) && !givenNameAt(toks, j, j, i) && start < j {
			// "In a Tumblr post at the time she described": a pronoun
			// before the verb is the whole subject.
			r, start = toks[j].span(), j
		}
		if start > 0 && toks[start-1].in(cSpeechAux) && !inQuote[i] && asksOutright(toks, inQuote) {
			return out // "What did the inspectors say?": a question, no report
		}
		ev.region = r
		if start > 0 && toks[start-1].punct() && tokensLeft(toks, i) <= 8 {
			ev.trailing, ev.blockStart = true, start-1
		}
		if start > 0 {
			p := toks[start-1]
			ev.opensClause = p.Lower == ";" || p.Lower == "and" || contrastWords.HasWord(p.Lower)
			if p.in(cSubordinator) && p.Lower != "as" {
				// "This comes after police said …": speech recalled
				// in a subordinate clause is background to the
				// writer's sentence; what follows is the writer's again.
				// "As Heald told the Post, …" introduces the words.
				ev.reported = false
			}
		}
		if lr, ok := jointLeft(text, toks, inQuote, start); ok {
			// Two parties speaking together: an event for each.
			first := ev
			first.region = lr
			out = append(out, first)
			ev.joint = true
		}
	}
	ev.issued = inDocument(toks, i)
	if tell {
		// "told state radio": the outlet relays the speaker, who stands
		// with it even before a trailing attribution ("A CNN spokesperson
		// told Politico …, Politico reported").
		if r, ok := rightRegion(toks, i+1); ok && isOutlet(tokensIn(toks, r)) {
			ev.keep = true
			return append(out, ev, event{region: outletAlone(toks, i+1, r), cue: i, relay: true})
		} else if ok {
			if o, ok := outletOpening(toks, i+1, r); ok {
				ev.keep = true
				return append(out, ev, event{region: o, cue: i, relay: true})
			}
		}
	} else if i+2 < len(toks) && toks[i+1].Lower == "to" {
		// "claimed to the outlet", "said to state radio": the outlet
		// spoken to relays the speaker, as after "told".
		if r, ok := rightRegion(toks, i+2); ok && isOutlet(tokensIn(toks, r)) {
			ev.keep = true
			return append(out, ev, event{region: r, cue: i, relay: true})
		}
	}
	return append(out, ev)
}

// outletAlone cuts an outlet's acronym off the name that follows it
// when no comma stands between: in "told NPR Omar Reyes had left" the
// outlet is NPR, and Reyes opens what was told. A word that makes it a
// longer outlet's name ("told CBS News") stays, and so does a name
// spelt out ("Agence France-Presse").
func outletAlone(toks []tok, k int, r Span) Span {
	if k+1 < len(toks) && toks[k].in(cMediaName) && toks[k].Caps && toks[k+1].End <= r.End && toks[k+1].Cap && !toks[k+1].in(cMediaName|cMediaWord) {
		return Span{Start: toks[k].Start, End: toks[k].End}
	}
	return r
}

// pastTimePhrase steps back from token j over a phrase of time ending
// there ("on Tuesday", "last week") that stands between a subject and
// its verb: "Ana Ruiz on Tuesday told", "Ana Ruiz, the mayor, on Tuesday
// told". The phrase is a calendar word after a preposition or an
// adjective ("on", "last", as tagged), with a word or a comma before
// it; j is returned unchanged when there is none.
func pastTimePhrase(text string, toks []tok, j int) int {
	if j < 2 || !toks[j].in(cNotname) {
		return j
	}
	if p := toks[j-1]; !p.Word || p.Cap || p.in(cNotname|cSpeechAux) {
		return j
	}
	if tg := tagAt(text, toks, j-1); tg != postag.IN && tg != postag.JJ {
		return j // "on launch day", "during the weekend": no phrase of one word and a day
	}
	if k := j - 2; toks[k].Word || toks[k].Lower == "," {
		return k
	}
	return j
}

// outletOpening reads an outlet's name opening the phrase r after
// "told" when what was told follows it with no "that" ("told the
// Military Times the attack took place"): a proper name, after "the"
// or not, whose last word is a medium's ("Times", "Post", "News").
func outletOpening(toks []tok, k int, r Span) (Span, bool) {
	end := tokenEnd(toks, k, r.End)
	from := k
	if from < end && toks[from].in(cDefinite) {
		from++
	}
	s, e := capitalRun(toks, from, end)
	if s != from || e >= end || !toks[e-1].in(cMediaWord) {
		return Span{}, false
	}
	return Span{Start: toks[k].Start, End: toks[e-1].End}, true
}

// tokenEnd is the index after the last token from k ending by offset end.
func tokenEnd(toks []tok, k, end int) int {
	for k < len(toks) && toks[k].End <= end {
		k++
	}
	return k
}

// jointLeft reads the first of two parties speaking together, when the
// subject read at token start follows an "and" ("Volker and Morrison
// said", "Both Vindman and Williams told"): the words before the "and"
// must name a party of their own, so "current and former officials"
// stays one group.
func jointLeft(text string, toks []tok, inQuote []bool, start int) (Span, bool) {
	if start < 2 || toks[start-1].Lower != "and" || toks[start-2].punct() {
		return Span{}, false
	}
	r, s, ok := leftSubject(toks, inQuote, start-2)
	if !ok {
		return Span{}, false
	}
	if toks[s].in(cJointBoth) && s+1 < start-1 {
		s++
		r.Start = toks[s].Start
	}
	m, ok := mentionFromToks(text, toks[s:start-1])
	if !ok || m.pronoun() != "" || m.is(mShadow) {
		return Span{}, false
	}
	if m.name != "" && m.is(mGuessed) && s == 0 && start-1 == 1 && !properNoun(text, toks[0]) {
		return Span{}, false // "Current and former officials": capitalised only as the first word
	}
	return r, true
}

// properNoun: a lone capitalised word the tagger reads as a proper noun
// ("Volker"), not as a word capitalised by its place ("Current").
func properNoun(text string, t tok) bool {
	var tags [tagWindow]postag.Tag
	tg := tagToks(text, []tok{t}, 0, 1, &tags)
	return tg[0] == postag.NNP || tg[0] == postag.NNPS
}

// tagWindow bounds the words the ledger tags at once: only the few a
// decision reads (a subject, a reported clause, a verb's neighbours),
// never a sentence, so a sentence of any length costs the same each time.
const tagWindow = 16

// tagToks tags toks[from:to], at most tagWindow of them, each word as it
// stands in src, into tags: with the tags the detector gave them in their
// sentence when it gave them all (Token.Tag), else by tagging the window.
func tagToks(src string, toks []tok, from, to int, tags *[tagWindow]postag.Tag) []postag.Tag {
	to = max(from, min(to, from+tagWindow))
	tagged := true
	for k := from; k < to && tagged; k++ {
		tagged = toks[k].Tag != postag.None
	}
	if tagged {
		for k := from; k < to; k++ {
			tags[k-from] = toks[k].Tag
		}
		return tags[:to-from]
	}
	var words [tagWindow]string
	for k := from; k < to; k++ {
		words[k-from] = src[toks[k].Start:toks[k].End]
	}
	return postag.Default().Tag(words[:to-from], tags[:0])
}

// issueEvent reads the author of a document put out with its content
// ("Acme issued a statement warning that …", "in an email sent by
// chairman Ana Ruiz, staff were told that …") as the speaker.
func issueEvent(text string, toks []tok, inQuote []bool, i int, out []event) []event {
	if i+1 < len(toks) && toks[i+1].Lower == "by" {
		if !docBefore(toks, i, 3) {
			return out
		}
		r, ok := rightRegion(toks, i+2)
		if !ok {
			return out
		}
		e := i + 2
		for e < len(toks) && toks[e].End <= r.End {
			e++
		}
		if !contentAhead(toks, e) {
			return out
		}
		return append(out, event{region: r, cue: i, issued: true})
	}
	// The document, or the named medium a post is put out on ("posted
	// on Twitter accusing …").
	medium := func(k int) bool {
		return toks[k].in(cDocument) || k == i+2 && toks[k].Cap && toks[k-1].Lower == "on"
	}
	k := i + 1
	for k < len(toks) && k-i <= 4 && !toks[k].punct() && !medium(k) {
		k++
	}
	if k >= len(toks) || k-i > 4 || !medium(k) || !contentAhead(toks, k+1) {
		return out
	}
	n := len(out)
	out = verbEvent(text, toks, inQuote, i, out)
	for j := n; j < len(out); j++ {
		out[j].issued = true
	}
	return out
}

// inDocument: the speech verb at i says where the words were put out
// ("denied the allegations in a statement"), which a later "the
// statement" stands for.
func inDocument(toks []tok, i int) bool {
	for k := i + 1; k < len(toks) && k-i <= 8 && !toks[k].punct(); k++ {
		if toks[k].Lower != "in" {
			continue
		}
		for d := k + 1; d < len(toks) && d-k <= 3 && !toks[d].punct(); d++ {
			if toks[d].in(cDocument) {
				return true
			}
		}
	}
	return false
}

// docBefore: a document noun stands among the reach tokens before i
// ("a letter sent by", "The statement, which was obtained by").
func docBefore(toks []tok, i, reach int) bool {
	for k := i - 1; k >= 0 && i-k <= reach; k-- {
		if toks[k].in(cDocument) {
			return true
		}
	}
	return false
}

// contentAhead: what a document says follows within a few tokens of k
// ("… a statement warning that", "a letter to management this month
// stating that", "a statement that"): a "that", a speech participle, a
// colon or a quotation, before the clause ends.
func contentAhead(toks []tok, k int) bool {
	for n := 0; k < len(toks) && n < 10; k, n = k+1, n+1 {
		t := &toks[k]
		if t.Lower == "that" || t.Lower == ":" || t.in(cSpeechParticiple) {
			return true
		}
		if _, ok := quoteMark(t); ok {
			return true
		}
		if t.punct() && t.Lower != "," {
			return false
		}
	}
	return false
}

// contentFollows: what a verb attributing only its content says starts
// at token k: a "that" clause, or a quotation, directly or after a
// comma, a colon or the one addressed ("urged voters, “Look …").
func contentFollows(toks []tok, k int) bool {
	if timeBeforeThat(toks, k) {
		return true
	}
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		t := &toks[k]
		if t.Lower == "that" {
			return n == 0
		}
		if _, ok := quoteMark(t); ok {
			return true
		}
		if t.punct() && t.Lower != "," && t.Lower != ":" {
			return false
		}
	}
	return false
}

// taggedVerb: the tagger reads token i, a verb form that is also a noun
// ("report", "claims"), as a verb in the few words around it. Asked
// only of those forms, after the cheaper tests pass.
func taggedVerb(src string, toks []tok, i int) bool { return tagAt(src, toks, i).IsVerb() }

// tagAt is the tagger's reading of token i in the few words around it.
func tagAt(src string, toks []tok, i int) postag.Tag {
	const before, after = 4, 3
	from := i
	for from > 0 && i-from < before && toks[from-1].Word {
		from--
	}
	to := i + 1
	for to < len(toks) && to <= i+after && toks[to].Word {
		to++
	}
	var tags [tagWindow]postag.Tag
	return tagToks(src, toks, from, to, &tags)[i-from]
}

// clauseFollows: a reported clause with no "that" opens at token k, its
// subject a short noun phrase and then a finite verb ("announced Reyes
// would appeal", "agreed the deal was fair"), or a noun and the
// adjective said of it ("declared the settlements legal"), where an
// object would be
// a noun phrase with no verb of its own ("announced a plan to cut
// jobs", "maintains tariffs"). The words are tagged here, a few at a
// time and only after a verb that needs content (that_only_verb).
func clauseFollows(src string, toks []tok, inQuote []bool, k int) bool {
	const reach = 6
	n := 0
	for n < reach && k+n < len(toks) && toks[k+n].Word && !inQuote[k+n] {
		n++
	}
	if n < 2 {
		return false
	}
	var tags [tagWindow]postag.Tag
	tg := tagToks(src, toks, k, k+n, &tags)
	for j, tag := range tg {
		switch {
		case tag.IsFinite():
			return j > 0
		case tag == postag.JJ && j > 0 && tg[j-1].IsNoun() && (j+1 == len(tg) || !tg[j+1].IsNoun()):
			return true // "declared the settlements legal": a judgement given
		case tag.IsNoun(), tag == postag.PRP, tag == postag.DT, tag == postag.JJ, tag == postag.JJS, tag == postag.JJR, tag == postag.RBS, tag == postag.CD, tag == postag.POS, tag == postag.PRPS:
		default:
			return false
		}
	}
	return false
}

// saysNext: what is said follows token i at once: a quotation mark, a
// colon or "that", past one comma (", writing, \"We …\"").
func saysNext(toks []tok, i int) bool {
	k := i + 1
	if k < len(toks) && toks[k].Lower == "," {
		k++
	}
	if k >= len(toks) {
		return false
	}
	_, quote := quoteMark(&toks[k])
	return quote || toks[k].Lower == ":" || toks[k].Lower == "that"
}

// documentReads returns the token of a document_verb after the document
// noun at i (past one calendar word: "the statement yesterday read")
// when a colon or quotation mark follows it, else -1.
func documentReads(toks []tok, i int) int {
	// "Part of the judge's statement reads": a part of a document has
	// its owner inside a phrase the subject reader would take whole.
	for b := i - 1; b >= 0 && i-b <= 6 && !toks[b].punct(); b-- {
		if toks[b].Lower == "of" {
			return -1
		}
	}
	k := i + 1
	if k < len(toks) && toks[k].in(cNotname) {
		k++
	}
	if k+1 >= len(toks) || !documentVerbs.HasWord(toks[k].Lower) {
		return -1
	}
	if _, ok := quoteMark(&toks[k+1]); ok || toks[k+1].Lower == ":" {
		return k
	}
	return -1
}

// timeBeforeThat: a short phrase of time stands between the verb and its
// "that" clause ("announced over the weekend that", "ruled on Monday
// that", "has maintained for years that"). It ends on a calendar word and
// opens with no determiner, so an object with a relative clause after it
// ("announced a plan last week that would …") is not taken for one.
func timeBeforeThat(toks []tok, k int) bool {
	if k >= len(toks) || toks[k].in(cDeterminer) {
		return false
	}
	for e := k; e < len(toks) && e-k <= 4; e++ {
		t := &toks[e]
		if !t.Word {
			return false
		}
		if t.Lower == "that" {
			return e > k && toks[e-1].in(cNotname)
		}
	}
	return false
}

// asksOutright: the sentence is a question of the writer's own, ending
// on a question mark outside any quotation (a subheading, most often).
func asksOutright(toks []tok, inQuote []bool) bool {
	n := len(toks) - 1
	return n >= 0 && toks[n].Lower == "?" && !inQuote[n]
}

// tokensLeft counts the words after token i, up to a bound.
func tokensLeft(toks []tok, i int) int {
	n := 0
	for k := i + 1; k < len(toks) && n <= speechReach; k++ {
		if !toks[k].punct() {
			n++
		}
	}
	return n
}

// isReported: verbs of plain reported speech, whose content a next
// sentence may carry on.
func isReported(k string) bool { return reportedForms.HasWord(k) }

// leftSubject reads the subject ending at token j: back to the start
// of its clause (a punctuation mark, a clause-opening word), at most
// speechReach tokens. A relative pronoun ("Sanders, who … praised")
// hands the subject to the phrase before it. It returns the region and
// the index of its first token.
func leftSubject(toks []tok, inQuote []bool, j int) (Span, int, bool) {
	s := j
	for s > 0 && j-s < speechReach {
		p := toks[s-1]
		if inQuote[s-1] != inQuote[j] {
			break
		}
		if p.punct() && p.Lower != "'" && p.Lower != "’" {
			// An abbreviation's period stays ("Sen. Mark Warner").
			if !(p.Lower == "." && s >= 2 && toks[s-2].End == p.Start && toks[s-2].Cap && toks[s].Cap) {
				break
			}
		}
		if (p.in(cSpeechClausestop) || p.in(cBoundary) && !p.in(cSpeechRelative)) && !givenNameAt(toks, s-1, 0, j+1) {
			break
		}
		if p.in(cSpeechRelative) {
			if r, st, ok := relativeSubject(toks, inQuote, s-1, j); ok || s < 2 || toks[s-2].punct() {
				return r, st, ok
			}
			// A restrictive clause inside the subject ("Researchers who
			// studied the drug said", "The group that owns her music,
			// Big Machine, says"): the subject runs on before it.
		}
		s--
	}
	// "Trump and his allies deny", "Ann Price and other researchers
	// said": a group headed by a named party is that party. Before a
	// companion word the name has two capitals, as in the attribution
	// rule: a capital at the sentence's start ("Police and other
	// agencies") heads nothing.
	if s >= 2 && toks[s-1].Lower == "and" && !toks[s-2].punct() && (possessive(toks[s].Lower) || companionWords.HasWord(toks[s].Lower) && s >= 3 && toks[s-3].Cap && toks[s-2].Cap) {
		if r, start, ok := leftSubject(toks, inQuote, s-2); ok {
			return r, start, true
		}
	}
	return Span{Start: toks[s].Start, End: toks[j].End}, s, true
}

// relativeSubject reads the subject of a verb in a relative clause
// opened at token rel and ending at j: the clause's own subject ("in
// which he said"), or the phrase the pronoun follows when the clause is
// set off by a comma ("Sanders, who in her own post … praised"). A
// restrictive clause ("people who claimed") describes, it attributes
// nothing.
func relativeSubject(toks []tok, inQuote []bool, rel, j int) (Span, int, bool) {
	if rel+1 <= j {
		f := toks[rel+1]
		if f.Cap || f.in(cDeterminer) || f.in(cPronounPerson) ||
			f.in(cPronounPlural) || f.in(cPronounInstitution) {
			return Span{Start: f.Start, End: toks[j].End}, rel + 1, true
		}
	}
	k := rel - 1
	if k < 1 || toks[k].Lower != "," {
		return Span{}, 0, false
	}
	k--
	s := k
	for s > 0 && k-s < speechReach/2 {
		p := toks[s-1]
		if p.punct() || inQuote[s-1] || p.in(cLeftstop) || p.in(cSpeechClausestop) {
			break
		}
		s--
	}
	if toks[s].punct() {
		return Span{}, 0, false
	}
	return Span{Start: toks[s].Start, End: toks[k].End}, s, true
}

// appositiveSubject reads "Rod Eddington, BA's chief executive,
// said": the comma at j closes an appositive; the subject ends before the
// comma that opens it.
//
// The stretch between the commas must read as an appositive: a relative
// clause ("who serves on …"), a participle ("speaking on condition of
// anonymity"), or a phrase with no verb ("BA's chief executive", "from the
// IFS", "however"). A clause with a verb of its own ("…, the greenback
// may weaken, said Juan Perez") is the content of an inverted
// attribution instead.
//
// appos is the stretch between the commas, when it is a phrase (no
// relative clause or participle), for withAppositive.
func appositiveSubject(toks []tok, inQuote []bool, j int) (subject, appos Span, ok bool) {
	for k := j - 1; k > 0 && j-k <= 2*speechReach; k-- {
		if inQuote[k] || toks[k].punct() && toks[k].Lower != "," && toks[k].Lower != "." && toks[k].Lower != "'" && toks[k].Lower != "’" {
			return Span{}, Span{}, false
		}
		if toks[k].Lower != "," {
			continue
		}
		if k+1 >= j || toks[k-1].punct() {
			return Span{}, Span{}, false
		}
		open := toks[k+1]
		if !open.in(cSpeechRelative) && !isParticiple(open.Lower) {
			for m := k + 1; m < j; m++ {
				if toks[m].in(cBoundary) && !toks[m].in(cSpeechPostprep) && !toks[m].in(cPostmod) && toks[m].Lower != "also" && toks[m].Lower != "however" {
					return Span{}, Span{}, false
				}
			}
		}
		r, _, ok := leftSubject(toks, inQuote, k-1)
		if !open.in(cSpeechRelative) && !isParticiple(open.Lower) {
			appos = Span{Start: toks[k+1].Start, End: toks[j-1].End}
			if open.Cap {
				// "The group that owns her music, Big Machine, says": the
				// whole phrase a restrictive clause describes is what the
				// name is (withAppositive).
				if cs, ok2 := restrictiveOwner(toks, inQuote, k); ok2 {
					r, ok = Span{Start: toks[cs].Start, End: toks[k-1].End}, true
				}
			}
		}
		return r, appos, ok
	}
	return Span{}, Span{}, false
}

// restrictiveOwner finds the start of a phrase ending before the comma
// at k that a restrictive relative clause describes ("The group that
// owns most of her music"): the clause's start, when a relative pronoun
// follows a word of it.
func restrictiveOwner(toks []tok, inQuote []bool, k int) (int, bool) {
	cs := k - 1
	for cs > 0 && k-cs < 2*speechReach && !toks[cs-1].punct() && !inQuote[cs-1] &&
		(!toks[cs-1].in(cSpeechClausestop) || relativeAt(toks, cs-1)) {
		cs--
	}
	for i := cs + 1; i < k; i++ {
		if relativeAt(toks, i) && !toks[i-1].punct() {
			return cs, true
		}
	}
	return 0, false
}

// relativeAt: token i opens a relative clause: a relative pronoun, or
// "that" after a word and before a lower-case one ("the group that
// owns").
func relativeAt(toks []tok, i int) bool {
	if toks[i].in(cSpeechRelative) {
		return true
	}
	return toks[i].Lower == "that" && i > 0 && toks[i-1].Word && i+1 < len(toks) && toks[i+1].Word && !toks[i+1].Cap && !toks[i+1].in(cDeterminer)
}

// closingAppositive reads the phrase set off by a comma after an
// inverted speaker and closing the sentence ("…, said another witness,
// the adviser Ana Ruiz."): withAppositive lets a name there say who the
// speaker is. The region r starts at token from.
func closingAppositive(toks []tok, from int, r Span) Span {
	e := from
	for e < len(toks) && toks[e].End <= r.End {
		e++
	}
	// The speaker's own modifier may stand before the comma ("another
	// witness in the inquiry, …").
	for n := 0; e < len(toks) && !toks[e].punct() && n < speechReach; n++ {
		e++
	}
	if e >= len(toks) || toks[e].Lower != "," {
		return Span{}
	}
	k := e + 1
	for k < len(toks) && k-e <= speechReach && (!toks[k].punct() || abbrevPeriod(toks, k) || toks[k].Lower == "-") {
		k++
	}
	if k == e+1 || k-e > speechReach || k < len(toks) && k != len(toks)-1 {
		return Span{} // empty, too long, or not closing the sentence
	}
	return Span{Start: toks[e+1].Start, End: toks[k-1].End}
}

// setOffName reads a name set off by commas right after the region r
// ("according to the team's coach, Alireza Mehraban, the robot …"):
// withAppositive lets it say who the source is. Only capitalised words,
// two to four of them, closed by a comma: a clause after the comma
// ("according to the coach, the robot scored") is no name.
func setOffName(toks []tok, r Span) Span {
	e := 0
	for e < len(toks) && toks[e].End <= r.End {
		e++
	}
	if e >= len(toks) || toks[e].Lower != "," {
		return Span{}
	}
	k := e + 1
	for k < len(toks) && k-e <= 4 && toks[k].Word && toks[k].Cap {
		k++
	}
	if n := k - e - 1; n < 2 || n > 4 || k >= len(toks) || toks[k].Lower != "," {
		return Span{}
	}
	return Span{Start: toks[e+1].Start, End: toks[k-1].End}
}

// isParticiple: a word in -ing opening a participle phrase.
func isParticiple(k string) bool {
	return len(k) > 4 && k[len(k)-3:] == "ing"
}

// invertedSubject reads the speaker after an inverted verb ("…,”
// said the Russian source."): a phrase that closes the sentence or its
// clause, where a complement clause ("said Mueller needs to …") does not.
func invertedSubject(toks []tok, i int) (Span, bool) {
	r, ok := rightRegion(toks, i)
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
	if e < len(toks) && !toks[e].punct() && !toks[e].in(cSpeechAfterspeaker) {
		return r, false
	}
	return r, true
}

// rightRegion reads a phrase starting at token i: up to punctuation,
// a word that ends it ("in", "when", "who") or speechReach tokens.
// "of" and "for" followed by a capitalised word stay in ("Nick Van den
// Brul of BNP Paribas", "a spokesman for Rank").
func rightRegion(toks []tok, i int) (Span, bool) {
	if i >= len(toks) || toks[i].punct() || toks[i].in(cBoundary) || toks[i].in(cSpeechRightstop) {
		return Span{}, false
	}
	e := i
	for e < len(toks) && e-i < speechReach {
		t := toks[e]
		if t.punct() && t.Lower != "-" {
			break
		}
		if e > i && t.in(cSpeechRightstop) && !titleComplement(toks, e) {
			break
		}
		// A capitalised boundary word inside the phrase is part of a
		// name ("the United States", as a verb "states" would end it).
		if e > i && t.in(cBoundary) && !(t.Cap && toks[e-1].Cap) && !t.in(cSpeechPostprep) && !t.in(cPostmod) && t.Lower != "and" && t.Lower != "or" {
			break
		}
		e++
	}
	// "four current and former officials" stays one phrase; a phrase
	// ending on "and" ("said X and added") does not keep it.
	for e > i && (toks[e-1].Lower == "and" || toks[e-1].Lower == "or") {
		e--
	}
	if e == i {
		return Span{}, false
	}
	return Span{Start: toks[i].Start, End: toks[e-1].End}, true
}

// titleComplement: the "to" at toks[k] opens a title's complement
// ("Ambassador to Britain Hamdullah Mohib", "envoy to the UN"), not the
// one spoken to ("said Smith to reporters"): a title word before it and
// a capitalised word (after "the") after it.
func titleComplement(toks []tok, k int) bool {
	if toks[k].Lower != "to" || k == 0 || !toks[k-1].in(cTitle) {
		return false
	}
	j := k + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	return j < len(toks) && toks[j].Cap
}

// isOutlet reports whether a phrase names a broadcaster or a
// publication ("state radio", "BBC Radio 4's Today programme", "Fox News").
//
// A media word must end the phrase ("state radio", "Fox News"); "a news
// conference" is an event, not an outlet. A named outlet may stand
// anywhere in it.
func isOutlet(toks []tok) bool {
	for i, t := range toks {
		if t.in(cMediaName) || i == len(toks)-1 && t.in(cMediaWord) {
			return true
		}
	}
	return false
}

// firstOverlapping is the flag of idx (indexes into flags, in text order,
// none longer than maxLen) that starts first among those overlapping sp.
// A binary search and a walk back over the flags that can still reach sp,
// so a sentence of many mentions and flags costs no square.
func firstOverlapping(flags []Flag, idx []int32, maxLen int, sp Span) (int, bool) {
	hi, _ := slices.BinarySearchFunc(idx, sp.End, func(fi int32, end int) int {
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
			found, ok = int(idx[k]), true
		}
	}
	return found, ok
}

// flagIndex lists flags by sentence: sentence si's, in their order, are
// idx[at[si]:at[si+1]]. One array for all sentences rather than a list
// each, and int32 (no text within any size limit has 2^31 flags): on
// 10 MB of news a list per sentence cost 1.8 MB of headers alone, at the
// ledger's peak, the speech mentions all held.
type flagIndex struct{ at, idx []int32 }

func (x *flagIndex) of(si int) []int32 { return x.idx[x.at[si]:x.at[si+1]] }

// sourceFlagsAt indexes the valid anonymous and named source flags by
// sentence, with the longest span of each sentence's.
func sourceFlagsAt(a *Input, valid func(Flag) bool) (flagIndex, []int32) {
	n := len(a.Sentences)
	x := flagIndex{at: make([]int32, n+1)}
	maxLen := make([]int32, n)
	keep := func(f Flag) bool { return (f.Kind == AnonymousSource || f.Kind == NamedSource) && valid(f) }
	for _, f := range a.Flags {
		if keep(f) {
			x.at[f.Sentence+1]++
			maxLen[f.Sentence] = max(maxLen[f.Sentence], int32(spanLen(f.Span)))
		}
	}
	for si := range n {
		x.at[si+1] += x.at[si]
	}
	x.idx = make([]int32, x.at[n])
	next := slices.Clone(x.at[:n])
	for i, f := range a.Flags {
		if keep(f) {
			x.idx[next[f.Sentence]] = int32(i)
			next[f.Sentence]++
		}
	}
	return x, maxLen
}

// collectSpeech takes the speech reader's mentions of every sentence
// (the Reading the caller made while it held the tokens, any sentence it
// did not read read now) and marks the sentences they attribute. The
// detector's judgement of anonymity stands where one of its flags covers
// a speaker phrase; elsewhere the ledger's reading of the phrase does. A
// sentence quoting a refusal rests on no speaker of its own.
func (b *builder) collectSpeech(attributed []bool, fromFlags int) {
	a := b.a
	rd := a.Reading
	if rd == nil || len(rd.per) != len(a.Sentences) || len(rd.text) != len(a.Text) {
		rd = NewReading(a.Text, a.Sentences)
	}
	rd.readAll(b.readers)
	flagsAt, maxLen := sourceFlagsAt(a, b.validFlag)
	b.refused = make([]bool, len(a.Sentences))
	b.quotedDenial = map[int]bool{}
	// The refusals and denials, by sentence: walked beside the sentences
	// rather than looked up for each (few sentences hold one).
	var refusals, denials []int
	for i, f := range a.Flags {
		if f.Kind == NoComment && b.validFlag(f) {
			refusals = append(refusals, i)
		}
		if f.Kind == Denial && b.validFlag(f) {
			denials = append(denials, i)
		}
	}
	bySentence := func(i, j int) int { return a.Flags[i].Sentence - a.Flags[j].Sentence }
	slices.SortStableFunc(refusals, bySentence)
	slices.SortStableFunc(denials, bySentence)
	n := 0
	for si := range rd.per {
		n += int(rd.per[si].nm)
	}
	// Room for the flags' mentions after them too.
	ms := make([]*mention, 0, n+fromFlags)
	for si := range rd.per {
		e := &rd.per[si]
		b.shape[si] = e.shape
		if e.skip {
			continue
		}
		var mine []int
		mine, refusals = flagsOfSentence(a.Flags, refusals, si)
		refused := quotedCue(a.Flags, mine, e.quoted())
		b.refused[si] = refused
		mine, denials = flagsOfSentence(a.Flags, denials, si)
		for _, fi := range mine {
			if inRuns(e.quoted(), a.Flags[fi].Cue.Start) {
				b.quotedDenial[fi] = true
			}
		}
		ems := e.mentions()
		for k := range ems {
			m := &ems[k]
			if !m.is(mShadow) {
				if refused {
					continue
				}
				if m.is(mNested) {
					ms = append(ms, m)
					continue // the sentence's own speaker may still be read from a flag
				}
				// A relay inside a flag's span ("an insider told the
				// outlet") is not the party the flag judges: its cue is.
				if fi, ok := firstOverlapping(a.Flags, flagsAt.of(si), int(maxLen[si]), m.desc()); ok && !(m.is(mRelay) && !overlaps(a.Flags[fi].Cue, m.desc())) {
					m.setTyp(agreeWithDetector(*m, a.Flags[fi].Kind == AnonymousSource))
				}
				attributed[si] = true
			}
			ms = append(ms, m)
		}
	}
	b.mentions = ms
	// The Reading is read: what Build needs of it are the mentions,
	// which b.mentions holds; its other entries are freed, the caller
	// holding none of it (analyzeOn) or keeping it as it was.
	a.Reading = nil
}

// shadows appends a shadow mention for every proper name of the
// sentence outside quotations: a party a later "the company", "the
// prime minister" or "he" may point back to although this sentence does
// not rest on it. Only the sentence's subject (a name among its first
// words) counts for pronouns.
//
// names remembers the names read (readName).
//
// out holds the sentence's speakers already; a name that is one of them,
// word for word, adds no shadow.
func shadows(text string, toks []tok, inQ []bool, si int, out []mention, names map[string]nameRead) []mention {
	spoken := len(out)
	var spokenSet map[Span]bool // built for a sentence of many speakers, so that each name is not checked against them all
	// Where the subjects stand is found at the sentence's first name:
	// most sentences name no one.
	subjectsRead := false
	var subjectStart, subjectEnd, subStart, subEnd, mainStart, mainEnd int
	for from := 0; from < len(toks); {
		s, e := capitalRun(toks, from, len(toks))
		if s < 0 {
			break
		}
		from = e
		// "Russia and President Trump": two names.
		for k := s; k < e; k++ {
			if toks[k].Lower == "and" {
				from, e = k+1, k
				break
			}
		}
		if inQ[s] || s >= e {
			continue
		}
		at, weak := s, false
		switch {
		case s > 0 && toks[s-1].in(cGenericOrg):
			at = s - 1 // "Leisure group Rank": the noun says what Rank is
		case s > 0 && e > s+1 && toks[s-1].in(cTitle) && !toks[s-1].Cap:
			at = s - 1 // "co-founder Julian Assange": the title is a role of hers or his
		case e == s+1 && !toks[s].in(cPlace|cMetonym|cMediaName|cOrgWord|cHeadInstitution):
			// A lone word of no known kind ("Edinburgh", "Legal") is no
			// antecedent to trust, unless its letters make it an
			// organisation; it can still stand for a party already met.
			w := text[toks[s].Start:toks[s].End]
			weak = !isAcronym(w) && !innerCapital(w)
			if !weak && modifies(toks, e) {
				continue // "VHS video": no party
			}
		case e == s+1 && modifies(toks, e):
			continue // "China trade talks", "Washington officials": no party
		}
		var m mention
		ok := true
		if weak {
			// Only its name matters, to find the party it may stand for.
			k := toks[s].Lower
			m = mention{flag: -1, tc: typeCodeOf(NamedPerson), bits: mGuessed, name: k}
			m.setDesc(toks[s].span())
		} else {
			m, ok = readName(text, toks[at:e], names)
		}
		if !ok || m.name == "" || m.pronoun() != "" {
			continue
		}
		if m.typ() == NamedPerson && m.is(mGuessed) && len(m.roles()) == 0 && afterArticle(toks, at) {
			// "the northern Sierra Nevada", "the Kremlin": a person's
			// name takes no article.
			m.setTyp(NamedInstitution)
			m.set(mGuessed, false)
		}
		if m.typ() == NamedPerson && len(m.roles()) == 0 && !strings.Contains(m.name, " ") {
			weak = true
		}
		m.set(mWeak, weak)
		// The subject's name, not a possessive before it ("Trump's
		// attorney"), nor an appositive after it ("Trump's attorney, Ty
		// Cobb, declined") is whom a later "he" means.
		if !subjectsRead {
			subjectsRead = true
			subjectStart, subjectEnd = openingSubject(toks)
			subStart, subEnd, mainStart, mainEnd = subordinateSubject(toks)
		}
		subject := s >= subjectStart && s < subjectEnd && !(e < len(toks) && toks[e].possessive() && ownsParty(toks, e+1, subjectEnd)) ||
			subjectEnd > 0 && s == subjectEnd+1 && toks[subjectEnd].Lower == "," ||
			(s >= subStart && s < subEnd || s >= mainStart && s < mainEnd) && !(e < len(toks) && toks[e].possessive())
		m.sent, m.flag = int32(si), -1
		m.set(mShadow, true)
		m.set(mSubject, subject)
		if spoken > spokenScan && spokenSet == nil {
			spokenSet = make(map[Span]bool, spoken)
			for i := range out[:spoken] {
				spokenSet[out[i].desc()] = true
			}
		}
		if spokenSet != nil && spokenSet[m.desc()] || spokenSet == nil && spokeAs(out[:spoken], m.desc()) {
			continue // the sentence's speaker already, named by the same words
		}
		out = append(out, m)
	}
	return out
}

// afterArticle: the name starting at token s follows "the", directly or
// past one lower-case word ("the northern Sierra Nevada").
func afterArticle(toks []tok, s int) bool {
	switch {
	case s > 0 && toks[s-1].in(cDefinite):
		return true
	case s > 1 && toks[s-2].in(cDefinite) && toks[s-1].Word && !toks[s-1].Cap && !toks[s-1].in(cTitle|cSpeechAux):
		return true
	}
	return false
}

// spokenScan is how many speakers a sentence may have before shadows
// looks them up in a set rather than one by one: a sentence of a
// million words may name a speaker at every tenth.
const spokenScan = 16

// spokeAs: one of the speakers ms is named by the words at sp.
func spokeAs(ms []mention, sp Span) bool {
	for i := range ms {
		if ms[i].desc() == sp {
			return true
		}
	}
	return false
}

// ownsParty reports whether the words toks[from:end] after a
// possessive name hold a party of their own ("Trump's attorney, Ty
// Cobb", "Acme's board"), whom a later pronoun means; "Trump's
// theatrical embrace" holds none, and "he" then means Trump.
func ownsParty(toks []tok, from, end int) bool {
	for k := from; k < end && k < len(toks); k++ {
		if toks[k].headList() != 0 || toks[k].Cap {
			return true
		}
	}
	return end >= len(toks) || toks[end].Lower == ","
}

// openingSubject returns the stretch toks[start:end] where the
// sentence's subject stands: its first words up to punctuation or a
// boundary word, after any short opening adverbials set off by commas
// ("Then, last week, Ana Ruiz posted"), which hold no name.
func openingSubject(toks []tok) (start, end int) {
	if len(toks) == 0 || toks[0].in(cLeftstop) {
		return 0, 0
	}
	for {
		end = start
		named := false
		for end < len(toks) && end-start < speechReach && !toks[end].punct() && !toks[end].in(cBoundary) {
			named = named || end > 0 && toks[end].Cap
			end++
		}
		// A short stretch of lower-case words closed by a comma is an
		// adverbial; the subject follows it.
		if named || end == start || end-start > 4 || end+1 >= len(toks) || toks[end].Lower != "," || start > 0 && end-start > 3 {
			// The subject is the first name there and what the verb
			// after it says: a name past that verb is its object
			// ("Rin Okafor posted … accusing Tal Brenner").
			if s, e := capitalRun(toks, start, end); s >= 0 && e < end && toks[e].Word && !toks[e].Cap && !toks[e].possessive() && toks[e].Lower != "and" {
				end = e
			}
			return start, end
		}
		start = end + 1
	}
}

// subordinateSubject returns, for a sentence opening with a subordinate
// clause, the stretches holding the clause's subject ("When Afghan
// President Ashraf Ghani first announced the swap, he said") and the main
// clause's after the comma closing it ("When his advisers suggested …,
// Mr. Trump wasn't satisfied"): each a name up to the word after it, or
// empty.
func subordinateSubject(toks []tok) (start, end, mainStart, mainEnd int) {
	if len(toks) < 3 || !toks[0].in(cSubordinator) {
		return 0, 0, 0, 0
	}
	e := 1
	for e < len(toks) && e <= speechReach && !toks[e].punct() && !toks[e].in(cBoundary) {
		e++
	}
	if s, ne := capitalRun(toks, 1, e); s >= 0 && ne < e && toks[ne].Word && !toks[ne].Cap {
		start, end = s, ne
	}
	// The comma closing the clause, within a bounded stretch.
	c := 1
	for c < len(toks) && c <= 3*speechReach && toks[c].Lower != "," && !endsClause(&toks[c]) {
		c++
	}
	if c+2 < len(toks) && toks[c].Lower == "," {
		if s, ne := capitalRun(toks, c+1, min(len(toks), c+1+speechReach)); s == c+1 || s == c+2 && toks[c+1].in(cDefinite) {
			if ne < len(toks) && toks[ne].Word && !toks[ne].Cap {
				mainStart, mainEnd = s, ne
			}
		}
	}
	return start, end, mainStart, mainEnd
}

// endsClause: a mark no subordinate clause runs past (a full stop, a
// colon or semicolon, a question or exclamation mark, a quotation mark).
func endsClause(t *tok) bool {
	if t.Word {
		return false
	}
	if _, ok := quoteMark(t); ok {
		return true
	}
	switch t.Lower {
	case ".", ";", ":", "?", "!":
		return true
	}
	return false
}

// speakerPronoun is the gender of "he" or "she" opening the clause
// reported by the speech verb at cue ("Smith said he would appeal",
// "Okafor said on Monday that she had left"), 0 for none: a speaker
// named by one word is a person, not a body, when the clause goes on
// about them so. Past any other party named first (a capitalised word
// but a calendar one: "on Monday"), a quotation, or the clause's end,
// the pronoun is no one's in particular.
func speakerPronoun(toks []tok, inQ []bool, cue int) byte {
	const reach = 6
	for k := cue + 1; k < len(toks) && k <= cue+reach; k++ {
		t := toks[k]
		switch {
		case inQ[k] || t.Cap && k > cue+1 && !t.in(cNotname) || t.punct() && t.Lower != ",":
			return 0
		case t.in(cPronounPerson) && t.in(cGenderMale):
			return 'm'
		case t.in(cPronounPerson) && t.in(cGenderFemale):
			return 'f'
		case t.in(cPronounPerson | cPronounPlural | cPronounInstitution):
			return 0
		}
	}
	return 0
}

// nameRead is what mentionFromToks read of a name, which started at
// offset start.
type nameRead struct {
	m     mention
	ok    bool
	start int
}

// readName is mentionFromToks of a name in passing, remembered by its
// words as they stand in the text: a story names the same parties again
// and again, and the same words are the same tokens and read the same,
// but for where they stand.
func readName(text string, toks []tok, names map[string]nameRead) (mention, bool) {
	start := toks[0].Start
	key := text[start:toks[len(toks)-1].End]
	if r, ok := names[key]; ok {
		m, d := r.m, start-r.start
		m.d.start, m.d.end = m.d.start+int32(d), m.d.end+int32(d)
		return m, r.ok
	}
	m, ok := mentionFromToks(text, toks)
	// Shared by every mention read from it: clipped, so an append to
	// one copies.
	if rs := m.roles(); rs != nil {
		m.edit().roles = slices.Clip(rs)
	}
	names[key] = nameRead{m, ok, start}
	return m, ok
}

// isHeadline: the article's first line, standing alone without a full
// stop, is its headline, which the ledger does not attribute.
func isHeadline(text string, sents []Sentence, si int) bool {
	if si != 0 || len(sents) < 2 || sents[1].Paragraph == sents[0].Paragraph {
		return false
	}
	t := text[sents[0].Start:sents[0].End]
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

// mainSubject reads the subject of the sentence's first clause, for
// a speech verb joined to it ("A spokesman refused to comment on the
// reports, but said …"): the words before its first verb or punctuation.
func mainSubject(src string, toks []tok, inQuote []bool, cue int) (Span, bool) {
	from := datelineEnd(toks, cue)
	if from < cue && toks[from].in(cNotname) {
		// "Hours before the game, …": a time, no subject (see
		// subjectPastAdverbials). After a preposition a name may still
		// be the subject, no comma between ("In the filing Ford wrote").
		return Span{}, false
	}
	e := from
	for e < cue && e-from < speechReach && (!toks[e].punct() || abbrevPeriod(toks, e)) && !inQuote[e] && !toks[e].in(cBoundary) {
		e++
	}
	e = beforeFiniteVerb(src, toks, from, e)
	if e == from {
		return Span{}, false
	}
	return Span{Start: toks[from].Start, End: toks[e-1].End}, true
}

// adverbialOpens: a phrase opening on t is an adverbial, not a subject:
// t is a time word ("Hours before the vote") or a preposition ("After
// the vote").
func adverbialOpens(t tok) bool { return t.in(cNotname | cSpeechPostprep) }

// datelineEnd is the token after a dateline opening the sentence, 0 for
// none: a place in capitals, perhaps a region or an agency after it, and
// a dash ("BUFFALO, N.Y. —", "WASHINGTON (Reuters) -"), which tells
// where the story was filed and is no subject.
func datelineEnd(toks []tok, cue int) int {
	const reach = 10
	if len(toks) == 0 || !toks[0].Word || !toks[0].Caps || len(toks[0].Lower) < 3 {
		return 0
	}
	for k := 1; k < cue && k < reach; k++ {
		t := toks[k]
		switch {
		case t.Lower == "—" || t.Lower == "–" || t.Lower == "-":
			return k + 1
		case t.Word && !t.Cap:
			return 0 // a lower-case word: a sentence, no dateline
		}
	}
	return 0
}

// beforeFiniteVerb ends a participle's inherited subject before the
// clause's own verb: in "Tal Brenner sold the club in May, adding …" the
// one adding is "Tal Brenner", not all that precedes the comma. The
// stretch from..e is at most speechReach tokens and read only for a
// participle with no subject of its own, so tagging it here stays
// linear and rare. Adverbs before the verb ("Trump later softened")
// go with it. With no finite verb tagged, e is kept.
func beforeFiniteVerb(src string, toks []tok, from, e int) int {
	if e-from < 2 || e-from > speechReach {
		return e
	}
	var tags [tagWindow]postag.Tag
	tg := tagToks(src, toks, from, e, &tags)
	for i := 1; i < len(tg); i++ {
		if !tg[i].IsFinite() {
			continue
		}
		for i > 1 && tg[i-1] == postag.RB {
			i--
		}
		return from + i
	}
	return e
}

// subjectPastAdverbials is mainSubject for a sentence opening with short
// adverbials set off by commas ("On Thursday, Lee took to a forum and
// accused …", "Then, last week, Lee …"): the stretch after the nth of
// them (n is 1 or 2), up to the cue; each is at most four words.
func subjectPastAdverbials(src string, toks []tok, inQuote []bool, cue, n int) (Span, bool) {
	from := datelineEnd(toks, cue)
	for ; n > 0; n-- {
		// Four words, or eight for one opening as an adverbial does
		// ("Hours before Parise's two-goal night, …").
		most := 4
		if from < cue && adverbialOpens(toks[from]) {
			most = 8
		}
		c := from
		for c < cue && c-from <= most && (toks[c].Word || toks[c].possessive()) && !inQuote[c] {
			c++
		}
		if c == from || c >= cue || c-from > most || toks[c].Lower != "," {
			return Span{}, false
		}
		from = c + 1
	}
	e := from
	for e < cue && e-from < speechReach && (!toks[e].punct() || abbrevPeriod(toks, e)) && !inQuote[e] && !toks[e].in(cBoundary) {
		e++
	}
	e = beforeFiniteVerb(src, toks, from, e)
	if e == from {
		return Span{}, false
	}
	return Span{Start: toks[from].Start, End: toks[e-1].End}, true
}

// abbrevPeriod: the period at k closes an abbreviation inside a name
// ("Mr. Hale", "Sen. Mark Warner"), not a clause.
func abbrevPeriod(toks []tok, k int) bool {
	return toks[k].Lower == "." && k >= 1 && k+1 < len(toks) && toks[k-1].End == toks[k].Start && toks[k-1].Cap && toks[k+1].Cap
}

// possessivePronoun is the pronoun a possessive stands for ("his" ->
// "he"), "" for another word.
func possessivePronoun(k string) string { return possessivePronouns[k] }

// possessive: a possessive determiner ("his", "their"). It is looked
// up by word rather than by a class bit: it is read only at a subject's
// left edge, and the ledger's 64 bits are nearly all taken.
func possessive(k string) bool { return possessiveWords.HasWord(k) }

// tokensIn returns the tokens of a sentence that a region read from
// them covers (regions start and end on token boundaries).
func tokensIn(toks []tok, r Span) []tok {
	i, _ := slices.BinarySearchFunc(toks, r.Start, func(t tok, at int) int { return t.Start - at })
	j := i
	for j < len(toks) && toks[j].End <= r.End {
		j++
	}
	return toks[i:j]
}

// modifies reports whether the lone capitalised word before token e
// qualifies the noun at e ("VHS video", "Apple shares"): a lower-case
// word that is neither a possessive nor a word ending a source phrase
// (a verb, an auxiliary, a preposition) nor a speech cue.
func modifies(toks []tok, e int) bool {
	if e >= len(toks) {
		return false
	}
	t := toks[e]
	if strings.HasSuffix(t.Lower, "self") || strings.HasSuffix(t.Lower, "selves") {
		return false // "Trump himself"
	}
	return t.Word && !t.Cap && !t.possessive() && !t.in(cBoundary|cSpeechVerb|cSpeechParticiple|cSpeechAccording|cSpeechCite|cSpeechAux|cLeftstop|cSpeechClausestop)
}

// quotedCue reports whether one of the flags idx has its cue inside
// the sentence's runs of quoted tokens. For its refusals to comment
// ("“We are not commenting on this,” he said"), the sentence then quotes
// a refusal, so the speaker says nothing the sentence rests on (a
// refusal is attributed only when the party then says something, which
// a sentence of its own carries).
func quotedCue(flags []Flag, idx []int, quoted []Span) bool {
	for _, fi := range idx {
		if inRuns(quoted, flags[fi].Cue.Start) {
			return true
		}
	}
	return false
}

// flagsOfSentence splits idx, flag indexes in sentence order with none
// before sentence si, into those of si and the rest.
func flagsOfSentence(flags []Flag, idx []int, si int) (of, rest []int) {
	for len(idx) > 0 && flags[idx[0]].Sentence < si {
		idx = idx[1:] // a sentence skipped as unread
	}
	n := 0
	for n < len(idx) && flags[idx[n]].Sentence == si {
		n++
	}
	return idx[:n], idx[n:]
}

// inRuns reports whether offset at lies inside one of the sorted runs.
func inRuns(runs []Span, at int) bool {
	// The last run starting at or before at.
	i, _ := slices.BinarySearchFunc(runs, at, func(r Span, at int) int {
		if r.Start <= at {
			return -1
		}
		return 1
	})
	return i > 0 && at < runs[i-1].End
}

// withAppositive lets an appositive say who the subject is: a name set
// off after a role ("the company's chief executive, Jane Doe, said") is
// the speaker, holding the role; a role set off after a name ("Ana Ruiz,
// the deputy minister, said") is a role of hers, which a later "the
// deputy minister" joins.
func withAppositive(text string, m mention, ap []tok) mention {
	am, ok := mentionFromToks(text, ap)
	if !ok || am.pronoun() != "" {
		return m
	}
	switch {
	case m.is(mSpeaksFor) && am.name != "" && am.typ() == NamedPerson:
		// "Carlineo's attorney, Sonya Zoghlin, said": a named
		// spokesperson is kept apart from the party.
		return am
	case m.name == "" && am.name != "" && (am.typ() == NamedPerson || am.typ() == NamedInstitution):
		if (m.typ() == NamedInstitution || has(m.head(), cGenericOrg)) && am.typ() == NamedPerson && am.is(mGuessed) {
			// "The group that owns her music, Big Machine, says": a
			// body's name, whatever its words look like.
			am.setTyp(NamedInstitution)
			am.set(mGuessed, false)
			return am
		}
		if m.head() != "" {
			am.addRole(m.head())
		}
		if am.gender == 0 {
			am.gender = m.gender
		}
		return am
	case m.typ() == NamedPerson && am.name == "" && am.head() != "":
		m.addRole(am.head())
		if m.gender == 0 {
			m.gender = am.gender
		}
	}
	return m
}

// overlaps: the spans a and b share a byte.
func overlaps(a, b Span) bool { return a.Start < b.End && b.Start < a.End }
