package ledger

import "strings"

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

// window is how many of the most recent distinct sources a definite
// description ("the official", "the sources") may point back to. News
// back-references resolve within a few paragraphs; no article of the
// corpus has a third as many sources, so only very long texts (many
// articles run together) are cut.
const window = 64

// The pronoun classes: "he"/"she" need one person, "they" a group, "it"
// an institution or a single media outlet.
const (
	pronounHe = iota
	pronounShe
	pronounPlural
	pronounInstitution
	pronounClasses
)

// recent is a source and the offset of its latest mention; idx -1
// means none.
type recent struct{ pos, idx int }

var none = recent{-1, -1}

// better returns the more recent of r and o (on a tie, the older source).
func (r recent) better(o recent) recent {
	switch {
	case o.idx < 0:
		return r
	case r.idx < 0, o.pos > r.pos, o.pos == r.pos && o.idx < r.idx:
		return o
	}
	return r
}

type recency struct {
	pronoun [pronounClasses]recent
	// names indexes named sources by name and surname (names), each
	// entry updated in place, so a mention costs one hash of each of
	// its keys.
	names map[string]*names
	// desc indexes unnamed sources by type and folded description.
	desc map[string]*recent
	// head and tail are the ends of the window: the most recent distinct
	// sources, most recent first, at most window of them (winLen), linked
	// through the sources' winNext and winPrev.
	head, tail, winLen int
	// roles indexes named people by their titles and role nouns; untitled
	// is the latest named person with none, outlet the latest outlet, org
	// the latest named organisation that is neither outlet nor place.
	roles                 map[string]*recent
	untitled, outlet, org recent
	// report is the latest single unnamed report or outlet ("a new
	// report", "state radio"), which "the outlet" means when no outlet
	// has been named: the report stands for its publisher.
	report recent
	// orgSpoke is the latest such organisation that has spoken, which
	// "the company" means before a body only named in passing.
	orgSpoke recent
	// pair is the latest two named parties joined by "and" ("Ana Ruiz
	// and Lia Marsh"), at the second's mention: whom a "they" just after
	// means, before any group; last is the latest mention placed, which
	// the next may be joined to.
	pair     [2]int
	pairPos  int
	pairSent int
	last     saidAt
	lastSure bool
	// issuer is the latest party to put out a document with its
	// content, whom "the statement" stands for.
	issuer recent
	// initials indexes named bodies of several words by their initials
	// ("eu" for the European Union), which a later acronym stands for.
	initials map[string]*recent
}

func (r *recency) init() {
	for i := range r.pronoun {
		r.pronoun[i] = none
	}
	r.names = map[string]*names{}
	r.desc = map[string]*recent{}
	r.roles = map[string]*recent{}
	r.initials = map[string]*recent{}
	r.untitled, r.outlet, r.org, r.issuer, r.orgSpoke, r.report = none, none, none, none, none, none
	r.pair, r.pairPos, r.last = [2]int{-1, -1}, -1, saidAt{sent: -1, idx: -1}
	r.head, r.tail = -1, -1
}

// get returns m[k], or none when absent.
func lookup(m map[string]*recent, k string) recent {
	if v := m[k]; v != nil {
		return *v
	}
	return none
}

// names are the sources a word names: the latest source whose name
// it is and whose surname it is, and the latest person of each, for a
// mention that is not a person.
type names struct{ name, surname, personName, personSurname, given recent }

var noNames = names{none, none, none, none, none}

// namesOf returns the entry of key k, made if absent.
func (r *recency) namesOf(k string) *names {
	n := r.names[k]
	if n == nil {
		n = &names{none, none, none, none, none}
		r.names[k] = n
	}
	return n
}

// namesAt returns the entry of key k, noNames if absent.
func (r *recency) namesAt(k string) *names {
	if n := r.names[k]; n != nil {
		return n
	}
	return &noNames
}

// entryOf returns m[k], made (as none) if absent: a source that is
// touched again and again keeps it rather than hashing k each time.
func entryOf(m map[string]*recent, k string) *recent {
	v := m[k]
	if v == nil {
		n := none
		v = &n
		m[k] = v
	}
	return v
}

