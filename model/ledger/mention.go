package ledger

import "strings"

// mention is one place where the text names (or points back to) the
// party a sentence rests on, read from a detector flag's span.
// A long text keeps one for every speaker and every name in passing
// (about 2.5 a sentence, most of them names in passing: 183,000 on 10
// MB of news, all alive at the analysis's peak), so it is laid out
// small, in 48 bytes where it took 64: what few mentions carry (a head
// noun, a pronoun, roles) is behind rare; the sentence, flag and the
// offsets of desc are int32, as are the model's flag spans (no text
// within any size limit has 2^31 bytes); the fourteen yes-or-no
// properties are bits of one word (is, set); the one-byte fields sit
// together at the end, where they carry no padding between them.
type mention struct {
	sent int32 // int32: no text within any size limit has 2^31 sentences or flags
	flag int32 // index into Analysis.Flags, or -1
	// d is the source phrase as it stands in the text (desc).
	d span32
	// name is the identity of a named source: its proper name folded
	// ("jake sullivan", "kremlin"); surname() its last word.
	name string
	// rare holds the fields few mentions have, nil when none is set.
	// Mentions are copied by value and a copy may share it, so it is
	// never written in place: edit gives the mention a copy of its own.
	rare *mentionRare
	// bits are the mention's properties (the mFlag constants).
	bits mFlag
	// tc is the party's type (typ), in a byte.
	tc typeCode
	// gender is 'm' or 'f' when a title, role noun or pronoun says so.
	gender byte
}

// span32 is a Span in two int32 offsets, as a mention holds it.
type span32 struct{ start, end int32 }

// desc is the source phrase as it stands in the text.
func (m mention) desc() Span { return Span{Start: int(m.d.start), End: int(m.d.end)} }

// setDesc sets desc.
func (m *mention) setDesc(sp Span) { m.d = span32{int32(sp.Start), int32(sp.End)} }

// mFlag is a set of a mention's yes-or-no properties.
type mFlag uint16

const (
	// mPlural: the party is more than one.
	mPlural mFlag = 1 << iota
	// mDefinite: "the official", "these people", "one of the sources":
	// may point back to an earlier source rather than introduce one.
	mDefinite
	// mBoth: "both men", "both witnesses": the two people last named,
	// each of whom the sentence rests on.
	mBoth
	// mOutlet: the party is a broadcaster or publication; a definite
	// "the newspaper" refers back to the latest one.
	mOutlet
	// mRelay: an outlet relaying the speaker or a source the speaker cites.
	mRelay
	// mReported: named by a verb of reported speech, whose content a
	// next sentence may carry on.
	mReported
	// mGuessed: the name's words did not say whether it is a person or
	// an institution (namedType).
	mGuessed
	// mWeak: a shadow of a lone capitalised word of no known kind, which
	// only stands for a party already met ("Trump himself" after
	// "President Trump"), never introduces one.
	mWeak
	// mIssued: the party put out a document saying what the sentence
	// says; mDocument: the phrase is such a document referred to ("the
	// statement claimed"), which stands for its author.
	mIssued
	mDocument
	// mNested: a party whose words the sentence's speaker reports
	// (event.nested): the sentence rests on it too, but it is not the
	// sentence's speaker, whose quotation and reported speech run on.
	mNested
	// mShadow: a name the sentence mentions without making it a source,
	// kept so that later back-references find it ("the company", "the
	// prime minister"); mSubject: it is the subject of its sentence.
	mShadow
	mSubject
	// mSpeaksFor: the phrase names the party by one speaking for it
	// ("Swift's rep"), whose own name, set off after it, is a source
	// apart (withAppositive).
	mSpeaksFor
)

// is reports whether the mention has property f.
func (m mention) is(f mFlag) bool { return m.bits&f != 0 }

// set gives the mention property f, or takes it away when on is false.
func (m *mention) set(f mFlag, on bool) {
	if on {
		m.bits |= f
	} else {
		m.bits &^= f
	}
}

