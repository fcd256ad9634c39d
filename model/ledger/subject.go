package ledger

import (
	"strings"

	"github.com/caveat-reader/caveat/model/text/postag"
)

// mentionFromToks reads the party a speaker phrase names, given the
// phrase's tokens as the speech reader has them ("BA chairman Martin
// Broughton", "a spokesman for Rank", "Some Trump allies", "the
// newspaper", "she"). ok is false when the phrase names nobody: a
// recording, data, a bare document.
func mentionFromToks(text string, toks []tok) (mention, bool) {
	m := mention{flag: -1}
	if len(toks) == 0 || toks[0].punct() || negativeDeterminers.HasWord(toks[0].Lower) {
		return m, false
	}
	region := Span{Start: toks[0].Start, End: toks[len(toks)-1].End}
	if !givenNameAt(toks, 0, 0, len(toks)) && mentionFromPronoun(toks[:1], &m) {
		setGender(&m, toks[:1])
		return m, true
	}
	// The head stands before the first modifier ("a spokesman | for Rank",
	// "Carl Emmerson | from the IFS"); "of" inside a name stays
	// ("Secretary of State John Merrill").
	cut := len(toks)
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.punct() || !t.in(cSpeechPostprep) {
			continue
		}
		if t.in(cNamejoin) && toks[i-1].Cap && i+1 < len(toks) && toks[i+1].Cap {
			continue
		}
		cut = i
		break
	}
	pre := toks[:cut]
	lastTok := pre[len(pre)-1]
	last := lastTok.Lower
	if len(pre) >= 2 && len(pre) <= 3 && cut == len(toks) && lastTok.in(cSpeaksfor) && (len(pre) == 2 || !pre[1].Cap && pre[1].Word) {
		// "His office said", "her lawyer said", "his legal team
		// argued": whoever the possessive means, speaking through them.
		if p := possessivePronoun(pre[0].Lower); p != "" {
			r := m.edit()
			r.pronoun, r.head = p, last
			m.setDesc(region)
			m.set(mDefinite, true)
			switch p {
			case "they":
				m.setTyp(UnnamedGroup)
				m.set(mPlural, true)
			case "it":
				m.setTyp(NamedInstitution)
			default:
				m.setTyp(UnnamedPerson)
				setGender(&m, pre[:1])
			}
			return m, true
		}
	}
	if n := len(pre); n >= 3 && cut == len(toks) && lastTok.in(cSpeaksfor) && !lastTok.in(cHeadInstitution) && pre[n-2].possessive() {
		// "Swift's rep said", "Carlineo's lawyer said": a named party
		// speaking through them, as "a spokesman for Rank" is. A body
		// ("the ombudsman's office") speaks for itself.
		if pm, ok := mentionFromToks(text, pre[:n-2]); ok && pm.pronoun() == "" && pm.name != "" {
			pm.setDesc(region)
			pm.set(mSpeaksFor, true)
			return pm, true
		}
	}
	if cut+1 < len(toks) {
		switch {
		case lastTok.in(cTitle) && (!toks[cut].in(cNamejoin) || toks[cut+1].Lower == "the"):
			// "of" joins a name ("Secretary of State") but not before
			// "the" ("Chairman of the Federal Reserve Jerome Powell").
			// "China's ambassador to Britain Liu Xiaming": the person
			// named after the title's complement holds the title.
			rest := toks[cut+1:]
			s, e := lastNameRun(rest)
			if s >= 0 && e == len(rest) {
				s = max(s, placeEnd(rest)) // "ambassador to the United States Hamdullah Mohib": the place is the title's
				for k := s; k < e-2; k++ {
					if rest[k].in(cHeadInstitution | cOrgWord | cPlace) {
						s = k + 1 // "CEO of the Refugee Council Enver Solomon": so is the body
					}
				}
			}
			if s > 0 && e == len(rest) && e-s >= 2 {
				if pm, ok := mentionFromToks(text, rest[s:e]); ok && pm.typ() == NamedPerson {
					pm.setDesc(region)
					pm.addRole(last)
					return pm, true
				}
			}
		case lastTok.in(cSpeaksfor):
			// A spokesman, lawyer or agent for a party is that party speaking.
			if pm, ok := mentionFromToks(text, toks[cut+1:]); ok && pm.pronoun() == "" {
				pm.setDesc(region)
				return pm, true
			}
		case lastTok.in(cDocument|cDocumentPress) && toks[cut].Lower == "from":
			// A report or statement from a named party rests on the party
			// ("a new report from the Daily Ledger").
			if pm, ok := mentionFromToks(text, toks[cut+1:]); ok && pm.pronoun() == "" && pm.name != "" {
				pm.setDesc(region)
				return pm, true
			}
		case lastTok.in(cPartitive) && toks[cut].Lower == "of":
			// "one of the sources".
			if mentionFromHead(toks, &m, false) {
				return m, true
			}
			return m, false
		}
	}
	if k := len(pre) - 2; lastTok.in(cRelation) && k >= 0 && (pre[k].possessive() || possessive(pre[k].Lower)) {
		// "the victim's brother", "his widow": one person, named by a
		// relation; the phrase is the identity a repeat joins.
		m.setDesc(region)
		m.setTyp(NamedPerson)
		m.edit().head = last
		key, _ := nameKey(pre, 0, len(pre))
		m.setName(key, true)
		m.set(mPlural, strings.HasSuffix(last, "s") || last == "parents")
		setGender(&m, pre)
		return m, true
	}
	if lastTok.in(cNotsource) && !(lastTok.Cap && len(pre) > 1 && pre[len(pre)-2].Cap && !pre[len(pre)-2].punct()) {
		// "records say"; a name ending on the word ("Big Machine
		// Records") is a party.
		return m, false
	}
	if lastTok.in(cDocumentPress) && len(pre) == 2 && pre[0].in(cDefinite) {
		// "the report added": the outlet last named.
		m.setDesc(region)
		m.set(mDefinite|mOutlet, true)
		m.setTyp(NamedInstitution)
		m.edit().head = last
		return m, true
	}
	// A document rests on its author, but "The Washington Post" is an
	// outlet's name ending on a paper's word, no post of Washington's.
	if lastTok.in(cDocument) && !(lastTok.Cap && lastTok.in(cMediaWord) && len(pre) > 1 && pre[len(pre)-2].Cap && !pre[len(pre)-2].punct()) {
		return documentAuthor(text, pre)
	}
	s, e := lastNameRun(pre)
	h := -1
	for i, t := range pre {
		if !t.punct() && t.headList() != 0 {
			h = i
		}
	}
	if s >= 0 && e < len(pre) && (h < e || pre[h].headList() != cHeadInstitution) && !lastTok.in(cDocument) {
		// A named party's report ("a UN report found") rests on the
		// party, an outlet's on the outlet.
		if h == len(pre)-1 && lastTok.in(cDocumentPress) && !pre[s].in(cDeterminer) {
			return mentionFromToks(text, pre[s:e])
		}
		// A name qualifying the noun after it ("a prominent Republican
		// senator", "Some Trump allies"): the noun is the head.
		if h >= e && mentionFromHead(toks, &m, false) {
			setGender(&m, pre)
			return m, true
		}
		if lastTok.in(cTitle) {
			m.setDesc(region)
			m.setTyp(UnnamedPerson)
			r := m.edit()
			r.head = last
			if pre[0].in(cDefinite) {
				// "The Wikileaks founder": the person already named
				// with the title, if any (orgRole).
				r.role, r.orgRole = last, true
				m.set(mDefinite, true)
			}
			return m, true
		}
	}
	if s == 0 && e == 1 && h < 0 && !pre[0].in(cPlace|cMetonym|cMediaName|cOrgWord|cHeadInstitution|cTitle) {
		// A capitalised first word may be capitalised only by its place
		// ("Local fishermen said"): when it qualifies a lower-case noun,
		// the phrase is read as a role no list holds.
		switch {
		case e < len(pre) && pre[e].Word && !pre[e].Cap && !pre[e].possessive():
			if plural, ok := unlistedRole(text, pre); ok {
				m.setDesc(region)
				m.set(mPlural, plural)
				m.setTyp(UnnamedPerson)
				m.edit().head = last
				if plural {
					m.setTyp(UnnamedGroup)
				}
				return m, true
			}
		}
	}
	if s > 0 && e == len(pre) && pre[s-1].in(cDefinite) && allTitles(pre[s:e]) {
		// "the President", capitalised: a named person's role, as "the
		// president" is.
		m.setDesc(region)
		m.setTyp(NamedPerson)
		m.set(mDefinite, true)
		r := m.edit()
		r.head, r.role = last, last
		return m, true
	}
	if s >= 0 {
		inst := false
		end := e
		if h >= e && pre[h].headList() == cHeadInstitution {
			// "A CNN spokesperson", "the Commerce Ministry".
			inst, end = true, h+1
			if !pre[h].Cap {
				m.edit().nameModifies = true // "the Trump administration"
			}
		} else if h >= e {
			// "Some Trump allies", "White House advisers": the head noun
			// names the party; the name only qualifies it.
			if mentionFromHead(toks, &m, false) {
				setGender(&m, pre)
				return m, true
			}
		}
		from := s
		if from > 0 && pre[from-1].in(cDeterminer) {
			from--
		}
		// The name proper follows its titles ("U.S. President Donald
		// Trump" is Trump, as "Mr Trump" is).
		ns := s
		for k := s; k < e-1; k++ {
			if pre[k].in(cTitle) {
				ns = k + 1
			}
		}
		key, _ := nameKey(pre, ns, e)
		if inst && e < len(pre) && pre[e].possessive() && h > e {
			// "The European Union's top court", "China's commerce
			// ministry": a body of the party named, a party of its own
			// (as "the ministry's letter" is the ministry's).
			key, _ = nameKey(pre, ns, end)
		}
		m.setName(key, true)
		m.setDesc(Span{Start: pre[from].Start, End: pre[end-1].End})
		// "Leisure group Rank", "the firm's parent, Acme"; not past a
		// title, which the noun qualifies ("company CEO Andy Vesey").
		inst = inst || s > 0 && pre[s-1].in(cGenericOrg) && ns == s
		key = m.name
		if ns != s {
			key, _ = nameKey(pre, s, e)
		}
		var typ Type
		typ, guessed := namedType(text, pre, s, e, inst, key)
		m.set(mGuessed, guessed)
		m.setTyp(typ)
		if typ == NamedPerson && ns == s {
			personBeforeOf(&m, pre, s, e)
		}
		if m.typ() == NamedPerson {
			for i := 0; i < e; i++ {
				if t := pre[i]; t.in(cTitle) || t.headList() == cHeadPerson {
					m.addRole(t.Lower)
				}
			}
			setGender(&m, pre[:e])
		}
		m.set(mOutlet, m.typ() == NamedInstitution && isOutlet(pre[from:end]))
		if m.is(mOutlet) && pre[ns].in(cMediaName) {
			// "BBC News" and "BBC Radio 4" are one broadcaster.
			m.setName(pre[ns].Lower, true)
		}
		return m, true
	}
	if h >= 0 {
		if !mentionFromHead(toks, &m, true) {
			return m, false
		}
		if m.is(mDefinite) && m.name == "" && (m.typ() == NamedInstitution || m.typ() == UnnamedMedia && !m.is(mPlural)) &&
			(has(m.head(), cGenericOrg) || has(m.head(), cMediaWord)) {
			// "the company", "the newspaper": a named body referred to.
			m.setTyp(NamedInstitution)
			m.set(mOutlet, has(m.head(), cMediaWord))
		}
		if l := headList(m.head()); pre[0].in(cJointBoth) && m.is(mPlural) && (l == cHeadPerson || l == cHeadPeople) {
			// "Both men claimed": the two people just named (bothOf).
			m.set(mBoth, true)
		}
		setGender(&m, pre)
		return m, true
	}
	if lastTok.in(cTitle) && len(pre) > 1 && pre[0].in(cDefinite) {
		// "the president", "the prime minister": a named person's role.
		m.setDesc(region)
		m.setTyp(NamedPerson)
		m.set(mDefinite, true)
		r := m.edit()
		r.head, r.role = last, last
		return m, true
	}
	lt := pre[len(pre)-1]
	if lt.punct() || lt.Cap || lt.in(cBoundary|cDeterminer|cLeftstop) {
		return m, false
	}
	m.setDesc(region)
	m.edit().head = last
	m.set(mDefinite, pre[0].in(cDefinite))
	if lastTok.in(cMediaWord) {
		// "state radio", "the paper": an outlet; "the paper" points back
		// to the outlet last named, if there is one.
		m.setTyp(NamedInstitution)
		m.set(mOutlet, true)
		if !m.is(mDefinite) {
			m.setTyp(UnnamedMedia)
		}
		return m, true
	}
	// A speaker described by a role no word list holds ("the harbour
	// master"): one unnamed person, or a group when its head is plural,
	// if the words read as a noun phrase naming someone.
	plural, ok := unlistedRole(text, pre)
	if !ok {
		return m, false
	}
	m.setTyp(UnnamedPerson)
	m.set(mDefinite, false)
	m.set(mPlural, plural)
	if plural {
		m.setTyp(UnnamedGroup)
	}
	return m, true
}

