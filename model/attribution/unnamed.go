package attribution

import (
	"strings"

	"github.com/caveat-reader/caveat/model/ledger"
	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/tokview"
)

// unnamedSource handles a person or group noun: "two people familiar
// with the matter said", "said a source close to the probe", "critics
// say", "calls from some lawmakers".
func (d *Detector) unnamedSource(sent int, r tokview.Range, i int, used []bool) {
	t := d.toks[i]
	next := d.word(i+1, r)
	// "analyst Mike Powell", "executive chair Marcelo Claure": the person
	// is named.
	for k := i + 1; k < r.To && k <= i+2 && d.toks[k].Word && !d.isSpeechVerb(d.toks[k].Norm) && !isNPStop(d.toks[k].Norm); k++ {
		if d.toks[k].Cap && !d.toks[k].Caps && !isWeekday(d.toks[k].Norm) {
			return
		}
	}
	// "Minister of Education Stefania Giannini", "Secretary of State": a
	// capitalised role before "of" and a capitalised word is the title of
	// an office, which names its one holder.
	if t.Cap && !IsPlural(t.Norm) && next == "of" && i+2 < r.To && d.toks[i+2].Cap {
		return
	}
	// "lead researcher and NASA planetary scientist Lucas Paganini said":
	// a bare singular role noun coordinated with a title before a name is
	// part of that person's description.
	if next == "and" && !IsPlural(t.Norm) && !IsDeterminer(d.word(i-1, r)) && !IsNumberWord(d.word(i-1, r)) {
		for k := i + 2; k < r.To && k <= i+6 && d.toks[k].Word && !d.isSpeechVerb(d.toks[k].Norm) && !isNPStop(d.toks[k].Norm); k++ {
			if d.toks[k].Cap && !d.toks[k].Caps {
				return
			}
		}
	}
	// "Ken Doctor", "says Doctor": a capitalised head noun inside a
	// sentence in ordinary case is a surname, not a description. In a
	// title-case headline ("Fire Officials Say …") its neighbours are
	// capitalised too.
	// An acronym head ("a Labour MP said") is no surname.
	if t.Cap && !t.Caps && !IsPlural(t.Norm) && i > r.From && !d.quoteStart(i) && d.toks[i-1].Norm != "(" && !(d.toks[i-1].Cap && i+1 < r.To && d.toks[i+1].Cap) {
		return
	}
	// Inside someone's quotation only cited sources count ("we confirmed
	// it with other sources"); "a person would be hard-pressed" is generic.
	if d.quoted(i) && t.Norm != "source" && t.Norm != "sources" {
		return
	}
	switch t.Norm {
	case "source", "sources":
		if next == "of" || isNonHumanSourceModifier(d.word(i-1, r)) {
			return
		}
	case "people", "person":
		if !d.licensedPeople(r, i) {
			return
		}
	}
	if ownedRoleNouns.Has(t.Norm) {
		if next == "for" || next == "of" || IsPossessiveWord(d.word(i-1, r)) || i > r.From && d.toks[i-1].Cap && !d.toks[i-1].Caps && !IsDeterminer(d.toks[i-1].Norm) {
			return // someone's lawyer or executive ("a Trump lawyer") speaks for them
		}
	}
	if acquaintanceNouns.Has(t.Norm) && IsPossessiveWord(d.word(i-1, r)) {
		return // "his opponent said": one person known by a relation to someone
	}
	// A role noun of neither class (roleNounSource) is a plural group.
	group := !t.In(tokview.AnonPerson) && IsPlural(t.Norm)
	// A singular group noun ("a group representing farmers") is one
	// unnamed body only when introduced so; "the group said" refers
	// back to one the text has given.
	body := anonBodies.Has(t.Norm)
	if body && (!IsSingleIndefinite(d.phraseAround(r, i).det) || namingParticiples.Has(next) || next == "of") {
		return // "a group called Save Our Park" is named; "a group of lawmakers" are read at their own noun
	}
	if group && t.Cap && IsPlural(t.Norm) && partyNames.HasWord(singular(t.Norm)) && d.phraseAround(r, i).from == i {
		return // "Republicans say": a party named as a whole
	}
	if group && d.namedAffiliation(r, i) && !isCountedDeterminer(d.phraseAround(r, i).det) {
		return // "researchers at NASA": a named institution's people; "some members of Congress" are a vague part of it
	}
	np := d.phraseAround(r, i)
	if d.compoundModifier(r, np) {
		return
	}
	np = d.partitive(r, np)
	if d.ledByName(r, np) || d.ownedRole(r, np) || d.appositiveToName(r, np) || d.exemplified(r, np) {
		return
	}
	verb, inverted := d.attributionVerb(r, np)
	if verb < 0 && t.Norm == "sources" && (isCountedDeterminer(np.det) || anonymityAdjectives.Has(d.word(i-1, r))) {
		// "confirmed it with other sources": counted unnamed sources are
		// a source without a verb of their own.
		verb = i
	}
	if verb < 0 {
		return
	}
	if !inverted && d.withholds(r, np, verb) {
		return // "officials have not said why": nothing given, no claim
	}
	if body && !inverted && !d.verbRightAfter(r, np, verb) {
		return // "a group for people to question things": the verb is another's
	}
	if d.quoted(verb) && !d.quoted(i) {
		// Customers “began to say we want …,” Cook told …: the verb is
		// inside someone else's quotation, whose speaker is the source.
		return
	}
	if np.det == "both" {
		return // "both men": a known pair
	}
	if IsNumberWord(np.det) && isBackReferenceDet(d.word(np.from-1, r)) && !d.anonHead(singular(t.Norm)) && !isStockBackReference(t.Norm) {
		return // "the two companies": a pair the story has given, unless given as unnamed
	}
	if isBackReferenceDet(np.det) && !d.anonHead(singular(t.Norm)) {
		if !isStockBackReference(t.Norm) {
			return // "the researchers", "the analyst" refer back to someone not given as unnamed
		}
		if at, ok := d.recentNamedPerson(sent, IsPlural(t.Norm)); ok {
			// "Deputy Mayor Ana Ruiz said … The official added …": no
			// unnamed official was introduced, so "the official" is the
			// named person just quoted.
			d.recordAttribution(sent, r, np, verb, inverted, "named.source", true, at.Type, true, used)
			return
		}
	}
	rule := "anon.unnamed_person"
	typ := ledger.UnnamedPerson
	if group || body || IsPlural(t.Norm) && np.det != "the" && !IsNumberWord(np.det) && np.det != "a" {
		if group || body {
			rule, typ = "anon.vague_group", ledger.UnnamedGroup
		}
	}
	backRef := isBackReferenceDet(np.det)
	if backRef && !group {
		rule = "anon.back_reference"
	}
	d.recordAttribution(sent, r, np, verb, inverted, rule, false, typ, backRef, used)
	d.AddAnonHead(singular(t.Norm))
}