// typeCode is a Type in one byte, as a mention holds it: types[tc].
type typeCode uint8

var types = [...]Type{"", NamedPerson, NamedInstitution, UnnamedPerson, UnnamedGroup, UnnamedMedia}

func (m *mention) typ() Type { return types[m.tc] }

// setTyp sets the mention's type, one of the Type constants.
func (m *mention) setTyp(t Type) { m.tc = typeCodeOf(t) }

func typeCodeOf(t Type) typeCode {
	for i, x := range types {
		if x == t {
			return typeCode(i)
		}
	}
	panic("ledger: unknown type " + string(t))
}

// mentionRare is what few mentions carry: on a long text about one in
// ten has any of it, the names in passing none.
type mentionRare struct {
	// head is the phrase's head word, folded ("official", "sources").
	head string
	// pronoun is "he", "she", "they" or "it" when the mention is one.
	pronoun string
	// roles are the titles and role nouns a named person is given ("BA
	// chairman Martin Broughton"); role is the one a definite description
	// names ("the chairman"), which joins the person holding it.
	roles []string
	role  string
	// partitive: "one of the sources".
	partitive bool
	// counted: the phrase says how many people it is ("three sources").
	counted bool
	// another: "another diplomat", "a second person": a new source even
	// when an earlier one is described alike.
	another bool
	// orgRole: the role is qualified by a party ("the Wikileaks
	// founder"): it means only a person holding the title, never the
	// latest person named without one.
	orgRole bool
	// noSurname: the name is a body's, read inside a head phrase ("a
	// CNN spokesperson"), and has no surname.
	noSurname bool
	// nameModifies: the name stands before the body's noun that heads
	// the phrase ("the Trump administration", "the Obama campaign"):
	// the body is a party apart from any person of that name.
	nameModifies bool
}

// nameModifies: see mentionRare.nameModifies.
func (m *mention) nameModifies() bool { return m.rare != nil && m.rare.nameModifies }

// edit gives m a rare of its own, a copy of the one it has (which other
// copies of the mention may share), and returns it for writing.
func (m *mention) edit() *mentionRare {
	r := new(mentionRare)
	if m.rare != nil {
		*r = *m.rare
	}
	m.rare = r
	return r
}

func (m *mention) head() string {
	if m.rare == nil {
		return ""
	}
	return m.rare.head
}

func (m *mention) pronoun() string {
	if m.rare == nil {
		return ""
	}
	return m.rare.pronoun
}

func (m *mention) roles() []string {
	if m.rare == nil {
		return nil
	}
	return m.rare.roles
}

func (m *mention) role() string {
	if m.rare == nil {
		return ""
	}
	return m.rare.role
}

func (m *mention) partitive() bool { return m.rare != nil && m.rare.partitive }
func (m *mention) counted() bool   { return m.rare != nil && m.rare.counted }
func (m *mention) another() bool   { return m.rare != nil && m.rare.another }
func (m *mention) orgRole() bool   { return m.rare != nil && m.rare.orgRole }

// addRole appends r to the mention's roles.
func (m *mention) addRole(r string) {
	e := m.edit()
	e.roles = append(e.roles, r)
}

// setName sets the name: a full name (nameKey's key) whose surname is
// its last word, or, when surname is false, a body's name with none.
func (m *mention) setName(key string, surname bool) {
	m.name = key
	if had := m.rare != nil && m.rare.noSurname; had == surname {
		m.edit().noSurname = !surname
	}
}

// surname is the last word of the name (nameKey's last), "" for none.
func (m *mention) surname() string {
	if m.rare != nil && m.rare.noSurname {
		return ""
	}
	return m.name[strings.LastIndexByte(m.name, ' ')+1:]
}

