package ledger

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/text"
)

// The ledger reads the one token stream of model/text and looks words up
// in the one lexicon of model/lexicon. Each word class it reads is a data
// file of model/lexicon/data whose header names the ledger's rules
// (RuleIDs) among those using it. A token carries, beside the text
// token, the bits of every class its word belongs to, so a rule asks the
// token rather than hashing the word again for each class.

// in reports whether the token's word belongs to one of the classes c.
func (t tok) in(c uint64) bool { return t.Bits&c != 0 }

// punct: a mark, not a word.
func (t tok) punct() bool { return !t.Word }

// span is the token's byte range in the whole text.
func (t tok) span() text.Span { return text.Span{Start: t.Start, End: t.End} }

// possessive: the clitic "'s" or a lone apostrophe after a plural
// ("the ministry's", "officials'"), which the tokenizer splits off.
func (t tok) possessive() bool {
	return t.Lower == "'s" || !t.Word && (t.Lower == "'" || t.Lower == "’")
}

// classNames lists the classes the ledger reads, in the order of their
// bits; class registers one.
var classNames []string

func class(name string) uint64 {
	classNames = append(classNames, name)
	if len(classNames) > 64 {
		panic("ledger: more than 64 word classes")
	}
	return 1 << (len(classNames) - 1)
}

// The ledger's word classes (model/lexicon/data/<name>.txt).
var (
	cAnother            = class("another_word")
	cBoundary           = class("phrase_boundary")
	cCount              = class("count_word")
	cDefinite           = class("definite_determiner")
	cDeterminer         = class("phrase_determiner")
	cDocument           = class("document_noun")
	cDocumentPress      = class("press_document_noun")
	cGenderFemale       = class("female_word")
	cGenderMale         = class("male_word")
	cGenericOrg         = class("generic_org_noun")
	cHeadPerson         = class("source_person_noun")
	cHeadPeople         = class("source_people_noun")
	cHeadCollective     = class("collective_noun")
	cHeadMedia          = class("media_source_noun")
	cHeadInstitution    = class("institution_noun")
	cHeadVague          = class("vague_quantifier")
	cLeftstop           = class("phrase_leftstop")
	cMediaName          = class("media_name")
	cMediaWord          = class("media_word")
	cMetonym            = class("metonym_name")
	cNamejoin           = class("name_joiner")
	cNotname            = class("calendar_word")
	cNotsource          = class("record_noun")
	cOrgWord            = class("org_word")
	cPartitive          = class("partitive_quantifier")
	cPlace              = class("place_name")
	cPostmod            = class("postmodifier_opener")
	cPronounInstitution = class("institution_pronoun")
	cPronounPerson      = class("person_pronoun")
	cPronounPlural      = class("plural_pronoun")
	cSpeaksfor          = class("speaksfor_noun")
	cSpeechAccording    = class("according_word")
	cSpeechAfterspeaker = class("after_speaker")
	cSpeechAux          = class("speech_aux")
	cSpeechBackshift    = class("backshift_aux")
	cSpeechCite         = class("cite_verb")
	cSpeechClausestop   = class("clause_opener")
	cSpeechInterview    = class("interview_noun")
	cRelayTo            = class("relay_to_word")
	cSpeechNounlike     = class("nounlike_speech_verb")
	cSpeechParticiple   = class("speech_participle")
	cSpeechPassive      = class("passive_be")
	cSpeechPostprep     = class("speaker_postprep")
	cSpeechRelative     = class("relative_pronoun")
	cSpeechRightstop    = class("speaker_rightstop")
	cSpeechTell         = class("tell_verb")
	cSpeechVerb         = class("speech_verb_form")
	cThatOnly           = class("that_only_verb")
	cStop               = class("name_stop")
	cTitle              = class("title_word")
	cRelation           = class("relation_noun")
	cFemaleName         = class("female_first_name")
	cMaleName           = class("male_first_name")
	cNameHomograph      = class("name_homograph")
	cJointBoth          = class("joint_opener")
	cUtterance          = class("utterance_verb")
	cIssueVerb          = class("issue_verb")
	cObtainVerb         = class("obtain_verb")
	cSubordinator       = class("clause_subordinator")
	cCountSense         = class("count_sense_verb")
	cPartyName          = class("party_name")
	cContentNoun        = class("content_noun")
	cAgentSpeech        = class("agent_speech_verb")
	cAttempt            = class("attempt_verb")
)