// withholds: the source's verb is negated and opens a question
// ("officials have not said why", "did not say whether"
// open_question_word): the source gives no claim, it declines one.
func (d *Detector) withholds(r tokview.Range, np nounPhrase, verb int) bool {
	if !openQuestionWords.Has(d.word(verb+1, r)) {
		return false
	}
	for k := np.to; k < verb; k++ {
		if text.IsNegator(d.toks[k].Norm) {
			return true
		}
	}
	return false
}

// verbRightAfter: the verb follows the phrase with only auxiliaries
// between ("a rights group said", "a charity has warned").
func (d *Detector) verbRightAfter(r tokview.Range, np nounPhrase, verb int) bool {
	k := np.to
	for k < r.To && isAuxiliary(d.toks[k].Norm) {
		k++
	}
	return k == verb
}

// compoundModifier: a bare singular role noun that modifies the noun after
// it ("investor sentiment suggests", "peer review found", "EU member
// states said", "analyst estimates suggest") or starts a title-case name
// ("Resident Evil fans say") is no person. An unnamed person has a
// determiner ("a trader", "one envoy"); a headline's bare "Official says"
// is followed by its verb.
func (d *Detector) compoundModifier(r tokview.Range, np nounPhrase) bool {
	i := np.head
	t := d.toks[i]
	if IsPlural(t.Norm) || t.Norm == "people" || np.det != "" || np.to != i+1 || i+1 >= r.To {
		return false
	}
	n := d.toks[i+1]
	if n.In(tokview.SpeechVerb) && i+2 < r.To && (d.toks[i+2].In(tokview.SpeechVerb) || isAuxiliary(d.toks[i+2].Norm)) {
		return true // "analyst estimates suggest", "member states said": the next word is a noun
	}
	if !n.Word || n.In(tokview.SpeechVerb) || n.In(tokview.BeForm) || isAuxiliary(n.Norm) || isNPStop(n.Norm) || strings.HasSuffix(n.Norm, "ly") {
		return false
	}
	if n.Cap {
		return t.Cap && !n.Caps // "Resident Evil"; "Labour MP" is handled as a name before
	}
	return true
}