// mentionFromSpan reads the source phrase inside region (a flag's span or
// the subject of a denial). named says the detector judged the source
// named. ok is false when the region holds no source phrase at all (a
// flagged quotation, say), and the caller joins the sentence to the
// speaker of its quotation instead.
func mentionFromSpan(text string, region Span, named bool) (mention, bool) {
	p := tokensGet(text, region)
	defer tokensPut(p)
	toks := p.toks
	m := mention{flag: -1}
	if named {
		if mentionFromName(text, toks, &m) || mentionFromHead(toks, &m, true) || mentionFromPronoun(toks, &m) {
			return m, true
		}
		return m, false
	}
	if mentionFromHead(toks, &m, false) || mentionFromPronoun(toks, &m) {
		return m, true
	}
	return m, false
}

// mentionFromHead builds the phrase around the first head noun: determiners
// and modifiers to its left, a "with / familiar / who ..." modifier to its
// right, stopping at punctuation or the attribution verb.
func mentionFromHead(toks []tok, m *mention, allowInstitution bool) bool {
	h := -1
	for i, t := range toks {
		if t.punct() {
			continue
		}
		if i+1 < len(toks) && toks[i+1].possessive() {
			continue // "the company's chief executive": the owner is no head
		}
		if t.in(cHeadVague) && standsAlone(toks, i) {
			h = i
			break
		}
		if l := t.headList(); l != 0 && (allowInstitution || l != cHeadInstitution || nextIsHead(toks, i)) {
			h = i
			break
		}
	}
	if h < 0 {
		return false
	}
	// A compound of head words ("media outlets", "State Department
	// official"): the last one heads the phrase.
	for h+1 < len(toks) && !toks[h+1].punct() && toks[h+1].headList() != 0 {
		h++
	}
	from := h
	for from > 0 {
		p := toks[from-1]
		if p.punct() || p.in(cBoundary) && !p.in(cDeterminer) {
			break
		}
		if p.in(cLeftstop) && !(p.Lower == "of" && partitiveOf(toks, from-1)) {
			break
		}
		from--
		if p.in(cDeterminer) && !(from >= 2 && toks[from-1].Lower == "of" && partitiveOf(toks, from-1)) {
			break
		}
	}
	to := h + 1
	if to < len(toks) && !toks[to].punct() && toks[to].in(cPostmod) {
		for to < len(toks) && to-h <= 12 {
			t := toks[to]
			if t.punct() && t.Lower != "'" && t.Lower != "-" {
				break
			}
			if to > h+1 && t.in(cBoundary) {
				break
			}
			to++
		}
	}
	m.setDesc(Span{Start: toks[from].Start, End: toks[to-1].End})
	head := toks[h].Lower
	r := m.edit() // written below, before anything else edits m
	r.head = head
	list := toks[h].headList()
	switch {
	case toks[h].in(cHeadVague):
		m.setTyp(UnnamedGroup)
		m.set(mPlural, true)
	case list == cHeadMedia:
		m.setTyp(UnnamedMedia)
		m.set(mPlural, head[len(head)-1] == 's' || newsMediaHeads.HasWord(head))
	case list == cHeadInstitution:
		m.setTyp(NamedInstitution)
	case list == cHeadPeople || list == cHeadCollective:
		m.setTyp(UnnamedGroup)
		m.set(mPlural, true)
	default:
		m.setTyp(UnnamedPerson)
	}
	for i := from; i < h; i++ {
		t := toks[i]
		switch {
		case t.in(cPartitive) && i+2 < h && toks[i+1].Lower == "of":
			r.partitive = true
			m.set(mDefinite, true)
		case t.in(cDefinite):
			m.set(mDefinite, true)
		case t.in(cCount):
			r.counted = true
		}
		if t.in(cAnother) {
			r.another = true
		}
	}
	if m.partitive() {
		// "one of the sources" is one person out of the group it names.
		m.set(mPlural, false)
	}
	// A capitalised name inside the phrase ("a CNN spokesperson",
	// "Representatives for the White House") is the institution it speaks for.
	if m.typ() == NamedInstitution {
		if s, e := capitalRun(toks, from, to); s >= 0 {
			key, _ := nameKey(toks, s, e)
			m.setName(key, false)
		}
	}
	return true
}

