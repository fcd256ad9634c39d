package ledger

import (
	"slices"
	"strings"

	"github.com/caveat-reader/caveat/model/lexicon"
)

// Build finds who each sentence rests on and groups the mentions into
// sources. The speech reader (speech.go) reads every sentence for its
// speakers; the detector's anonymous_source and named_source flags decide
// anonymity where they cover a speaker and supply speakers the reader
// missed, and a denial's subject stands for a sentence with no other.
// Every description is a span read from the sentence's tokens, never
// re-found by searching.
func Build(in *Input) Result { return build(in, 0) }

// build is Build with readers parallel sentence readers (0: one per
// processor), which the test of the parallel reading sets.
func build(in *Input, readers int) Result {
	// A copy, so that letting go of the Reading (collectSpeech) leaves
	// the caller's Input as it was.
	cp := *in
	a := &cp
	n := len(a.Sentences)
	b := &builder{a: a, bySent: make([][]int, n), primary: make([]int, n), reportedAt: make([]bool, n), shape: make([]uint8, n)}
	b.readers = readers
	b.flagSrc = make([]int, len(a.Flags))
	for i := range b.flagSrc {
		b.flagSrc[i] = -1
	}
	for i := range b.primary {
		b.primary[i] = -1
	}
	b.recency.init()
	b.collect()
	b.mentions = mergeByStart(b.mentions, b.speechN)
	// Each mention is placed at most once, and only a speaker's (no name
	// in passing, no nested speaker) is said: sized once, said never grows.
	saidN := 0
	for _, m := range b.mentions {
		if !m.is(mShadow) && !m.is(mNested) {
			saidN++
		}
	}
	b.said = make([]saidAt, 0, saidN)
	// Nothing after place reads a mention: each is let go once placed,
	// so the Reading's blocks of them (a long text's largest part of
	// the ledger) are freed as the sources they make grow.
	for i, m := range b.mentions {
		b.place(m)
		b.mentions[i] = nil
	}
	b.mentions = nil
	b.joinNamedLater()
	b.continueQuotations()
	b.continueSpeech()
	// A party reported inside another's words joins its sentence once
	// the speakers' quotations and reported speech have run on, which it
	// does not interrupt.
	for _, p := range b.nestedAt {
		b.attach(p.idx, p.sent, -1)
	}
	b.linkFlags()
	return b.finish()
}

// source is a source while the ledger is being built.
type source struct {
	desc    Span
	typ     Type
	head    string
	plural  bool
	counted bool
	name    string
	surname string
	lastPos int // byte offset of its latest mention: recency for back-references
	// lastSent is the sentence of its latest mention.
	lastSent int
	// descKey is descKey of desc for an unnamed source, so a repeated
	// description ("White House advisers say") finds it by lookup;
	// descIndexed is its descIndexKey for type descIndexTyp.
	descKey      string
	descIndexed  string
	descIndexTyp Type
	// byDesc is the entry of descIndex in recency.desc, for the key
	// byDescKey it was found by (the key follows the type).
	byDesc    *recent
	byDescKey string
	// place is 2 when the name is a place's, 1 when not, 0 unread.
	place uint8
	// byName and bySurname are the recency entries of name and surname,
	// once touched; byShort that of its shortName, once read (shortRead).
	byName, bySurname, byShort *names
	shortRead                  bool
	// initials is initialsOf its name, once read ("" unread);
	// byInitials its entry in recency.initials, once touched.
	initials   string
	byInitials *recent
	// given is a person's first name ("taylor" of "taylor swift"), from
	// the first full name it is given; byGiven its recency entry.
	given   string
	byGiven *names
	// lemma and headList are headLemma and headList of head,
	// read once rather than for every back-reference that passes by.
	lemma    string
	headList uint64
	// nameModifies: the source is a body whose phrase has a person's
	// name before its noun ("the Trump administration"), never that
	// person (resolve).
	nameModifies bool
	// words are desc's words, lowered and each followed by a space,
	// read from the text once for descHasWord rather than for every
	// back-reference that asks; wordsOf is the desc they were read of.
	words   string
	wordsOf Span

	sents []int
	flags []int
	// mentions are the phrases placed with this source, in text order.
	mentions []Span
	// numberMismatch: a singular back-reference ("the source") joined this
	// plural source ("sources said"), which the scorecard asks about.
	numberMismatch bool
	// gender, roles and outlet as on mention, gathered over the
	// source's mentions.
	gender byte
	roles  []string
	// byRole are the entries of roles in recency.roles, in their
	// order, once touched: roles only grow.
	byRole []*recent
	outlet bool
	// personal: a mention of it reads as a person's (a full name, a
	// title, "he" or "she", a gendered word or a clause it reports going
	// on about "he" or "she"); a party named by one word alone and never so
	// is taken for an organisation ("Toyota said").
	personal bool
	// inSent is one more than the sentence it was last attached to.
	inSent int
	// winPrev and winNext link the source into the recency window when
	// inWindow (recency.moveToFront).
	winPrev, winNext int
	inWindow         bool
	// fromShadow: the source was created by a name in passing and no
	// sentence rests on it yet (see shadows).
	fromShadow bool
}