// Classes read by word, not by bit (see possessive).
var (
	possessiveWords     = lexicon.Default().Class("possessive_determiner")
	companionWords      = lexicon.Default().Class("companion_determiner")
	reportedForms       = lexicon.Default().Class("reported_speech_form")
	clauseAfterAnd      = lexicon.Default().Class("clause_after_and")
	contrastWords       = lexicon.Default().Class("contrast_conjunction")
	coordinatorWords    = lexicon.Default().Class("coordinator")
	weekdayWords        = lexicon.Default().Class("weekday")
	newsMediaHeads      = lexicon.Default().Class("news_media_head")
	documentVerbs       = lexicon.Default().Class("document_verb")
	negativeDeterminers = lexicon.Default().Class("negative_determiner")
	quoteParticiples    = lexicon.Default().Class("quote_participle")
	infinitiveAux       = lexicon.Default().Class("infinitive_aux")
	researcherNouns     = lexicon.Default().Class("researcher_noun")
	genericSourceNouns  = lexicon.Default().Class("generic_source_noun")
	// bareSpeech holds speech_verb_form's entries, its verbs' bare
	// forms ("say", not "says" or "said").
	bareSpeech = func() map[string]bool {
		m := map[string]bool{}
		for _, e := range lexicon.Default().Class("speech_verb_form").Entries() {
			m[e] = true
		}
		return m
	}()
)

// possessivePronouns holds the pairs of possessive_pronoun whose
// possessive is one the ledger reads (possessive_determiner): "my" and
// "our" are left out, as the ledger's pronoun classes (person_pronoun,
// plural_pronoun, institution_pronoun) resolve no first person.
var possessivePronouns = func() map[string]string {
	m := map[string]string{}
	for _, e := range lexicon.Default().Class("possessive_pronoun").Entries() {
		if f := strings.Fields(e); len(f) == 2 && possessive(f[0]) {
			m[f[0]] = f[1]
		}
	}
	return m
}()

// headLists are the head-noun classes in the order a word found in
// several is assigned to (headList).
var headLists = [...]uint64{cHeadPerson, cHeadPeople, cHeadCollective, cHeadMedia, cHeadInstitution}

// anyHeadList is the union of headLists.
var anyHeadList = func() (u uint64) {
	for _, c := range headLists {
		u |= c
	}
	return u
}()

// wordBits maps every single-word form of the classes to their bits,
// built once from the lexicon.
var wordBits = sync.OnceValue(func() *bitTable {
	lx := lexicon.Default()
	m := map[string]uint64{}
	for i, n := range classNames {
		for _, w := range lx.Class(n).Words() {
			m[w] |= 1 << i
		}
	}
	foldDetectorRoles(lx, m)
	return newBitTable(m)
})

// foldDetectorRoles gives the ledger every role noun the detector reads
// as an unnamed source (anon_person, anon_group), so the two never
// disagree on who can speak: a word no head class of the ledger holds
// and reads in no other way joins the people when plural, else a person
// (anon_person) or a body (anon_group's singulars: "a group
// representing …").
func foldDetectorRoles(lx *lexicon.Lexicon, m map[string]uint64) {
	// A title ("minister") or a party's name ("Republicans") the ledger
	// reads its own way.
	read := cHeadPerson | cHeadPeople | cHeadCollective | cHeadMedia | cHeadInstitution | cTitle | cPartyName | cRelation
	for _, src := range []struct {
		class    string
		singular uint64
	}{{"anon_person", cHeadPerson}, {"anon_group", cHeadCollective}} {
		for _, w := range lx.Class(src.class).Words() {
			if m[w]&read != 0 {
				continue
			}
			if lexicon.Singular(w) != w {
				m[w] |= cHeadPeople
			} else {
				m[w] |= src.singular
			}
		}
	}
}

// bitTable is a map from word to class bits as an open-addressing table
// probed linearly: every token of every sentence is looked up once, and
// a short word is hashed here for less than a map's lookup costs.
type bitTable struct {
	words []string // "" marks an empty slot
	bits  []uint64
	mask  uint64
}