// unlistedRoleOnly: m names its party only by a head no word list
// holds (unlistedRole), with no name, pronoun, title or document.
func unlistedRoleOnly(m *mention) bool {
	return m.name == "" && m.pronoun() == "" && len(m.roles()) == 0 && !m.is(mOutlet|mDocument) &&
		(m.typ() == UnnamedPerson || m.typ() == UnnamedGroup) && headList(m.head()) == 0
}

// allTitles: every word of toks is a title ("President", "Prime
// Minister").
func allTitles(toks []tok) bool {
	for _, t := range toks {
		if !t.punct() && !t.in(cTitle) {
			return false
		}
	}
	return len(toks) > 0
}

// unlistedRole reports whether a phrase no word list describes can name
// a party: it must open on no time word ("Hours before the vote") and
// end on a common noun that is no time word ("last week") nor a gerund
// ("the following"), and open with no preposition or pronoun ("before
// the vote", "us a glimpse"). plural: the head is a plural noun.
func unlistedRole(src string, pre []tok) (plural, ok bool) {
	last := pre[len(pre)-1]
	if len(pre) > roleWords || strings.HasSuffix(last.Lower, "ing") || last.in(cNotname) || pre[0].in(cLeftstop|cSpeechPostprep|cNotname) {
		return false, false
	}
	var tags [tagWindow]postag.Tag
	tg := tagToks(src, pre, 0, len(pre), &tags)
	head, first := tg[len(pre)-1], tg[0]
	switch {
	case head != postag.NN && head != postag.NNS,
		first == postag.IN || first == postag.PRP || first == postag.PRPS && len(pre) == 1:
		return false, false
	}
	return head == postag.NNS, true
}