type builder struct {
	a *Input
	// refused marks a sentence quoting a refusal, which no quotation
	// carries on to (collectSpeech).
	refused []bool
	// readers is how many goroutines read sentences (0: GOMAXPROCS).
	readers int
	// flagSrc is the source index of each flag, -1 for none.
	flagSrc []int
	// mentions point into the Reading (the speech reader's) and to the
	// mentions read from flags.
	mentions []*mention
	// atSpan finds the source already given a mention span: the detector
	// may repeat a quotation's speaker for each sentence of the quotation.
	// Mentions are placed in order of their start, so a repeated span can
	// only be among those placed at the current start offset.
	atStart int
	// speechN counts the mentions the speech reader found, which come
	// first in mentions, in sentence order.
	speechN int
	// speechByStart indexes the speech mentions by sentence and start;
	// speechMaxLen is the longest one's length in bytes (speechCovers).
	speechByStart []int32
	speechMaxLen  int
	atSpan        []placed
	// said lists every placed mention with its sentence and source, for
	// linkFlags to find the mention inside a flag's span.
	said []saidAt
	// nestedAt are the nested speakers' sentences, attached last.
	nestedAt []saidAt
	srcs     []*source
	// bySent lists, per sentence, the sources it rests on; primary is the
	// speaker among them (not an outlet relaying it), or -1.
	bySent  [][]int
	primary []int
	// reportedAt: the sentence's speaker is named by a verb of reported
	// speech ("said"), which a backshifted next sentence carries on.
	reportedAt []bool
	// shape holds each sentence's opensQuote and backshift.
	shape []uint8
	// quotedDenial holds the denial flags whose cue stands inside a
	// quotation, whose subject collect does not read as the denier.
	quotedDenial map[int]bool
	// key is descKey of keySpan when keyHeld (descKeyOf); keyOfWords
	// the keys of the descriptions folded so far, by their words.
	key        string
	keySpan    Span
	keyHeld    bool
	keyOfWords map[string]string
	// recency indexes the sources for back-references, so a mention costs
	// a few lookups rather than a pass over every source (ledger_recency.go).
	recency recency
}

// collect gathers the mentions the ledger groups. The speech reader's
// come first, with the names in passing it keeps as antecedents. An
// anonymous-source flag covering no speaker it found, or an attribution
// flag in a sentence it found none in, is read from the flag's span;
// a sentence with neither but a denial is read for the denial's subject
// ("Washington denied the claim").
func (b *builder) collect() {
	a := b.a
	n := 0
	for _, f := range a.Flags {
		if f.Kind == AnonymousSource || f.Kind == NamedSource || f.Kind == Denial {
			n++
		}
	}
	attributed := make([]bool, len(a.Sentences))
	b.collectSpeech(attributed, n)
	b.speechN = len(b.mentions)
	b.indexSpeech()
	// Sized by the flags that may be read, not by every source flag: the
	// speech reader has found most of those, and the mentions are large.
	most := 0
	for _, f := range a.Flags {
		if f.Kind == Denial || b.readsFlag(f, attributed) {
			most++
		}
	}
	fromFlags := make([]mention, 0, most)
	for i, f := range a.Flags {
		if !b.readsFlag(f, attributed) {
			continue
		}
		m, ok := mentionFromSpan(a.Text, f.Span, f.Kind == NamedSource)
		if !ok {
			continue // linkFlags hands it to its quotation's speaker
		}
		m.sent, m.flag = int32(f.Sentence), int32(i)
		m.setTyp(agreeWithDetector(m, f.Kind == AnonymousSource))
		fromFlags = append(fromFlags, m)
	}
	for _, f := range a.Flags {
		if f.Kind == AnonymousSource || f.Kind == NamedSource {
			attributed[f.Sentence] = true
		}
	}
	for i, f := range a.Flags {
		if f.Kind != Denial || attributed[f.Sentence] || !b.attributable(f) || b.quotedDenial[i] {
			// A denial in quoted words is the speaker's: the subject of
			// the quoted clause ("Biden was not a topic", "I was not
			// there") is what is denied, or the speaker by "I", never
			// the party denying; the quotation's speaker is (linkFlags).
			continue
		}
		region, ok := denialSubject(a.Text, a.Sentences[f.Sentence].Span, f.Cue)
		if !ok {
			continue
		}
		m, ok := mentionFromSpan(a.Text, region, true)
		if !ok {
			continue
		}
		m.sent, m.flag = int32(f.Sentence), int32(i)
		fromFlags = append(fromFlags, m)
	}
	for i := range fromFlags {
		b.mentions = append(b.mentions, &fromFlags[i])
	}
}