// touch records that source idx was just mentioned at srcs[idx].lastPos.
//
// pronouns says whether the mention may be what a later pronoun points
// back to: a speaker, or the subject of its sentence, not a name in
// passing.
func (r *recency) touch(srcs []*source, idx int, pronouns bool) {
	s := srcs[idx]
	now := recent{s.lastPos, idx}
	if pronouns && (s.typ == NamedPerson || s.typ == UnnamedPerson) && !s.plural {
		if s.gender != 'f' {
			r.pronoun[pronounHe] = r.pronoun[pronounHe].better(now)
		}
		if s.gender != 'm' {
			r.pronoun[pronounShe] = r.pronoun[pronounShe].better(now)
		}
	}
	if s.typ == NamedPerson {
		for _, k := range s.roles[len(s.byRole):] {
			s.byRole = append(s.byRole, entryOf(r.roles, k))
		}
		for _, e := range s.byRole {
			*e = e.better(now)
		}
		if len(s.roles) == 0 && pronouns {
			r.untitled = r.untitled.better(now)
		}
	}
	if s.typ == UnnamedMedia && !s.plural {
		r.report = r.report.better(now)
	}
	if s.outlet {
		r.outlet = r.outlet.better(now)
	} else if s.typ == NamedInstitution && s.name != "" && !s.isPlace() {
		r.org = r.org.better(now)
	}
	if pronouns && s.plural {
		r.pronoun[pronounPlural] = r.pronoun[pronounPlural].better(now)
	}
	if pronouns && (s.typ == NamedInstitution || s.typ == UnnamedMedia && !s.plural) {
		r.pronoun[pronounInstitution] = r.pronoun[pronounInstitution].better(now)
	}
	if s.typ == NamedInstitution && strings.Contains(s.name, " ") {
		if s.initials == "" {
			s.initials = initialsOf(s.name)
		}
		if s.initials != "-" {
			if s.byInitials == nil {
				s.byInitials = entryOf(r.initials, s.initials)
			}
			*s.byInitials = s.byInitials.better(now)
		}
	}
	if s.typ == NamedInstitution && s.name != "" {
		// "Big Machine" for "Big Machine Records" (shortName).
		if !s.shortRead {
			s.shortRead = true
			if k := shortName(s.name); k != "" {
				s.byShort = r.namesOf(k)
			}
		}
		if s.byShort != nil {
			s.byShort.name = s.byShort.name.better(now)
		}
	}
	if s.name != "" {
		if s.byName == nil {
			// The name never changes: its entries are looked up once.
			s.byName, s.bySurname = r.namesOf(s.name), r.namesOf(s.surname)
		}
		n, sn := s.byName, s.bySurname
		n.name = n.name.better(now)
		sn.surname = sn.surname.better(now)
		if s.typ == NamedPerson {
			n.personName = n.personName.better(now)
			sn.personSurname = sn.personSurname.better(now)
			if s.byGiven == nil && s.given != "" {
				s.byGiven = r.namesOf(s.given)
			}
			if s.byGiven != nil {
				s.byGiven.given = s.byGiven.given.better(now)
			}
		}
	} else if s.descKey != "" {
		if k := s.descIndex(); s.byDesc == nil || s.byDescKey != k {
			s.byDesc, s.byDescKey = entryOf(r.desc, k), k
		}
		*s.byDesc = s.byDesc.better(now)
	}
	r.moveToFront(srcs, idx)
}

// moveToFront puts idx at the head of the window, after any source
// mentioned at the same offset that was created before it. The window is
// a list linked through the sources (winPrev, winNext), so a move costs
// no walk over the window; only those few sources tied at the head are
// stepped past.
func (r *recency) moveToFront(srcs []*source, idx int) {
	s := srcs[idx]
	pos := s.lastPos
	if r.head == idx && (s.winNext < 0 || srcs[s.winNext].lastPos != pos || s.winNext > idx) {
		return // at the head already, as a speaker named again most often is
	}
	if s.inWindow {
		r.unlink(srcs, idx)
	} else {
		s.inWindow = true
		r.winLen++
	}
	prev, at := -1, r.head
	for at >= 0 && srcs[at].lastPos == pos && at < idx {
		prev, at = at, srcs[at].winNext
	}
	s.winPrev, s.winNext = prev, at
	if prev < 0 {
		r.head = idx
	} else {
		srcs[prev].winNext = idx
	}
	if at < 0 {
		r.tail = idx
	} else {
		srcs[at].winPrev = idx
	}
	if r.winLen > window {
		t := r.tail
		r.unlink(srcs, t)
		srcs[t].inWindow = false
		r.winLen--
	}
}

// unlink takes idx out of the window list.
func (r *recency) unlink(srcs []*source, idx int) {
	s := srcs[idx]
	if s.winPrev < 0 {
		r.head = s.winNext
	} else {
		srcs[s.winPrev].winNext = s.winNext
	}
	if s.winNext < 0 {
		r.tail = s.winPrev
	} else {
		srcs[s.winNext].winPrev = s.winPrev
	}
	s.winPrev, s.winNext = -1, -1
}

// initialsOf folds a body's name of several words to its initials,
// skipping the words that join a name ("united nations" -> "un",
// "bank of england" -> "be"); "-" when they are fewer than two.
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if has(w, cNamejoin) {
			continue
		}
		b.WriteByte(w[0])
	}
	if b.Len() < 2 {
		return "-"
	}
	return b.String()
}

// shortName is an organisation's name without the company words ending
// it ("big machine records" -> "big machine", "acme holdings" ->
// "acme"), by which news names it again; "" when none end it.
func shortName(name string) string {
	k := name
	for {
		i := strings.LastIndexByte(k, ' ')
		if i < 0 || !has(k[i+1:], cOrgWord) {
			break
		}
		k = k[:i]
	}
	if k == name {
		return ""
	}
	return k
}

// descIndexKey keys an unnamed source by its type and description.
func descIndexKey(t Type, key string) string {
	return string(t) + "\x00" + key
}

// descIndex is descIndexKey of the source's type and descKey, made once
// for each type it has.
func (s *source) descIndex() string {
	if s.descIndexed == "" || s.descIndexTyp != s.typ {
		s.descIndexed, s.descIndexTyp = descIndexKey(s.typ, s.descKey), s.typ
	}
	return s.descIndexed
}

// isPlace is isPlace of the source's name, which never changes, read once.
func (s *source) isPlace() bool {
	if s.place == 0 {
		s.place = 1
		if isPlace(s.name) {
			s.place = 2
		}
	}
	return s.place == 2
}