// partitive extends "one of the Russian sources", "a group of lawmakers"
// over the quantity, so the phrase is the subject and not an object of
// "of".
func (d *Detector) partitive(r tokview.Range, np nounPhrase) nounPhrase {
	if d.word(np.from-1, r) != "of" {
		return np
	}
	q := d.word(np.from-2, r)
	if !IsDeterminer(q) && !isCollective(q) {
		return np
	}
	np.from -= 2
	if isCollective(q) && IsDeterminer(d.word(np.from-1, r)) {
		np.from--
	} else if isCollective(q) && np.from-2 >= r.From && IsDeterminer(d.word(np.from-2, r)) && d.toks[np.from-1].Word && !isNPStop(d.word(np.from-1, r)) {
		np.from -= 2 // "a bipartisan group of"
	}
	return np
}

// namedAffiliation: a group noun followed by "at", "from", "of" or "out of"
// and a capitalised name ("researchers at Harvard").
func (d *Detector) namedAffiliation(r tokview.Range, i int) bool {
	k := i + 1
	switch w := d.word(k, r); {
	case affiliationPrepositions.Has(w):
		k++
	case w == "out":
		if d.word(k+1, r) != "of" {
			return false
		}
		k += 2
	default:
		return false
	}
	if d.word(k, r) == "the" {
		k++
	}
	return k < r.To && d.toks[k].Word && d.toks[k].Cap && !d.toks[k].Caps
}

// licensedPeople: "people" and "person" are sources only when described
// ("people familiar with …", "a person briefed on …") or counted ("two
// people said"), or referred back to ("the person said").
func (d *Detector) licensedPeople(r tokview.Range, i int) bool {
	if peopleDescribers.Has(d.word(i+1, r)) {
		return true
	}
	// "people who have seen the report", "a person who attended the
	// meeting": described by what they know first hand.
	if d.word(i+1, r) == "who" {
		k := i + 2
		for k < r.To && k < i+4 && isAuxiliary(d.toks[k].Norm) {
			k++
		}
		if k < r.To && d.toks[k].In(tokview.KnowledgeVerb) {
			return true
		}
	}
	// Counted or referred-back people must speak at once: "two people
	// said", "the person added"; "people who reported using …" are not
	// sources.
	p := d.word(i-1, r)
	counted := IsNumberWord(p) || peopleCounters.Has(p)
	if !counted {
		return false
	}
	if peopleFrameWords.Has(d.word(i-2, r)) { // "said one person, who …", "according to two people"
		return true
	}
	k := i + 1
	for k < r.To && isAuxiliary(d.toks[k].Norm) {
		k++
	}
	return k < r.To && d.toks[k].In(tokview.SpeechVerb)
}

// ledByName: "Trump and his allies deny", "Ann Price and other
// researchers said" are groups headed by a named person, not vague
// groups. A companion word needs a full name before "and": "Police and
// other agencies" is headed by nobody.
func (d *Detector) ledByName(r tokview.Range, np nounPhrase) bool {
	for p := max(np.from, r.From); p < np.head; p++ {
		if d.word(p-1, r) != "and" || p-2 < r.From {
			continue
		}
		if w := d.word(p, r); w != "its" && possessiveDeterminers.Has(w) && d.toks[p-2].Cap {
			return true
		}
		if companionDeterminers.Has(d.word(p, r)) && d.nameEndingAt(r, p-2) {
			return true
		}
	}
	return false
}

// exampleOpeners: the entries of example_opener ("such as", "like",
// "including") as words, for the word-by-word test of exemplified.
var exampleOpeners = func() [][]string {
	var out [][]string
	for _, e := range wordclasses.Default().Class("example_opener").Entries() {
		out = append(out, strings.Fields(e))
	}
	return out
}()

// exemplified: a plural phrase goes on, after at most a comma, with an
// example_opener and a name within a few words ("commentators such as
// Jo Bloggs", "critics, like Obama,", "critics like immigration lawyer
// Ann Lee"): the group is given by members the text names, as a group
// led by a name is (ledByName).
func (d *Detector) exemplified(r tokview.Range, np nounPhrase) bool {
	if !IsPlural(d.toks[np.head].Norm) {
		return false
	}
	k := np.head + 1
	if d.word(k, r) == "," {
		k++
	}
	for _, e := range exampleOpeners {
		j := k
		for _, w := range e {
			if d.word(j, r) != w {
				j = -1
				break
			}
			j++
		}
		if j < 0 {
			continue
		}
		for m := j; m < r.To && m < j+4 && d.toks[m].Word; m++ {
			if t := d.toks[m]; t.Cap && !isNPStop(t.Norm) {
				return true
			}
		}
	}
	return false
}