// readsFlag reports whether collect reads source flag f from its span:
// one the speech reader left without a speaker.
func (b *builder) readsFlag(f Flag, attributed []bool) bool {
	if f.Kind != AnonymousSource && f.Kind != NamedSource {
		return false
	}
	return b.attributable(f) && !(attributed[f.Sentence] && (f.Kind != AnonymousSource || b.speechCovers(f)))
}

// speechCovers reports whether the speech reader found a speaker inside
// the span of flag f: an anonymous source the detector saw elsewhere in
// the sentence ("despite calls from some allies") is read from the flag.
func (b *builder) speechCovers(f Flag) bool {
	ms, idx := b.mentions, b.speechByStart
	// The speech mentions by (sentence, start): those that can overlap the
	// flag start before its end and no earlier than the longest mention
	// before its start, so a sentence of many mentions is not walked
	// whole for each of its flags.
	hi, _ := slices.BinarySearchFunc(idx, f, func(i int32, f Flag) int {
		m := ms[i]
		if int(m.sent) != f.Sentence {
			return int(m.sent) - f.Sentence
		}
		if m.desc().Start < f.Span.End {
			return -1
		}
		return 1
	})
	for k := hi - 1; k >= 0; k-- {
		m := ms[idx[k]]
		if int(m.sent) != f.Sentence || m.desc().Start+b.speechMaxLen <= f.Span.Start {
			break
		}
		if !m.is(mShadow) && f.Span.Start < m.desc().End {
			return true
		}
	}
	return false
}

// indexSpeech orders the speech reader's mentions by sentence and start
// for speechCovers, and notes the longest.
func (b *builder) indexSpeech() {
	b.speechByStart = make([]int32, b.speechN)
	for i := range b.speechByStart {
		b.speechByStart[i] = int32(i)
		b.speechMaxLen = max(b.speechMaxLen, spanLen(b.mentions[i].desc()))
	}
	bySentStart := func(x, y int32) int {
		mx, my := b.mentions[x], b.mentions[y]
		if mx.sent != my.sent {
			return int(mx.sent - my.sent)
		}
		return mx.desc().Start - my.desc().Start
	}
	// The reader makes its mentions in this order: sorted only if not.
	if !slices.IsSortedFunc(b.speechByStart, bySentStart) {
		slices.SortStableFunc(b.speechByStart, bySentStart)
	}
}

// validFlag guards against a flag whose offsets do not fit the text: the
// ledger skips it rather than panic on another stage's bug.
func (b *builder) validFlag(f Flag) bool {
	a := b.a
	if f.Sentence < 0 || f.Sentence >= len(a.Sentences) {
		return false
	}
	return f.Span.Start >= 0 && f.Span.Start <= f.Span.End && f.Span.End <= len(a.Text) &&
		f.Cue.Start >= 0 && f.Cue.Start <= f.Cue.End && f.Cue.End <= len(a.Text)
}

// attributable: flag f may give its sentence a source. A headline's
// flags do not (guide: headlines are not attributed), as its speech
// verbs do not (reading.go).
func (b *builder) attributable(f Flag) bool {
	return b.validFlag(f) && !isHeadline(b.a.Text, b.a.Sentences, f.Sentence)
}

// agreeWithDetector keeps the detector's judgement of anonymity (it sees
// the whole article: a source named later, a spokesperson speaking for a
// named body) and the ledger's reading of what kind of party it is.
func agreeWithDetector(m mention, anonymous bool) Type {
	if m.pronoun() != "" {
		return m.typ()
	}
	if anonymous && !m.typ().Anonymous() {
		if m.is(mPlural) {
			return UnnamedGroup
		}
		return UnnamedPerson
	}
	if !anonymous && m.typ().Anonymous() {
		if m.typ() == UnnamedPerson {
			return NamedPerson
		}
		return NamedInstitution
	}
	return m.typ()
}

