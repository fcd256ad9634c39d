package model

// ledgerMentionFromToks reads the party a speaker phrase names, given the
// phrase's tokens as the speech reader has them ("BA chairman Martin
// Broughton", "a spokesman for Rank", "Some Trump allies", "the
// newspaper", "she"). ok is false when the phrase names nobody: a
// recording, data, a bare document.
func ledgerMentionFromToks(text string, toks []ledgerToken) (ledgerMention, bool) {
	m := ledgerMention{flag: -1}
	if len(toks) == 0 || toks[0].Punct {
		return m, false
	}
	region := Span{toks[0].Start, toks[len(toks)-1].End}
	if ledgerMentionFromPronoun(toks[:1], &m) {
		ledgerSetGender(&m, toks[:1])
		return m, true
	}
	w := ledgerWords()
	// The head stands before the first modifier ("a spokesman | for Rank",
	// "Carl Emmerson | from the IFS"); "of" inside a name stays
	// ("Secretary of State John Merrill").
	cut := len(toks)
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.Punct || !t.in(lbSpeechPostprep) {
			continue
		}
		if t.in(lbNamejoin) && toks[i-1].Upper && i+1 < len(toks) && toks[i+1].Upper {
			continue
		}
		cut = i
		break
	}
	pre := toks[:cut]
	last := ledgerStem(pre[len(pre)-1].Key)
	if cut+1 < len(toks) {
		switch {
		case w.hasBit(lbSpeaksfor, last):
			// A spokesman, lawyer or agent for a party is that party speaking.
			if pm, ok := ledgerMentionFromToks(text, toks[cut+1:]); ok && pm.pronoun == "" {
				pm.desc = region
				return pm, true
			}
		case w.hasBit(lbPartitive, last) && toks[cut].Key == "of":
			// "one of the sources".
			if ledgerMentionFromHead(toks, &m, false) {
				return m, true
			}
			return m, false
		}
	}
	if w.hasBit(lbNotsource, last) {
		return m, false
	}
	if w.hasBit(lbDocumentPress, last) && len(pre) == 2 && pre[0].in(lbDefinite) {
		// "the report added": the outlet last named.
		m.desc, m.typ, m.head, m.definite, m.outlet = region, NamedInstitution, last, true, true
		return m, true
	}
	if w.hasBit(lbDocument, last) {
		return ledgerDocumentAuthor(text, pre)
	}
	s, e := ledgerLastNameRun(pre)
	h := -1
	for i, t := range pre {
		if !t.Punct && ledgerHeadList(ledgerStem(t.Key)) != "" {
			h = i
		}
	}
	if s >= 0 && e < len(pre) && (h < e || ledgerHeadList(ledgerStem(pre[h].Key)) != "ledger.head.institution") && !w.hasBit(lbDocument, last) {
		// A name qualifying the noun after it ("a prominent Republican
		// senator", "Some Trump allies"): the noun is the head.
		if h >= e && ledgerMentionFromHead(toks, &m, false) {
			ledgerSetGender(&m, pre)
			return m, true
		}
		if w.hasBit(lbTitle, last) {
			m.desc = region
			m.typ, m.head = UnnamedPerson, last
			return m, true
		}
	}
	if s >= 0 {
		inst := false
		end := e
		if h >= e && ledgerHeadList(ledgerStem(pre[h].Key)) == "ledger.head.institution" {
			// "A CNN spokesperson", "the Commerce Ministry".
			inst, end = true, h+1
		} else if h >= e {
			// "Some Trump allies", "White House advisers": the head noun
			// names the party; the name only qualifies it.
			if ledgerMentionFromHead(toks, &m, false) {
				ledgerSetGender(&m, pre)
				return m, true
			}
		}
		from := s
		if from > 0 && pre[from-1].in(lbDeterminer) {
			from--
		}
		// The name proper follows its titles ("U.S. President Donald
		// Trump" is Trump, as "Mr Trump" is).
		ns := s
		for k := s; k < e-1; k++ {
			if pre[k].inStem(lbTitle) {
				ns = k + 1
			}
		}
		m.name, m.surname = ledgerNameKey(pre, ns, e)
		m.desc = Span{pre[from].Start, pre[end-1].End}
		// "Leisure group Rank", "the firm's parent, Acme".
		inst = inst || s > 0 && pre[s-1].inStem(lbGenericOrg)
		m.typ = ledgerNamedType(text, pre, s, e, inst)
		if m.typ == NamedPerson {
			for i := 0; i < e; i++ {
				if k := ledgerStem(pre[i].Key); w.hasBit(lbTitle, k) || ledgerHeadList(k) == "ledger.head.person" {
					m.roles = append(m.roles, k)
				}
			}
			ledgerSetGender(&m, pre[:e])
		}
		m.outlet = m.typ == NamedInstitution && ledgerIsOutlet(text, m.desc)
		if m.outlet && pre[ns].in(lbMediaName) {
			// "BBC News" and "BBC Radio 4" are one broadcaster.
			m.name, m.surname = pre[ns].Key, pre[ns].Key
		}
		return m, true
	}
	if h >= 0 {
		if !ledgerMentionFromHead(toks, &m, true) {
			return m, false
		}
		if m.definite && m.name == "" && (m.typ == NamedInstitution || m.typ == UnnamedMedia && !m.plural) &&
			(w.hasBit(lbGenericOrg, m.head) || w.hasBit(lbMediaWord, m.head)) {
			// "the company", "the newspaper": a named body referred to.
			m.typ = NamedInstitution
			m.outlet = w.hasBit(lbMediaWord, m.head)
		}
		ledgerSetGender(&m, pre)
		return m, true
	}
	if w.hasBit(lbTitle, last) && len(pre) > 1 && pre[0].in(lbDefinite) {
		// "the president", "the prime minister": a named person's role.
		m.desc = region
		m.typ, m.head, m.definite, m.role = NamedPerson, last, true, last
		return m, true
	}
	lt := pre[len(pre)-1]
	if lt.Punct || lt.Upper || lt.in(lbBoundary|lbDeterminer|lbLeftstop) {
		return m, false
	}
	m.desc, m.head = region, last
	m.definite = pre[0].in(lbDefinite)
	if w.hasBit(lbMediaWord, last) {
		// "state radio", "the paper": an outlet; "the paper" points back
		// to the outlet last named, if there is one.
		m.typ, m.outlet = NamedInstitution, true
		if !m.definite {
			m.typ = UnnamedMedia
		}
		return m, true
	}
	// A speaker described by a role no word list holds ("the harbour
	// master"): one unnamed person.
	m.typ, m.definite = UnnamedPerson, false
	return m, true
}

