package tokview

import "github.com/caveat-reader/caveat/model/internal/wordtable"

// Class names a word class of the attribution rules, a lexicon class
// (model/lexicon/data/<name>.txt, ClassNames). The Go names are bound to
// the data's class names once, at load, so a rule tests a word's classes
// with one bit test instead of a lookup per class.
type Class uint8

const (
	SpeechVerb Class = iota
	PronounSpeechVerb
	AnonPerson
	AnonGroup
	GroupPronoun
	MediaNoun
	MediaVerb
	FromFrame
	AmongFrame
	SpokesNoun
	InstitutionNoun
	TitleNoun
	CallVerb
	BeForm
	QuestionAux
	NamedSpeechVerb
	ViewAdjective
	KnowledgeVerb
	RelationNoun
	NumClasses
)

// SubjectPronoun is not a lexicon class: it marks the words the
// attribution detector reads as pronoun sources
// (attribution.PronounSources), so that its scan tests one bit per token
// rather than comparing each word with them.
const SubjectPronoun = NumClasses

// Two more marks that are not detector classes: words that begin an
// entry of the scorecard's sentence classes (scorecard.StartWords), and
// capitalised words that start no name (scorecard.NameStopWords).
// scorecard.Read reads them off a token's classes, which tokenisation has
// looked up already, instead of hashing the word again (model's scorecard.go
// sets them).
const (
	CheckStart = NumClasses + 1 + iota
	NameStop
	// StructCue, ClaimWord and AnswerWord mark detect.CueWords,
	// detect.ClaimWords and detect.AnswerWords, so the structural rules' pre-check is a bit
	// test on tokens the detector has already looked up (model's structure.go).
	StructCue
	ClaimWord
	AnswerWord
	// AnswerPredicate marks detect.AnswerPredicates: with a negation
	// in a party's words, the sentence may deny with no claim before it.
	AnswerPredicate
	// SpeakerWord and ViewWord mark detect.SpeakerWords (and
	// detect.PersonWords, also PersonWord) and detect.ViewWords: a
	// sentence holding both may have an unnamed speaker only the
	// structure finds.
	SpeakerWord
	ViewWord
	PersonWord
	// TargetWord marks detect.TargetWords: with a claim word, the
	// sentence may name whom a claim is about.
	TargetWord
	// The uncertainty slots' word pairs (detect.SeemWords and the rest):
	// a sentence is parsed for a slot only when it holds both halves.
	SeemWord
	QuestionWord
	RaiseWord
	ReasonWord
	SuspectWord
	VerifyWord
	DoubtWord
	NamingWord
	ConditionWord
	TruthWord
	InabilityWord
	DistanceWord
	IndefiniteWord
	// ContendWord marks detect.ContendWords: a sentence with one is
	// parsed once the story names a party under a claim, whose own case
	// it may put.
	ContendWord
	// FindCauseWord marks detect.FindCauseWords: with a VerifyWord (an
	// undisclosed noun: "cause", "motive"), a fact may be sought.
	FindCauseWord
	// NeedWord and ResearchWord mark detect.NeedWords and
	// detect.ResearchWords: together they may say a finding still needs
	// work ("more research is needed").
	NeedWord
	ResearchWord
	// AccuserWord marks detect.AccuserWords: with a verb of saying, the
	// sentence may put an act on a party ("police say the firm dumped").
	AccuserWord
)

var ClassNames = [NumClasses]string{
	SpeechVerb:        "attribution_verb",
	PronounSpeechVerb: "pronoun_speech_verb",
	AnonPerson:        "anon_person",
	AnonGroup:         "anon_group",
	GroupPronoun:      "group_pronoun",
	MediaNoun:         "media_noun",
	MediaVerb:         "media_verb",
	FromFrame:         "from_frame",
	AmongFrame:        "among_frame",
	SpokesNoun:        "spokes_noun",
	InstitutionNoun:   "attribution_institution_noun",
	TitleNoun:         "title_noun",
	CallVerb:          "call_verb",
	BeForm:            "be_form",
	QuestionAux:       "question_aux",
	NamedSpeechVerb:   "named_speech_verb",
	ViewAdjective:     "view_adjective",
	KnowledgeVerb:     "knowledge_verb",
	RelationNoun:      "relation_noun",
}

// WordInfo is everything the lexicons know about one word: its classes
// as bits.
type WordInfo struct {
	Classes uint64
	// Ledger is the word's class bits in the source ledger
	// (ledger.WordBits), which its tokens carry (ledgerfeed.go).
	Ledger uint64
}

// WordTable is the detector's table of lexicon words: the one lookup
// tokenization makes per word (model's rules.go fills it).
type WordTable = wordtable.Table[*WordInfo]

// NewWordTable returns words as a WordTable.
func NewWordTable(words map[string]*WordInfo) *WordTable { return wordtable.New(words) }