// partitiveOf reports whether toks[i] is the "of" of "one of the ...".
func partitiveOf(toks []tok, i int) bool {
	return i > 0 && toks[i-1].in(cPartitive)
}

// standsAlone: a vague quantifier heads a phrase only when no noun follows
// it ("many have called", not "many experts").
func standsAlone(toks []tok, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	n := toks[i+1]
	return n.punct() || n.in(cBoundary)
}

func nextIsHead(toks []tok, i int) bool {
	return i+1 < len(toks) && !toks[i+1].punct() && toks[i+1].headList() != 0
}

// givenNameAt reports whether toks[i], a capitalised pronoun or modal
// opening the phrase (toks[from:to]) or a clause, is the first word of a
// name because a capitalised word follows it at once ("He Lin", "Will
// Hart"): no pronoun or modal stands before a name there.
func givenNameAt(toks []tok, i, from, to int) bool {
	t := toks[i]
	if !t.Cap || !t.in(cNameHomograph) || i > from && !toks[i-1].punct() || i+1 >= to {
		return false
	}
	n := toks[i+1]
	return n.Word && n.Cap && !n.in(cStop|cPronounPerson|cPronounPlural|cPronounInstitution)
}

// mentionFromPronoun reads "he said", "they say", "it said".
func mentionFromPronoun(toks []tok, m *mention) bool {
	for i, t := range toks {
		if t.punct() {
			continue
		}
		if givenNameAt(toks, i, 0, len(toks)) {
			return false
		}
		switch {
		case t.in(cPronounPerson):
			m.setTyp(UnnamedPerson)
		case t.in(cPronounPlural):
			m.setTyp(UnnamedGroup)
			m.set(mPlural, true)
		case t.in(cPronounInstitution):
			m.setTyp(NamedInstitution)
		default:
			continue
		}
		m.edit().pronoun = t.Lower
		m.setDesc(t.span())
		m.set(mDefinite, true)
		return true
	}
	return false
}

// capitalRun finds the first proper name among toks[from:to]: capitalised
// words, joined by "of", "for", "the" and abbreviation periods
// ("Secretary of State John Merrill", "U.S. President Donald Trump").
// Capitalised sentence openers and common head nouns standing alone
// ("Representatives for ...") do not start a name.
func capitalRun(toks []tok, from, to int) (int, int) {
	toks = toks[:to]           // the loop's index then needs no bounds check
	stop := cStop | cHeadVague // read once, not at every word
	for i := from; i < len(toks); i++ {
		t := &toks[i]
		// Most words are lower case: the cheapest test first.
		if !t.Cap || t.punct() || t.Bits&stop != 0 && !givenNameAt(toks, i, from, to) {
			continue
		}
		if i == 0 && strings.HasSuffix(t.Lower, "ing") && i+1 < to && toks[i+1].Cap {
			continue // "Holding Trump responsible, …": a participle opening the phrase
		}
		if t.headList() != 0 && !(i+1 < to && toks[i+1].Cap && !toks[i+1].punct()) && !t.in(cMetonym) && !bodyOf(toks, i, to) {
			continue
		}
		j := i + 1
		for j < to {
			n := toks[j]
			if !n.punct() && n.Cap {
				j++
				continue
			}
			if j+1 < to && toks[j+1].Cap && !toks[j+1].punct() {
				if !n.punct() && n.in(cNamejoin) {
					j += 2
					continue
				}
				if n.Lower == "." && n.Start == toks[j-1].End {
					j += 2
					continue
				}
			}
			break
		}
		// A possessive ("Kyiv's stance") ends the name: the tokenizer
		// splits "'s" off as a word of its own, which no name continues.
		if j-i >= 2 && weekdayWords.HasWord(t.Lower) && !toks[i+1].in(cNotname|cMediaWord|cMediaName) {
			// "On Friday Ford Motor Company announced": a day before a
			// name is the sentence's time, not part of it; "the Sunday
			// Telegraph" is a paper's name. Other calendar words do
			// begin names ("Easter Island", "March of Dimes").
			return i + 1, j
		}
		if j-i >= 3 && t.in(cPlace) && !toks[i+1].in(cPlace) && !bodyWordIn(toks, i+1, j) {
			// "ambassador to Britain Liu Xiaming": a place before a
			// person's name is not part of it.
			return i + 1, j
		}
		return i, j
	}
	return -1, -1
}

