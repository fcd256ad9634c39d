package model

import (
	"fmt"
	"io/fs"
	"sync"
)

// ledgerWords is the ledger's word lists (rules/ledger/*.tsv, one file per
// word class), loaded once.
var ledgerWords = sync.OnceValue(func() *ledgerPhrases {
	paths, err := fs.Glob(ledgerData, "rules/ledger/*.tsv")
	if err != nil || len(paths) == 0 {
		panic(fmt.Sprintf("model: no embedded ledger word lists: %v", err))
	}
	return loadLedgerList(paths...)
})

// ledgerMention is one place where the text names (or points back to) the
// party a sentence rests on, read from a detector flag's span.
type ledgerMention struct {
	sent int
	flag int // index into Analysis.Flags, or -1
	// desc is the source phrase as it stands in the text.
	desc Span
	typ  SourceType
	// head is the phrase's head word, folded ("official", "sources").
	head   string
	plural bool
	// definite: "the official", "these people", "one of the sources": may
	// point back to an earlier source rather than introduce one.
	definite  bool
	partitive bool
	// pronoun is "he", "she", "they" or "it" when the mention is one.
	pronoun string
	// name is the identity of a named source: its proper name folded
	// ("jake sullivan", "kremlin"); surname its last word.
	name    string
	surname string
	// counted: the phrase says how many people it is ("three sources").
	counted bool
	// another: "another diplomat", "a second person": a new source even
	// when an earlier one is described alike.
	another bool
	// gender is 'm' or 'f' when a title, role noun or pronoun says so.
	gender byte
	// roles are the titles and role nouns a named person is given ("BA
	// chairman Martin Broughton"); role is the one a definite description
	// names ("the chairman"), which joins the person holding it.
	roles []string
	role  string
	// outlet: the party is a broadcaster or publication; a definite
	// "the newspaper" refers back to the latest one.
	outlet bool
	// relay: an outlet relaying the speaker or a source the speaker cites.
	relay bool
	// reported: named by a verb of reported speech, whose content a next
	// sentence may carry on.
	reported bool
	// shadow: a name the sentence mentions without making it a source,
	// kept so that later back-references find it ("the company", "the
	// prime minister"); subject: it is the subject of its sentence.
	shadow, subject bool
}

// ledgerMentionFromSpan reads the source phrase inside region (a flag's span or
// the subject of a denial). named says the detector judged the source
// named. ok is false when the region holds no source phrase at all (a
// flagged quotation, say), and the caller joins the sentence to the
// speaker of its quotation instead.
func ledgerMentionFromSpan(text string, region Span, named bool) (ledgerMention, bool) {
	p := ledgerTokensGet(text, region)
	defer ledgerTokensPut(p)
	toks := *p
	m := ledgerMention{flag: -1}
	if named {
		if ledgerMentionFromName(text, toks, &m) || ledgerMentionFromHead(toks, &m, true) || ledgerMentionFromPronoun(toks, &m) {
			return m, true
		}
		return m, false
	}
	if ledgerMentionFromHead(toks, &m, false) || ledgerMentionFromPronoun(toks, &m) {
		return m, true
	}
	return m, false
}

// ledgerHeadList reports whether a folded word can head an unnamed source
// phrase, and of which list (the first of ledgerHeadLists that holds it).
func ledgerHeadList(key string) string {
	best := len(ledgerHeadLists)
	for _, e := range ledgerWords().first.get(key) {
		if len(e.keys) != 1 {
			continue
		}
		for i, r := range ledgerHeadLists[:best] {
			if e.Rule == r {
				best = i
				break
			}
		}
	}
	if best == len(ledgerHeadLists) {
		return ""
	}
	return ledgerHeadLists[best]
}

// ledgerHeadLists are the head-noun lists, in the order a word found in
// several is assigned to.
var ledgerHeadLists = [...]string{"ledger.head.person", "ledger.head.people", "ledger.head.collective", "ledger.head.media", "ledger.head.institution"}

