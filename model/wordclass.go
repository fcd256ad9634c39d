package model

// wordClass names a word class of the attribution rules, a lexicon class
// (model/lexicon/data/<name>.txt, classNames). The Go names are bound to
// the data's class names once, at load, so a rule tests a word's classes
// with one bit test instead of a lookup per class.
type wordClass uint8

const (
	clsSpeechVerb wordClass = iota
	clsPronounSpeechVerb
	clsAnonPerson
	clsAnonGroup
	clsGroupPronoun
	clsMediaNoun
	clsMediaVerb
	clsFromFrame
	clsAmongFrame
	clsSpokesNoun
	clsInstitutionNoun
	clsTitleNoun
	clsCallVerb
	clsBeForm
	clsQuestionAux
	clsNamedSpeechVerb
	clsViewAdjective
	clsKnowledgeVerb
	numClasses
)

// clsSubjectPronoun is not a lexicon class: it marks the
// words detectAttributions reads as pronoun sources (pronounSources), so
// that its scan tests one bit per token rather than comparing each word
// with them.
const clsSubjectPronoun = numClasses

// Two more marks that are not detector classes: words that begin an
// entry of the scorecard's sentence classes (scorecard.StartWords), and
// capitalised words that start no name (scorecard.NameStopWords).
// scorecard.Read reads them off a token's classes, which tokenisation has
// looked up already, instead of hashing the word again (scorecard.go
// sets them).
const (
	clsCheckStart = numClasses + 1 + iota
	clsNameStop
	// clsStructCue, clsClaimWord and clsAnswerWord mark detect.CueWords,
	// detect.ClaimWords and detect.AnswerWords, so the structural rules' pre-check is a bit
	// test on tokens the detector has already looked up (structure.go).
	clsStructCue
	clsClaimWord
	clsAnswerWord
	// clsAnswerPredicate marks detect.AnswerPredicates: with a negation
	// in a party's words, the sentence may deny with no claim before it.
	clsAnswerPredicate
	// clsSpeakerWord and clsViewWord mark detect.SpeakerWords (and
	// detect.PersonWords, also clsPersonWord) and detect.ViewWords: a
	// sentence holding both may have an unnamed speaker only the
	// structure finds.
	clsSpeakerWord
	clsViewWord
	clsPersonWord
	// clsTargetWord marks detect.TargetWords: with a claim word, the
	// sentence may name whom a claim is about.
	clsTargetWord
	// The uncertainty slots' word pairs (detect.SeemWords and the rest):
	// a sentence is parsed for a slot only when it holds both halves.
	clsSeemWord
	clsQuestionWord
	clsRaiseWord
	clsReasonWord
	clsSuspectWord
	clsVerifyWord
	clsDoubtWord
	clsNamingWord
	clsConditionWord
	clsTruthWord
	clsInabilityWord
	clsDistanceWord
	clsIndefiniteWord
)

var classNames = [numClasses]string{
	clsSpeechVerb:        "attribution_verb",
	clsPronounSpeechVerb: "pronoun_speech_verb",
	clsAnonPerson:        "anon_person",
	clsAnonGroup:         "anon_group",
	clsGroupPronoun:      "group_pronoun",
	clsMediaNoun:         "media_noun",
	clsMediaVerb:         "media_verb",
	clsFromFrame:         "from_frame",
	clsAmongFrame:        "among_frame",
	clsSpokesNoun:        "spokes_noun",
	clsInstitutionNoun:   "attribution_institution_noun",
	clsTitleNoun:         "title_noun",
	clsCallVerb:          "call_verb",
	clsBeForm:            "be_form",
	clsQuestionAux:       "question_aux",
	clsNamedSpeechVerb:   "named_speech_verb",
	clsViewAdjective:     "view_adjective",
	clsKnowledgeVerb:     "knowledge_verb",
}

// wordInfo is everything the lexicons know about one word: its classes
// as bits.
type wordInfo struct {
	classes uint64
	// ledger is the word's class bits in the source ledger
	// (ledger.WordBits), which its tokens carry (ledgerfeed.go).
	ledger uint64
}

// in reports whether token t belongs to word class c.
func (t *token) in(c wordClass) bool { return t.classes&(1<<c) != 0 }