// denialSubject is the stretch of the sentence before a denial's cue that
// holds its subject: back to the last comma, semicolon or "but", or to an
// "and" that opens a new clause ("..., and the Kremlin has denied").
func denialSubject(text string, sent Span, cue Span) (Span, bool) {
	if cue.Start <= sent.Start || cue.Start > sent.End {
		return Span{}, false
	}
	p := tokensGet(text, Span{Start: sent.Start, End: cue.Start})
	defer tokensPut(p)
	toks := p.toks
	from := 0
	for i, t := range toks {
		switch {
		case t.punct() && (t.Lower == "," || t.Lower == ";" || t.Lower == ":" || t.Lower == "–" || t.Lower == "—"):
			from = i + 1
		case contrastWords.HasWord(t.Lower):
			from = i + 1
		case t.Lower == "and" && auxAfter(toks, i+1):
			from = i + 1
		}
	}
	if from >= len(toks) || len(toks)-from > 12 {
		return Span{}, false
	}
	return Span{Start: toks[from].Start, End: toks[len(toks)-1].End}, true
}

// auxAfter: an auxiliary or adverb follows later in toks ("and the Kremlin
// has denied"), so the "and" opens a clause rather than joins two subjects.
func auxAfter(toks []tok, from int) bool {
	for _, t := range toks[from:] {
		if clauseAfterAnd.HasWord(t.Lower) {
			return true
		}
	}
	return false
}

// placed is a mention span and the source it was given.
type placed struct {
	desc Span
	idx  int
}

// said is a placed mention: its sentence, source and span.
type saidAt struct {
	sent, idx int
	desc      Span
}

// placedAt returns the source already given span sp, if any.
func (b *builder) placedAt(sp Span) (int, bool) {
	if sp.Start != b.atStart {
		b.atStart, b.atSpan = sp.Start, b.atSpan[:0]
	}
	for _, p := range b.atSpan {
		if p.desc == sp {
			return p.idx, true
		}
	}
	return -1, false
}

// place resolves one mention to a source, old or new.
func (b *builder) place(m *mention) {
	if m.is(mBoth) && !m.is(mShadow) && b.placeBoth(m) {
		return
	}
	if m.pronoun() == "they" && !m.is(mShadow) && b.placePair(m) {
		return
	}
	idx, seen := b.placedAt(m.desc())
	if !seen {
		idx = b.resolve(m)
	}
	if idx < 0 {
		if m.pronoun() != "" || m.is(mWeak) {
			return // a pronoun with no antecedent names nobody
		}
		idx = len(b.srcs)
		b.srcs = append(b.srcs, &source{winPrev: -1, winNext: -1, desc: m.desc(), typ: m.typ(), head: m.head(), plural: m.is(mPlural),
			counted: m.counted(), name: m.name, surname: m.surname(),
			lemma: headLemma(m.head()), headList: headList(m.head()), outlet: m.is(mOutlet), nameModifies: m.nameModifies()})
		if m.name == "" {
			b.srcs[idx].descKey = b.descKeyOf(m.desc())
		}
		b.srcs[idx].fromShadow = m.is(mShadow)
	}
	s := b.srcs[idx]
	s.lastPos, s.lastSent = m.desc().Start, int(m.sent)
	if s.given == "" && m.typ() == NamedPerson && m.name != m.surname() {
		if i := strings.IndexByte(m.name, ' '); i > 0 {
			s.given = m.name[:i]
		}
	}
	if m.typ() == NamedPerson && (!m.is(mGuessed) || strings.Contains(m.name, " ") || m.gender != 0) || m.pronoun() == "he" || m.pronoun() == "she" {
		s.personal = true
	}
	if s.gender == 0 {
		s.gender = m.gender
	}
	if r := roleKey(m.role()); m.role() != "" && !slices.Contains(s.roles, r) {
		s.roles = append(s.roles, r)
	}
	for _, r := range m.roles() {
		// Few distinct titles exist, so the list stays short however
		// often the source is named.
		if r = roleKey(r); !slices.Contains(s.roles, r) {
			s.roles = append(s.roles, r)
		}
	}
	s.outlet = s.outlet || m.is(mOutlet)
	b.recency.touch(b.srcs, idx, !m.is(mShadow) && !m.is(mNested) || m.is(mSubject))
	b.notePair(m, idx)
	if m.is(mIssued) {
		b.recency.issuer = recent{m.desc().Start, idx}
	}
	if m.is(mShadow) {
		if !seen {
			b.atSpan = append(b.atSpan, placed{m.desc(), idx})
			// Names in passing count among the source's mentions once it
			// is a source; before that it is only an antecedent.
			if !s.fromShadow {
				s.mentions = append(s.mentions, m.desc())
			}
		}
		return
	}
	if s.fromShadow {
		// The first phrase making it a source describes it, unless it
		// only points back ("he", "the company"): then the name does.
		s.fromShadow = false
		if m.pronoun() == "" && (m.name != "" || !m.is(mDefinite)) {
			s.desc = m.desc()
			if !m.is(mGuessed) {
				s.typ = m.typ()
			}
		} else {
			// The name stays its description, and its first mention.
			s.mentions = append(s.mentions, s.desc)
		}
	}
	if s.typ == NamedInstitution && s.name != "" && !s.outlet && !s.isPlace() && !m.is(mRelay) && !m.is(mNested) {
		// A body speaking: whom "the company" means for a while.
		b.recency.orgSpoke = b.recency.orgSpoke.better(recent{m.desc().Start, idx})
	}
	if !m.is(mRelay) && !m.is(mNested) && b.primary[m.sent] < 0 {
		b.primary[m.sent] = idx
		b.reportedAt[m.sent] = m.is(mReported)
	}
	if !seen {
		b.atSpan = append(b.atSpan, placed{m.desc(), idx})
		s.mentions = append(s.mentions, m.desc())
		if !m.is(mNested) {
			b.said = append(b.said, saidAt{int(m.sent), idx, m.desc()})
		}
	}
	if m.is(mNested) {
		// Attached once speech has run on (build): read in order, so it
		// resolves as its place in the text says.
		b.nestedAt = append(b.nestedAt, saidAt{sent: int(m.sent), idx: idx})
		return
	}
	b.attach(idx, int(m.sent), int(m.flag))
}