// ledgerMentionFromHead builds the phrase around the first head noun: determiners
// and modifiers to its left, a "with / familiar / who ..." modifier to its
// right, stopping at punctuation or the attribution verb.
func ledgerMentionFromHead(toks []ledgerToken, m *ledgerMention, allowInstitution bool) bool {
	w := ledgerWords()
	h := -1
	for i, t := range toks {
		if t.Punct {
			continue
		}
		k := ledgerStem(t.Key)
		if w.hasBit(lbHeadVague, k) && ledgerStandsAlone(toks, i) {
			h = i
			break
		}
		if l := ledgerHeadList(k); l != "" && (allowInstitution || l != "ledger.head.institution" || ledgerNextIsHead(toks, i)) {
			h = i
			break
		}
	}
	if h < 0 {
		return false
	}
	// A compound of head words ("media outlets", "State Department
	// official"): the last one heads the phrase.
	for h+1 < len(toks) && !toks[h+1].Punct && ledgerHeadList(ledgerStem(toks[h+1].Key)) != "" {
		h++
	}
	from := h
	for from > 0 {
		p := toks[from-1]
		if p.Punct || p.in(lbBoundary) && !p.in(lbDeterminer) {
			break
		}
		if p.in(lbLeftstop) && !(p.Key == "of" && ledgerPartitiveOf(toks, from-1)) {
			break
		}
		from--
		if p.in(lbDeterminer) && !(from >= 2 && toks[from-1].Key == "of" && ledgerPartitiveOf(toks, from-1)) {
			break
		}
	}
	to := h + 1
	if to < len(toks) && !toks[to].Punct && toks[to].in(lbPostmod) {
		for to < len(toks) && to-h <= 12 {
			t := toks[to]
			if t.Punct && t.Key != "'" && t.Key != "-" {
				break
			}
			if to > h+1 && t.in(lbBoundary) {
				break
			}
			to++
		}
	}
	m.desc = Span{toks[from].Start, toks[to-1].End}
	head := ledgerStem(toks[h].Key)
	m.head = head
	list := ledgerHeadList(head)
	switch {
	case w.hasBit(lbHeadVague, head):
		m.typ, m.plural = UnnamedGroup, true
	case list == "ledger.head.media":
		m.typ, m.plural = UnnamedMedia, head[len(head)-1] == 's' || head == "media" || head == "press"
	case list == "ledger.head.institution":
		m.typ = NamedInstitution
	case list == "ledger.head.people" || list == "ledger.head.collective":
		m.typ, m.plural = UnnamedGroup, true
	default:
		m.typ = UnnamedPerson
	}
	for i := from; i < h; i++ {
		k := toks[i].Key
		switch {
		case w.hasBit(lbPartitive, k) && i+2 < h && toks[i+1].Key == "of":
			m.partitive = true
			m.definite = true
		case w.hasBit(lbDefinite, k):
			m.definite = true
		case w.hasBit(lbCount, k):
			m.counted = true
		}
		if w.hasBit(lbAnother, k) {
			m.another = true
		}
	}
	if m.partitive {
		// "one of the sources" is one person out of the group it names.
		m.plural = false
	}
	// A capitalised name inside the phrase ("a CNN spokesperson",
	// "Representatives for the White House") is the institution it speaks for.
	if m.typ == NamedInstitution {
		if s, e := ledgerCapitalRun(toks, from, to); s >= 0 {
			m.name, _ = ledgerNameKey(toks, s, e)
		}
	}
	return true
}

// ledgerPartitiveOf reports whether toks[i] is the "of" of "one of the ...".
func ledgerPartitiveOf(toks []ledgerToken, i int) bool {
	return i > 0 && toks[i-1].in(lbPartitive)
}

// ledgerStandsAlone: a vague quantifier heads a phrase only when no noun follows
// it ("many have called", not "many experts").
func ledgerStandsAlone(toks []ledgerToken, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	n := toks[i+1]
	return n.Punct || n.in(lbBoundary)
}

func ledgerNextIsHead(toks []ledgerToken, i int) bool {
	return i+1 < len(toks) && !toks[i+1].Punct && ledgerHeadList(ledgerStem(toks[i+1].Key)) != ""
}

// ledgerMentionFromPronoun reads "he said", "they say", "it said".
func ledgerMentionFromPronoun(toks []ledgerToken, m *ledgerMention) bool {
	for _, t := range toks {
		if t.Punct {
			continue
		}
		switch {
		case t.in(lbPronounPerson):
			m.typ = UnnamedPerson
		case t.in(lbPronounPlural):
			m.typ, m.plural = UnnamedGroup, true
		case t.in(lbPronounInstitution):
			m.typ = NamedInstitution
		default:
			continue
		}
		m.pronoun = t.Key
		m.desc = t.Span
		m.definite = true
		return true
	}
	return false
}

// ledgerCapitalRun finds the first proper name among toks[from:to]: capitalised
// words, joined by "of", "for", "the" and abbreviation periods
// ("Secretary of State John Merrill", "U.S. President Donald Trump").
// Capitalised sentence openers and common head nouns standing alone
// ("Representatives for ...") do not start a name.
func ledgerCapitalRun(toks []ledgerToken, from, to int) (int, int) {
	for i := from; i < to; i++ {
		t := toks[i]
		if t.Punct || !t.Upper || t.in(lbStop) || t.in(lbHeadVague) {
			continue
		}
		if ledgerHeadList(ledgerStem(t.Key)) != "" && !(i+1 < to && toks[i+1].Upper && !toks[i+1].Punct) && !t.inStem(lbMetonym) {
			continue
		}
		j := i + 1
		for j < to {
			n := toks[j]
			if !n.Punct && n.Upper {
				j++
				continue
			}
			if j+1 < to && toks[j+1].Upper && !toks[j+1].Punct {
				if !n.Punct && n.in(lbNamejoin) {
					j += 2
					continue
				}
				if n.Key == "." && n.Start == toks[j-1].End {
					j += 2
					continue
				}
			}
			break
		}
		// A possessive ends the name ("Kyiv's stance"), and "China's
		// commerce ministry" is the ministry.
		for k := i; k < j; k++ {
			if ledgerStem(toks[k].Key) != toks[k].Key {
				j = k + 1
				break
			}
		}
		return i, j
	}
	return -1, -1
}