// bodyOf: the capitalised body's noun at i opens a name with "of" and a
// capitalised word ("Department of Justice", "Ministry of Health"), as
// a capitalised word after it would ("Justice Department").
func bodyOf(toks []tok, i, to int) bool {
	return toks[i].headList() == cHeadInstitution && i+2 < to && toks[i+1].in(cNamejoin) && toks[i+2].Cap && !toks[i+2].punct()
}

// bodyWordIn: a word of toks[from:to] makes a name an organisation's or
// a place's ("Daily News", "Police Department").
func bodyWordIn(toks []tok, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].in(cHeadInstitution | cOrgWord | cMediaWord | cMediaName | cPlace | cMetonym) {
			return true
		}
	}
	return false
}

// nameKey folds the name toks[s:e] into an identity ("the Kremlin" and
// "Kremlin" are one) and returns its last word.
func nameKey(toks []tok, s, e int) (key, last string) {
	// A name of one word (the most common: "Trump", "Reuters") is its
	// word, with no copy.
	one := -1
	for i := s; i < e && one != -2; i++ {
		switch {
		case toks[i].punct() || one == -1 && toks[i].Lower == "the":
		case one == -1:
			one = i
		default:
			one = -2
		}
	}
	if one >= 0 {
		return toks[one].Lower, toks[one].Lower
	}
	b := make([]byte, 0, 32)
	for i := s; i < e; i++ {
		if toks[i].punct() {
			continue
		}
		k := toks[i].Lower
		if len(b) == 0 && k == "the" {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, k...)
		last = k
	}
	return string(b), last
}

// mentionFromName reads a named source: the proper name, with the
// determiner, title or spokesperson noun around it that the text uses.
func mentionFromName(text string, toks []tok, m *mention) bool {
	s, e := capitalRun(toks, 0, len(toks))
	if s < 0 {
		return false
	}
	key, _ := nameKey(toks, s, e)
	m.setName(key, true)
	from, to := s, e
	// "A CNN spokesperson", "China's commerce ministry".
	inst := false
	for k := e; k < len(toks) && k < e+3; k++ {
		t := toks[k]
		if t.punct() || t.in(cBoundary) {
			break
		}
		if t.in(cHeadInstitution) {
			to, inst = k+1, true
			m.edit().nameModifies = true
			break
		}
	}
	// "Representatives for CNN", "the Kremlin", "a spokesman for Rank".
	for from > 0 {
		p := toks[from-1]
		if p.punct() {
			break
		}
		if p.in(cDeterminer) {
			from--
			break
		}
		if p.Lower == "for" || p.Lower == "of" || p.Lower == "at" || p.headList() == cHeadInstitution {
			if p.headList() == cHeadInstitution {
				inst = true
			}
			from--
			continue
		}
		break
	}
	m.setDesc(Span{Start: toks[from].Start, End: toks[to-1].End})
	var typ Type
	typ, guessed := namedType(text, toks, s, e, inst, m.name)
	m.set(mGuessed, guessed)
	m.setTyp(typ)
	if typ == NamedPerson {
		personBeforeOf(m, toks, s, e)
	}
	return true
}