// roleWords bounds the words of an unlisted role ("the harbour master",
// "the acting deputy harbour master"): a longer phrase is a clause.
const roleWords = 6

// documentAuthor reads the author of a document standing for its
// speaker ("the ministry's letter states", "a UN report found").
func documentAuthor(text string, pre []tok) (mention, bool) {
	for i := len(pre) - 2; i > 0; i-- {
		if pre[i].possessive() {
			// The possessive owner: "the ministry's", "Moore's".
			return mentionFromToks(text, pre[:i])
		}
	}
	if s, e := lastNameRun(pre[:len(pre)-1]); s >= 0 {
		return mentionFromToks(text, pre[s:e])
	}
	if len(pre) <= 3 && pre[0].in(cDefinite) {
		// "The statement claimed": the document last put out with its
		// content, which stands for its author; with none, nobody
		// (weak: it introduces no source).
		return mention{flag: -1, d: span32{int32(pre[0].Start), int32(pre[len(pre)-1].End)},
			tc: typeCodeOf(NamedInstitution), bits: mDefinite | mDocument | mWeak}, true
	}
	return mention{flag: -1}, false
}

// lastNameRun finds the last proper name among toks (the head of a
// phrase stands at its end: "Commerzbank analyst Carsten Fritsch"),
// skipping runs of calendar words ("on Tuesday").
func lastNameRun(toks []tok) (int, int) {
	bs, be := -1, -1
	for from := 0; from < len(toks); {
		s, e := capitalRun(toks, from, len(toks))
		if s < 0 {
			break
		}
		name := false
		for k := s; k < e; k++ {
			if !toks[k].punct() && !toks[k].in(cNotname) {
				name = true
			}
		}
		if name {
			bs, be = s, e
		}
		from = e
	}
	return bs, be
}

// setGender reads a gender cue (a title, a role noun, a pronoun)
// from toks into m.
func setGender(m *mention, toks []tok) {
	for _, t := range toks {
		switch {
		case t.in(cGenderMale), t.Cap && t.in(cMaleName):
			m.gender = 'm'
		case t.in(cGenderFemale), t.Cap && t.in(cFemaleName):
			m.gender = 'f'
		}
	}
}

// placeEnd returns the end of a place name (one word of place_name, or a
// folded name of up to three words, "the" before it allowed) opening
// toks, or 0: the complement of a title ("ambassador to the United
// States") that stands before the holder's name.
func placeEnd(toks []tok) int {
	k := 0
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	for n := min(3, len(toks)-k); n >= 1; n-- {
		words := make([]string, n)
		for j := range words {
			words[j] = toks[k+j].Lower
		}
		if isPlace(strings.Join(words, " ")) {
			return k + n
		}
	}
	return 0
}