func newBitTable(m map[string]uint64) *bitTable {
	n := 1
	for n < 4*len(m) {
		n *= 2
	}
	t := &bitTable{words: make([]string, n), bits: make([]uint64, n), mask: uint64(n - 1)}
	for w, b := range m {
		if w == "" {
			continue // no class holds the empty word; get("") finds an empty slot
		}
		i := wordHash(w) & t.mask
		for t.words[i] != "" {
			i = (i + 1) & t.mask
		}
		t.words[i], t.bits[i] = w, b
	}
	return t
}

// get returns the bits of w, 0 for a word of no class.
func (t *bitTable) get(w string) uint64 {
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		k := t.words[i]
		if k == w {
			return t.bits[i]
		}
		if k == "" {
			return 0
		}
	}
}

// wordHash is FNV-1a over the word's bytes, mixed so the low bits serve
// as a table index.
func wordHash(w string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 0x100000001b3
	}
	return h ^ h>>29
}

// places holds the place names of more than one word ("saudi arabia"),
// as nameKey folds them.
var places = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range lexicon.Default().Class("place_name").Entries() {
		if strings.Contains(e, " ") {
			m[e] = true
		}
	}
	return m
})

// has reports whether the lower-cased word k belongs to one of classes c.
func has(k string, c uint64) bool { return wordBits().get(k)&c != 0 }

// isPlace reports whether the folded name key ("saudi arabia", "russia")
// is a place.
func isPlace(key string) bool {
	return has(key, cPlace) || places()[key]
}

// headList is the first of headLists holding the word, or 0.
func headList(k string) uint64 { return headListOf(wordBits().get(k)) }

// headList is the first of headLists holding the token's word, or 0.
func (t tok) headList() uint64 { return headListOf(t.Bits) }

// headListOf is the first of headLists among class bits b, or 0.
func headListOf(b uint64) uint64 {
	if b&anyHeadList == 0 {
		return 0 // most words head no phrase
	}
	for _, c := range headLists {
		if b&c != 0 {
			return c
		}
	}
	return 0
}

// appendToks tokenizes src[sp] with model/text and marks every token's
// classes: one map lookup per word.
func appendToks(dst []tok, raw []text.Token, src string, sp text.Span) ([]tok, []text.Token) {
	raw = text.Tokenize(src, sp, raw[:0])
	n := len(dst)
	dst = slices.Grow(dst, len(raw))[:n+len(raw)]
	for i, t := range raw {
		dst[n+i] = TokenOf(t)
	}
	return dst, raw
}

// tokBuf is a reusable pair of buffers for appendToks.
type tokBuf struct {
	toks []tok
	raw  []text.Token
}

var tokPool = sync.Pool{New: func() any { return new(tokBuf) }}

// tokensGet tokenizes src[sp] into a pooled buffer (lowered as for
// appendToks); hand it back with tokensPut once no token is needed.
func tokensGet(src string, sp text.Span) *tokBuf {
	p := tokPool.Get().(*tokBuf)
	p.toks, p.raw = appendToks(p.toks[:0], p.raw, src, sp)
	return p
}

func tokensPut(p *tokBuf) { tokPool.Put(p) }

// quoteMark returns the rune of a token that is a quotation mark. Its
// first byte tells most marks apart ('"', or the lead byte of « » “ ” „),
// so a comma or a period costs no decoding.
func quoteMark(t *tok) (rune, bool) {
	if t.Word || t.Lower == "" {
		return 0, false
	}
	switch t.Lower[0] {
	case '"':
		return '"', true
	case 0xC2, 0xE2:
		r, _ := utf8.DecodeRuneInString(t.Lower)
		return r, quoteRune(r)
	}
	return 0, false
}

// quoteRune reports whether a rune opens or closes a quotation.
func quoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„':
		return true
	}
	return false
}

// runeAt decodes the rune at text[i:end], ASCII without a call.
func runeAt(text string, i, end int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}

// EachWord calls fn with every word of the ledger's classes and its class
// bits, for a caller keeping them in a word table of its own to make
// Tokens (Token.Bits) without a lookup per word.
func EachWord(fn func(word string, bits uint64)) {
	t := wordBits()
	for i, w := range t.words {
		if w != "" {
			fn(w, t.bits[i])
		}
	}
}

// WordBits returns the class bits of the lower-cased word w (Token.Bits).
func WordBits(w string) uint64 { return wordBits().get(w) }
