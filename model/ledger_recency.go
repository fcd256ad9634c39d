package model

// Back-references resolve to the most recently mentioned source that
// fits. Re-sorting every source by recency for each mention made the
// ledger quadratic in the length of the text; instead the builder keeps,
// as each mention is placed, the most recent source for every lookup key
// (pronoun class, name, surname, repeated description) and a window of
// the most recent sources for definite descriptions.
//
// Mentions are placed in text order, so a source just touched is at least
// as recent as every other; ties (two mentions starting at one offset)
// go to the source created first, as a stable sort by recency would.

// ledgerWindow is how many of the most recent distinct sources a definite
// description ("the official", "the sources") may point back to. News
// back-references resolve within a few paragraphs; no article of the
// corpus has a third as many sources, so only very long texts (many
// articles run together) are cut.
const ledgerWindow = 64

// The pronoun classes: "he"/"she" need one person, "they" a group, "it"
// an institution or a single media outlet.
const (
	ledgerPronounHe = iota
	ledgerPronounShe
	ledgerPronounPlural
	ledgerPronounInstitution
	ledgerPronounClasses
)

// ledgerRecent is a source and the offset of its latest mention; idx -1
// means none.
type ledgerRecent struct{ pos, idx int }

var ledgerNone = ledgerRecent{-1, -1}

// better returns the more recent of r and o (on a tie, the older source).
func (r ledgerRecent) better(o ledgerRecent) ledgerRecent {
	switch {
	case o.idx < 0:
		return r
	case r.idx < 0, o.pos > r.pos, o.pos == r.pos && o.idx < r.idx:
		return o
	}
	return r
}

type ledgerRecency struct {
	pronoun [ledgerPronounClasses]ledgerRecent
	// name and surname index named sources; personName and personSurname
	// the named people among them, for a mention that is not a person.
	name, surname, personName, personSurname map[string]ledgerRecent
	// desc indexes unnamed sources by type and folded description.
	desc map[string]ledgerRecent
	// window holds the most recent distinct sources, most recent first.
	window []int
	// roles indexes named people by their titles and role nouns; untitled
	// is the latest named person with none, outlet the latest outlet, org
	// the latest named organisation that is neither outlet nor place.
	roles                 map[string]ledgerRecent
	untitled, outlet, org ledgerRecent
}

func (r *ledgerRecency) init() {
	for i := range r.pronoun {
		r.pronoun[i] = ledgerNone
	}
	r.name = map[string]ledgerRecent{}
	r.surname = map[string]ledgerRecent{}
	r.personName = map[string]ledgerRecent{}
	r.personSurname = map[string]ledgerRecent{}
	r.desc = map[string]ledgerRecent{}
	r.roles = map[string]ledgerRecent{}
	r.untitled, r.outlet, r.org = ledgerNone, ledgerNone, ledgerNone
	r.window = make([]int, 0, ledgerWindow+1)
}

// get returns m[k], or ledgerNone when absent.
func ledgerLookup(m map[string]ledgerRecent, k string) ledgerRecent {
	if v, ok := m[k]; ok {
		return v
	}
	return ledgerNone
}

// touch records that source idx was just mentioned at srcs[idx].lastPos.
//
// pronouns says whether the mention may be what a later pronoun points
// back to: a speaker, or the subject of its sentence, not a name in
// passing.
func (r *ledgerRecency) touch(srcs []*ledgerSource, idx int, pronouns bool) {
	s := srcs[idx]
	now := ledgerRecent{s.lastPos, idx}
	bump := func(m map[string]ledgerRecent, k string) {
		m[k] = ledgerLookup(m, k).better(now)
	}
	if pronouns && (s.typ == NamedPerson || s.typ == UnnamedPerson) && !s.plural {
		if s.gender != 'f' {
			r.pronoun[ledgerPronounHe] = r.pronoun[ledgerPronounHe].better(now)
		}
		if s.gender != 'm' {
			r.pronoun[ledgerPronounShe] = r.pronoun[ledgerPronounShe].better(now)
		}
	}
	if s.typ == NamedPerson {
		for _, k := range s.roles {
			bump(r.roles, k)
		}
		if len(s.roles) == 0 && pronouns {
			r.untitled = r.untitled.better(now)
		}
	}
	if s.outlet {
		r.outlet = r.outlet.better(now)
	} else if s.typ == NamedInstitution && s.name != "" && !ledgerWords().hasPhrase("ledger.place", s.name) {
		r.org = r.org.better(now)
	}
	if pronouns && s.plural {
		r.pronoun[ledgerPronounPlural] = r.pronoun[ledgerPronounPlural].better(now)
	}
	if pronouns && (s.typ == NamedInstitution || s.typ == UnnamedMedia && !s.plural) {
		r.pronoun[ledgerPronounInstitution] = r.pronoun[ledgerPronounInstitution].better(now)
	}
	if s.name != "" {
		bump(r.name, s.name)
		bump(r.surname, s.surname)
		if s.typ == NamedPerson {
			bump(r.personName, s.name)
			bump(r.personSurname, s.surname)
		}
	} else if s.descKey != "" {
		bump(r.desc, ledgerDescIndexKey(s.typ, s.descKey))
	}
	r.moveToFront(srcs, idx)
}

// moveToFront puts idx at the head of the window, after any source
// mentioned at the same offset that was created before it.
func (r *ledgerRecency) moveToFront(srcs []*ledgerSource, idx int) {
	w := r.window
	for i, x := range w {
		if x == idx {
			w = append(w[:i], w[i+1:]...)
			break
		}
	}
	pos := srcs[idx].lastPos
	at := 0
	for at < len(w) && srcs[w[at]].lastPos == pos && w[at] < idx {
		at++
	}
	w = append(w, 0)
	copy(w[at+1:], w[at:])
	w[at] = idx
	if len(w) > ledgerWindow {
		w = w[:ledgerWindow]
	}
	r.window = w
}

// ledgerDescIndexKey keys an unnamed source by its type and description.
func ledgerDescIndexKey(t SourceType, key string) string {
	return string(t) + "\x00" + key
}