// placeBoth rests a sentence whose speaker is "both men" on the two
// people most recently named, within bothReach sentences; false when
// there are not two.
func (b *builder) placeBoth(m *mention) bool {
	pair := [2]int{-1, -1}
	n := 0
	for i := b.recency.head; i >= 0 && n < 2; i = b.srcs[i].winNext {
		s := b.srcs[i]
		if s.lastSent < int(m.sent)-bothReach {
			break // the window runs most recent first
		}
		if s.typ == NamedPerson && s.personal && !s.plural {
			pair[n] = i
			n++
		}
	}
	if n < 2 {
		return false
	}
	for _, idx := range pair {
		if b.primary[m.sent] < 0 && !m.is(mNested) {
			b.primary[m.sent] = idx
			b.reportedAt[m.sent] = m.is(mReported)
		}
		b.attach(idx, int(m.sent), int(m.flag))
	}
	return true
}

// bothReach is how many sentences back "both men" finds its two people.
const bothReach = 2

// notePair records the mention placed at idx as the second of a pair
// when it follows the one placed before it in the same sentence with
// only "and" between ("Senator Ana Ruiz and congresswoman Lia Marsh"),
// both naming parties.
func (b *builder) notePair(m *mention, idx int) {
	r := &b.recency
	prev, prevSure := r.last, r.lastSure
	// A run of capitalised words the reader only guessed to be a name,
	// longer than a person's ("Fort Worth May Dry Human Waste"), makes
	// no pair.
	sure := !m.is(mGuessed) || strings.Count(m.name, " ") <= 2
	r.last, r.lastSure = saidAt{sent: int(m.sent), idx: idx, desc: m.desc()}, sure
	if prev.idx < 0 || prev.idx == idx || prev.sent != int(m.sent) || m.name == "" || m.is(mRelay) || !sure || !prevSure ||
		prev.desc.End > int(m.d.start) || int(m.d.start)-prev.desc.End > pairGap {
		return
	}
	if !joinsPair(b.a.Text[prev.desc.End:m.d.start]) || endsList(b.a.Text[max(0, prev.desc.Start-pairGap):prev.desc.Start]) {
		return
	}
	p, s := b.srcs[prev.idx], b.srcs[idx]
	if p.name == "" || p.outlet || s.outlet || p.plural || s.plural {
		return
	}
	r.pair, r.pairPos, r.pairSent = [2]int{prev.idx, idx}, m.desc().Start, int(m.sent)
}

// pairGap bounds, in bytes, what may stand between two names of a pair.
const pairGap = 40

// joinsPair: gap, the text between two names, is "and" with at most two
// lower-case words after it, a title the second name was not read with
// ("Senator Ana Ruiz and congresswoman Lia Marsh").
func joinsPair(gap string) bool {
	g := strings.TrimSpace(gap)
	rest, ok := strings.CutPrefix(g, "and")
	if !ok || rest != "" && rest[0] != ' ' {
		return false
	}
	words, inWord := 0, false
	for i := 0; i < len(rest); i++ {
		switch c := rest[i]; {
		case c == ' ':
			inWord = false
		case c >= 'a' && c <= 'z':
			if !inWord {
				words++
			}
			inWord = true
		default:
			return false
		}
	}
	return words <= 2
}