// ledgerDocumentAuthor reads the author of a document standing for its
// speaker ("the ministry's letter states", "a UN report found").
func ledgerDocumentAuthor(text string, pre []ledgerToken) (ledgerMention, bool) {
	for i := len(pre) - 2; i >= 0; i-- {
		if ledgerStem(pre[i].Key) != pre[i].Key {
			// The possessive owner: "the ministry's", "Moore's".
			return ledgerMentionFromToks(text, pre[:i+1])
		}
	}
	if s, e := ledgerLastNameRun(pre[:len(pre)-1]); s >= 0 {
		return ledgerMentionFromToks(text, pre[s:e])
	}
	return ledgerMention{flag: -1}, false
}

// ledgerLastNameRun finds the last proper name among toks (the head of a
// phrase stands at its end: "Commerzbank analyst Carsten Fritsch"),
// skipping runs of calendar words ("on Tuesday").
func ledgerLastNameRun(toks []ledgerToken) (int, int) {
	bs, be := -1, -1
	for from := 0; from < len(toks); {
		s, e := ledgerCapitalRun(toks, from, len(toks))
		if s < 0 {
			break
		}
		name := false
		for k := s; k < e; k++ {
			if !toks[k].Punct && !toks[k].inStem(lbNotname) {
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

// ledgerSetGender reads a gender cue (a title, a role noun, a pronoun)
// from toks into m.
func ledgerSetGender(m *ledgerMention, toks []ledgerToken) {
	w := ledgerWords()
	for _, t := range toks {
		k := ledgerStem(t.Key)
		switch {
		case w.hasBit(lbGenderMale, k):
			m.gender = 'm'
		case w.hasBit(lbGenderFemale, k):
			m.gender = 'f'
		}
	}
}