// ledgerNameKey folds the name toks[s:e] into an identity ("the Kremlin" and
// "Kremlin" are one) and returns its last word.
func ledgerNameKey(toks []ledgerToken, s, e int) (key, last string) {
	b := make([]byte, 0, 32)
	for i := s; i < e; i++ {
		if toks[i].Punct {
			continue
		}
		k := ledgerStem(toks[i].Key)
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

// ledgerMentionFromName reads a named source: the proper name, with the
// determiner, title or spokesperson noun around it that the text uses.
func ledgerMentionFromName(text string, toks []ledgerToken, m *ledgerMention) bool {
	s, e := ledgerCapitalRun(toks, 0, len(toks))
	if s < 0 {
		return false
	}
	m.name, m.surname = ledgerNameKey(toks, s, e)
	from, to := s, e
	// "A CNN spokesperson", "China's commerce ministry".
	inst := false
	for k := e; k < len(toks) && k < e+3; k++ {
		t := toks[k]
		if t.Punct || t.in(lbBoundary) {
			break
		}
		if t.inStem(lbHeadInstitution) {
			to, inst = k+1, true
			break
		}
	}
	// "Representatives for CNN", "the Kremlin", "a spokesman for Rank".
	for from > 0 {
		p := toks[from-1]
		if p.Punct {
			break
		}
		if p.in(lbDeterminer) {
			from--
			break
		}
		if p.Key == "for" || p.Key == "of" || p.Key == "at" || ledgerHeadList(ledgerStem(p.Key)) == "ledger.head.institution" {
			if ledgerHeadList(ledgerStem(p.Key)) == "ledger.head.institution" {
				inst = true
			}
			from--
			continue
		}
		break
	}
	m.desc = Span{toks[from].Start, toks[to-1].End}
	m.typ = ledgerNamedType(text, toks, s, e, inst)
	return true
}

// ledgerNamedType tells a person from an institution by the words of the
// name. A place ("Russia", "Saudi Arabia") speaks as its government. The
// last word decides first: an institution, outlet or company word
// ("Justice Department", "Bloomberg News", "Investec Securities") makes
// an institution. Then a title before the name makes a person ("U.S.
// President Donald Trump"); an institution word elsewhere ("Department
// of Justice"), a city or body used for its government ("Washington",
// "Kremlin"), an acronym or an inner capital ("WeWork") make an
// institution; any other name is a person.
func ledgerNamedType(text string, toks []ledgerToken, s, e int, inst bool) SourceType {
	w := ledgerWords()
	if inst {
		return NamedInstitution
	}
	key, last := ledgerNameKey(toks, s, e)
	if w.hasPhrase("ledger.place", key) {
		return NamedInstitution
	}
	instWord := func(k string) bool {
		return w.hasBit(lbHeadInstitution, k) || w.hasBit(lbMetonym, k) || w.hasBit(lbOrgWord, k) ||
			w.hasBit(lbMediaWord, k) || w.hasBit(lbMediaName, k)
	}
	if instWord(last) {
		return NamedInstitution
	}
	titled, institution, words := false, false, 0
	for i := s; i < e; i++ {
		t := toks[i]
		if t.Punct {
			continue
		}
		switch {
		case t.inStem(lbTitle):
			titled = true
		case t.inStem(lbHeadInstitution | lbMetonym | lbOrgWord | lbMediaWord | lbMediaName):
			institution = true
		}
		if !t.in(lbNamejoin) {
			words++
		}
	}
	switch {
	case titled && !w.hasBit(lbTitle, last):
		return NamedPerson
	case institution || words == 0:
		return NamedInstitution
	case words == 1 && (w.hasBit(lbPlace, last) || ledgerIsAcronym(text[toks[e-1].Start:toks[e-1].End]) || ledgerInnerCapital(text[toks[e-1].Start:toks[e-1].End])):
		return NamedInstitution
	}
	return NamedPerson
}

// ledgerInnerCapital: a word with a capital after a lower-case letter
// ("WeWork", "SoftBank") is a company's name, not a person's.
func ledgerInnerCapital(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			return true
		}
	}
	return false
}

// ledgerIsAcronym: "CNN", "U.S", "NATO".
func ledgerIsAcronym(s string) bool {
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