// endsList: before, the text just before the first name of a pair, ends
// on a comma, maybe with lower-case words after it: the pair closes a
// list ("Cory Lane, businessman Ana Ruiz and Lia Marsh"), which a "they"
// means whole.
func endsList(before string) bool {
	for i := len(before) - 1; i >= 0; i-- {
		c := before[i]
		switch {
		case c == ',':
			return true
		case c == ' ' || c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return false
}

// placePair rests a sentence whose speaker is "they" on the pair of
// parties last named together, when no group was mentioned since and the
// pair is at most bothReach sentences back ("… Ana Ruiz and Lia Marsh.
// They criticised the deal."); false otherwise.
func (b *builder) placePair(m *mention) bool {
	r := &b.recency
	if r.pairPos < 0 || r.pronoun[pronounPlural].pos > r.pairPos || int(m.sent)-r.pairSent > bothReach {
		return false
	}
	for _, idx := range r.pair {
		s := b.srcs[idx]
		if s.fromShadow {
			// The name stays its description, and its first mention.
			s.fromShadow = false
			s.mentions = append(s.mentions, s.desc)
		}
		s.lastPos, s.lastSent = m.desc().Start, int(m.sent)
		if b.primary[m.sent] < 0 && !m.is(mNested) {
			b.primary[m.sent] = idx
			b.reportedAt[m.sent] = m.is(mReported)
		}
		b.attach(idx, int(m.sent), int(m.flag))
	}
	b.srcs[r.pair[1]].mentions = append(b.srcs[r.pair[1]].mentions, m.desc())
	return true
}

func (b *builder) attach(idx, sent, flag int) {
	s := b.srcs[idx]
	// Duplicates are dropped in finish: a source of many sentences would
	// make a membership test here quadratic.
	if n := len(s.sents); n == 0 || s.sents[n-1] != sent {
		s.sents = append(s.sents, sent)
	}
	// Sentences are mostly attached in order: the source remembers the
	// last it joined, and only a short list is searched for a repeat (a
	// repeat in a long one is harmless to every reader of bySent).
	if s.inSent != sent+1 && (len(b.bySent[sent]) > linkNear || !slices.Contains(b.bySent[sent], idx)) {
		b.bySent[sent] = append(b.bySent[sent], idx)
	}
	s.inSent = sent + 1
	if flag >= 0 {
		s.flags = append(s.flags, flag)
	}
}

// resolve finds the source an existing mention joins, or -1. Of several
// candidates the most recently mentioned wins. Pronouns, names and
// repeated descriptions are looked up in indexes kept by recency;
// definite descriptions ("the official") scan the recency window.
func (b *builder) resolve(m *mention) int {
	r := &b.recency
	switch {
	case m.is(mDocument):
		return r.issuer.idx
	case m.pronoun() != "":
		switch m.pronoun() {
		case "he":
			return r.pronoun[pronounHe].idx
		case "she":
			return r.pronoun[pronounShe].idx
		case "they":
			return r.pronoun[pronounPlural].idx
		case "it":
			return r.pronoun[pronounInstitution].idx
		}
		return -1
	case m.name != "":
		sn := m.surname()
		if b.partyEpithet(m, sn) {
			// "The Texas Republican denied …": the person just named,
			// as "he" or "she" would be.
			x := r.pronoun[pronounHe].better(r.pronoun[pronounShe])
			if x.idx >= 0 && int(m.sent)-b.srcs[x.idx].lastSent <= untitledReach {
				return x.idx
			}
		}
		// The same name, or (when either is a person) a surname standing
		// for a full name ("Graham", "Lindsey Graham").
		byName := r.namesAt(m.name)
		bySurname := byName
		if sn != m.name {
			bySurname = r.namesAt(sn)
		}
		// "The Trump administration" is not Trump, nor Trump it.
		kin := func(x recent) recent {
			if x.idx >= 0 && apart(m, b.srcs[x.idx]) {
				return none
			}
			return x
		}
		best := kin(byName.name)
		if m.typ() == NamedPerson {
			best = best.better(kin(byName.surname))
			best = best.better(kin(bySurname.name))
			// The latest person of the name, should a body named after
			// them ("the Biden campaign") have come since.
			best = best.better(byName.personSurname)
			best = best.better(bySurname.personName)
		} else {
			best = best.better(kin(byName.personSurname))
			best = best.better(kin(bySurname.personName))
			// "the Times" after "the New York Times".
			if x := byName.surname; m.is(mOutlet) && x.idx >= 0 && b.srcs[x.idx].outlet {
				best = best.better(x)
			}
		}
		if best.idx < 0 && b.acronym(m) {
			// "the EU" after "the European Union".
			best = lookup(r.initials, m.name)
		}
		if best.idx < 0 && m.typ() == NamedPerson && m.is(mGuessed) && m.name == sn {
			// A first name alone, no one's surname ("Taylor" for
			// "Taylor Swift", "Liu" for "Liu Xiaming", whose family
			// name comes first).
			best = byName.given
		}
		return best.idx
	}
	if m.role() != "" {
		// "the president": whoever holds the title, else the latest named
		// person given no title yet (news names a person, then their role).
		if x := lookup(r.roles, roleKey(m.role())); x.idx >= 0 {
			return x.idx
		}
		// Only just named: a title far from any name is no one's yet.
		if x := r.untitled.idx; x >= 0 && !m.orgRole() && int(m.sent)-b.srcs[x].lastSent <= untitledReach {
			return x
		}
		return -1
	}
	if m.is(mDefinite) && m.typ() == NamedInstitution && m.name == "" {
		switch {
		case m.is(mOutlet):
			if r.outlet.idx < 0 {
				// "according to a new report … an insider told the
				// outlet": the report's publisher, never named.
				return r.report.idx
			}
			return r.outlet.idx
		case has(m.head(), cGenericOrg):
			// The body last speaking, if it spoke lately; else the body
			// last named.
			if x := r.orgSpoke; x.idx >= 0 && int(m.sent)-b.srcs[x.idx].lastSent <= orgReach {
				return x.idx
			}
			return r.org.idx
		}
	}
	if m.is(mDefinite) {
		return b.resolveDefinite(m)
	}
	// An indefinite phrase introduces a source, unless the article repeats
	// the very same description ("White House advisers say").
	key := b.descKeyOf(m.desc())
	if m.another() || strings.Count(key, " ") < 2 && !b.bareJoins(m) {
		return -1
	}
	return lookup(r.desc, descIndexKey(m.typ(), key)).idx
}

// bareJoins: a one-word description repeated joins the source it
// repeats when it names a body ("police said" … "police said") or a
// plural group ("officials said" … "officials said"): the story would
// qualify the second if it were another. A lone singular ("a source")
// may be someone else each time.
func (b *builder) bareJoins(m *mention) bool {
	return m.typ() == NamedInstitution || m.typ() == UnnamedGroup && m.is(mPlural)
}

// partyEpithet: the phrase names one member of a party by an epithet,
// "the" and a modifier before the party's singular name ("the Texas
// Republican"), not the party ("the Democrats").
//
// p is m's surname, which the caller holds.
func (b *builder) partyEpithet(m *mention, p string) bool {
	if m.typ() != NamedPerson || !m.is(mGuessed) || !strings.Contains(m.name, " ") {
		return false
	}
	if !has(p, cPartyName) || headLemma(p) != p {
		return false
	}
	w, _, _ := strings.Cut(b.a.Text[m.desc().Start:m.desc().End], " ")
	return has(strings.ToLower(w), cDefinite)
}

// acronym: the mention's name is one word of two to five capitals ending
// the phrase ("the EU", "CPUC").
func (b *builder) acronym(m *mention) bool {
	n := len(m.name)
	if n < 2 || n > 5 || m.desc().End-m.desc().Start < n || strings.Contains(m.name, " ") {
		return false
	}
	return isAcronym(b.a.Text[m.desc().End-n : m.desc().End])
}

// apart: m and s share a name but one is a person and the other a body
// the name only qualifies ("Trump" and "the Trump administration").
func apart(m *mention, s *source) bool {
	return m.typ() == NamedPerson && s.nameModifies || m.nameModifies() && s.typ == NamedPerson
}

// resolveDefinite joins "the official", "the sources", "one of the
// Russian sources" to the most recent source with the same head noun (or
// any unnamed source, for generic heads like "source" and "person"; any
// researchers, for "the authors" after "scientists from …") and a
// compatible number, among the sources of the recency window, most
// recent first.
func (b *builder) resolveDefinite(m *mention) int {
	lemma := headLemma(m.head())
	generic := genericSourceNouns.HasWord(lemma)
	research := researcherNouns.HasWord(lemma)
	compatible := func(s *source) bool {
		if s.typ.Anonymous() != m.typ().Anonymous() {
			return false
		}
		if s.typ == UnnamedMedia != (m.typ() == UnnamedMedia) {
			return false
		}
		if s.lemma == lemma || research && researcherNouns.HasWord(s.lemma) && !b.vaguelyCounted(s) {
			return true
		}
		if !m.typ().Anonymous() {
			// "the ministry" joins "China's commerce ministry".
			return s.name != "" && descHasWord(b.a.Text, s, m.head())
		}
		return generic && s.head != "" && s.headList != cHeadVague
	}
	plural := -1
	for i := b.recency.head; i >= 0; i = b.srcs[i].winNext {
		s := b.srcs[i]
		if !compatible(s) {
			continue
		}
		switch {
		case m.partitive():
			if s.plural {
				return i
			}
		case m.is(mPlural) == s.plural:
			return i
		case !m.is(mPlural) && plural < 0:
			plural = i
		}
	}
	if plural >= 0 && b.srcs[plural].lemma == lemma {
		b.srcs[plural].numberMismatch = true
		return plural
	}
	return -1
}

// vaguelyCounted: the source's description opens on a vague quantifier
// ("some scientists had suggested"), a group beside the study's authors
// rather than the authors under another name.
func (b *builder) vaguelyCounted(s *source) bool {
	w, _, _ := strings.Cut(b.a.Text[s.desc.Start:s.desc.End], " ")
	return has(strings.ToLower(w), cHeadVague)
}

// headLemma folds a head noun to its singular so "the official" meets
// "officials" and "the person" meets "people", and the news media's
// nouns to one ("the press" meets "the media").
func headLemma(h string) string {
	if newsMediaHeads.HasWord(h) {
		return "media"
	}
	return lexicon.Singular(h)
}

// descKeyOf is descKey of sp, kept for the span last asked: resolve asks
// it of an indefinite description, and place again when the description
// makes a new source.
func (b *builder) descKeyOf(sp Span) string {
	if !b.keyHeld || b.keySpan != sp {
		// News repeats its descriptions ("officials said", "a
		// spokesman said"): the same words fold to the same key.
		words := b.a.Text[sp.Start:sp.End]
		k, ok := b.keyOfWords[words]
		if !ok {
			k = descKey(b.a.Text, sp)
			if b.keyOfWords == nil {
				b.keyOfWords = map[string]string{}
			}
			b.keyOfWords[words] = k
		}
		b.key, b.keySpan, b.keyHeld = k, sp, true
	}
	return b.key
}

// descKey folds a description for comparison, dropping determiners and
// quantifiers ("Some White House advisers" = "White House advisers").
func descKey(text string, sp Span) string {
	p := tokensGet(text, sp)
	defer tokensPut(p)
	out := make([]byte, 0, spanLen(sp))
	for _, t := range p.toks {
		if t.punct() || t.in(cDeterminer) {
			continue
		}
		out = append(out, t.Lower...)
		out = append(out, ' ')
	}
	return string(out)
}

// descHasWord: key is one of the words of s's description.
func descHasWord(text string, s *source, key string) bool {
	if s.words == "" || s.wordsOf != s.desc {
		s.words, s.wordsOf = descWords(text, s.desc), s.desc
	}
	for w := s.words; len(w) > 0; {
		sp := strings.IndexByte(w, ' ')
		if w[:sp] == key {
			return true
		}
		w = w[sp+1:]
	}
	return false
}

// descWords are the lowered words of text[sp], each followed by a space.
func descWords(text string, sp Span) string {
	p := tokensGet(text, sp)
	defer tokensPut(p)
	var out []byte
	for _, t := range p.toks {
		out = append(out, t.Lower...)
		out = append(out, ' ')
	}
	return string(out)
}

// byStart orders mentions by where they start.
func byStart(x, y mention) int { return x.desc().Start - y.desc().Start }

// ptrByStart is byStart of pointers.
func ptrByStart(x, y *mention) int { return x.desc().Start - y.desc().Start }

// mergeByStart returns ms in order of start, stably, given that ms[:n]
// (the speech reader's, made in text order) is sorted already: the rest
// (read from flags) is sorted and merged into place from the back, a
// mention of the first part going first on a tie, as a stable sort of
// the whole would put it. Only the rest is copied aside.
func mergeByStart(ms []*mention, n int) []*mention {
	rest := ms[n:]
	slices.SortStableFunc(rest, ptrByStart)
	if !slices.IsSortedFunc(ms[:n], ptrByStart) {
		slices.SortStableFunc(ms, ptrByStart)
		return ms
	}
	if len(rest) == 0 {
		return ms
	}
	tail := slices.Clone(rest)
	i, j := n-1, len(tail)-1
	for w := len(ms) - 1; j >= 0; w-- {
		if i >= 0 && tail[j].desc().Start < ms[i].desc().Start {
			ms[w] = ms[i]
			i--
		} else {
			ms[w] = tail[j]
			j--
		}
	}
	return ms
}

// orgReach is how many sentences after an organisation last spoke "the
// company" still means it rather than a body named since in passing.
const orgReach = 3

// untitledReach is how many sentences after a named person's latest
// mention a bare title ("the minister") may still mean them.
const untitledReach = 2