// ownedRole: a single person identified by a unique relation to someone
// named or already in the story ("Apple's chief executive", "its chief
// financial officer", "the company's lawyer") is identified, not
// anonymous. "A White House official" has no owner, and "Trump's
// advisers" are a group of whom no one is named.
func (d *Detector) ownedRole(r tokview.Range, np nounPhrase) bool {
	if IsPlural(d.toks[np.head].Norm) || isCountedDeterminer(np.det) || IsSingleIndefinite(np.det) {
		return false
	}
	for p := max(np.from, r.From); p < np.head; p++ {
		if t := d.toks[p]; t.Word && IsPossessiveWord(t.Norm) {
			return true
		}
	}
	return false
}

// appositiveToName: the unnamed-looking phrase sits beside the person's
// name, so the person is named: "Omar Lamrani, a senior analyst at
// Stratfor, told …", "the chief executive, Maria Lopez, said …".
func (d *Detector) appositiveToName(r tokview.Range, np nounPhrase) bool {
	if IsPlural(d.toks[np.head].Norm) {
		return false
	}
	// The name before: "Name Surname, a senior analyst …".
	if p := np.from - 1; p > r.From && d.toks[p].Norm == "," && d.nameEndingAt(r, p-1) {
		return true
	}
	// The name after: "the chief executive, Maria Lopez, said", or at the
	// end of a longer appositive: "said another witness, former White
	// House adviser Fiona Hill."
	k := np.to
	// Over a short description first: "a lawmaker loyal to Keiko, Hector
	// Becerril, said".
	for k < r.To && k < np.to+5 && d.toks[k].Word && !d.toks[k].In(tokview.SpeechVerb) && !d.toks[k].In(tokview.BeForm) {
		k++
	}
	if d.word(k, r) != "," {
		return false
	}
	if d.nameStartingAt(r, k+1) {
		return true
	}
	end := k + 1
	for end < r.To && end < k+10 && d.toks[end].Word && !d.toks[end].In(tokview.SpeechVerb) && !d.toks[end].In(tokview.BeForm) {
		end++
	}
	return end < r.To && !d.toks[end].Word && d.toks[end].Norm != "'s" && end-(k+1) >= 2 && d.nameEndingAt(r, end-1)
}

// nameEndingAt: tokens ending at k are a person's name of two or more
// capitalised words ("Omar Lamrani"), not a place after a preposition
// ("In Kyiv").
func (d *Detector) nameEndingAt(r tokview.Range, k int) bool {
	n := 0
	for ; k >= r.From && d.toks[k].Word && d.toks[k].Cap && !d.toks[k].Caps; k-- {
		if isNPStop(d.toks[k].Norm) || d.sentenceStarter(d.toks[k].Norm) {
			return false
		}
		n++
	}
	if k >= r.From && d.toks[k].Word && isNPStop(d.toks[k].Norm) {
		return false // "according to John Smith, a …" is the same person, but "in New York, a …" is a place
	}
	return n >= 2
}

// nameStartingAt: two or more capitalised words from k, closed by a comma
// or followed by a speech verb ("Maria Lopez, said", "John Kirby said").
func (d *Detector) nameStartingAt(r tokview.Range, k int) bool {
	n := 0
	for ; k < r.To && d.toks[k].Word && d.toks[k].Cap && !d.toks[k].Caps && !isNPStop(d.toks[k].Norm); k++ {
		n++
	}
	return n >= 2 && k < r.To && (d.toks[k].Norm == "," || d.toks[k].In(tokview.SpeechVerb))
}

// recentNamedPerson returns the latest attribution to a named person in
// the three sentences before sent, of the given number.
func (d *Detector) recentNamedPerson(sent int, plural bool) (Found, bool) {
	for j := d.host.Attributions() - 1; d.lookBack(j); j-- {
		at := d.host.Attribution(j)
		if at.Sentence < sent-3 {
			break
		}
		if at.Sentence >= sent || !at.Named || at.Type != ledger.NamedPerson || at.Plural != plural {
			continue
		}
		return at, true
	}
	return Found{}, false
}