// personBeforeOf names the person of a name run "Ana Kosgei of Kenya",
// "Mike Powell of Dresdner" by the words before "of", by whose last a
// later "Kosgei" is known.
func personBeforeOf(m *mention, toks []tok, s, e int) {
	for k := s + 2; k < e; k++ {
		if toks[k].Lower == "of" {
			key, _ := nameKey(toks, s, k)
			m.setName(key, true)
			return
		}
	}
}

// namedType tells a person from an institution by the words of the
// name. A place ("Russia", "Saudi Arabia") speaks as its government. The
// last word decides first: an institution, outlet or company word
// ("Justice Department", "Bloomberg News", "Investec Securities") makes
// an institution. Then a title before the name makes a person ("U.S.
// President Donald Trump"); an institution word elsewhere ("Department
// of Justice"), a city or body used for its government ("Washington",
// "Kremlin"), an acronym or an inner capital ("WeWork") make an
// institution; any other name is a person.
//
// guessed: nothing in the name said which it is, and it was taken for a
// person; a source already known by the name keeps the type it has.
//
// key is nameKey of the name, which the caller holds.
func namedType(text string, toks []tok, s, e int, inst bool, key string) (typ Type, guessed bool) {
	if inst {
		return NamedInstitution, false
	}
	// The class bits of the name's last word (nameKey's last), read
	// from its token.
	var lastBits uint64
	for i := e - 1; key != "" && i >= s; i-- {
		if !toks[i].punct() {
			lastBits = toks[i].Bits
			break
		}
	}
	place := lastBits&cPlace != 0 // a name of one word is its last
	if strings.IndexByte(key, ' ') >= 0 {
		place = isPlace(key)
	}
	if place {
		return NamedInstitution, false
	}
	// A body named by one word ("Kremlin") or first ("Downing Street")
	// speaks as an institution; a person may bear the word as a surname
	// ("Kevin Downing").
	if lastBits&(cHeadInstitution|cOrgWord|cMediaWord|cMediaName) != 0 || toks[s].in(cMetonym) {
		return NamedInstitution, false
	}
	if ofPlace(toks, s, e) && !(e-s >= 4 && toks[s].in(cFemaleName|cMaleName)) {
		return NamedInstitution, false // "Blue Cross Blue Shield of Michigan"; "Ana Kosgei of Kenya" is a person from there
	}
	titled, institution, words := false, false, 0
	for i := s; i < e; i++ {
		t := toks[i]
		if t.punct() {
			continue
		}
		switch {
		case t.in(cTitle):
			titled = true
		case t.in(cHeadInstitution | cOrgWord | cMediaWord | cMediaName):
			institution = true
		}
		if !t.in(cNamejoin) {
			words++
		}
	}
	switch {
	case titled && lastBits&cTitle == 0:
		return NamedPerson, false
	case institution || words == 0:
		return NamedInstitution, false
	case words == 1 && (lastBits&cPlace != 0 || isAcronym(text[toks[e-1].Start:toks[e-1].End]) || innerCapital(text[toks[e-1].Start:toks[e-1].End])):
		return NamedInstitution, false
	}
	return NamedPerson, true
}

// innerCapital: a word with a capital after a lower-case letter
// ("WeWork", "SoftBank") is a company's name, not a person's.
func innerCapital(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// isAcronym: "CNN", "U.S", "NATO".
func isAcronym(s string) bool {
	caps := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			caps++
		case c == '.' || c == '&':
		default:
			return false
		}
	}
	return caps >= 2
}

// ofPlace reports whether the name toks[s:e] holds "of" followed by a
// place ("University of Michigan", "Bank of England"): a body's name,
// never a person's.
func ofPlace(toks []tok, s, e int) bool {
	for k := s + 1; k+1 < e; k++ {
		if toks[k].Lower == "of" && toks[k+1].in(cPlace) {
			return true
		}
	}
	return false
}
