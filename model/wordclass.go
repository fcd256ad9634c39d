package model

// wordClass names a word class of rules/classes.tsv. The Go names are
// bound to the data's class names once, at load, so a rule tests a word's
// classes with one bit test instead of a lookup per class.
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
	clsCourtWord
	clsCourtObject
	clsClaimNoun
	clsAttackNoun
	clsCallVerb
	clsAbilityVerb
	clsBeForm
	clsAskVerb
	clsQuestionAux
	clsNamedSpeechVerb
	clsShouldOutcome
	numClasses
)

var classNames = [numClasses]string{
	clsSpeechVerb:        "speech_verb",
	clsPronounSpeechVerb: "pronoun_speech_verb",
	clsAnonPerson:        "anon_person",
	clsAnonGroup:         "anon_group",
	clsGroupPronoun:      "group_pronoun",
	clsMediaNoun:         "media_noun",
	clsMediaVerb:         "media_verb",
	clsFromFrame:         "from_frame",
	clsAmongFrame:        "among_frame",
	clsSpokesNoun:        "spokes_noun",
	clsInstitutionNoun:   "institution_noun",
	clsTitleNoun:         "title_noun",
	clsCourtWord:         "court_word",
	clsCourtObject:       "court_object",
	clsClaimNoun:         "claim_noun",
	clsAttackNoun:        "attack_noun",
	clsCallVerb:          "call_verb",
	clsAbilityVerb:       "ability_verb",
	clsBeForm:            "be_form",
	clsAskVerb:           "ask_verb",
	clsQuestionAux:       "question_aux",
	clsNamedSpeechVerb:   "named_speech_verb",
	clsShouldOutcome:     "should_outcome",
}

// wordInfo is everything the lexicons know about one word: its classes
// as bits, and the cue phrases that start with it.
type wordInfo struct {
	classes uint64
	cues    []cueEntry
}

// in reports whether token t belongs to word class c.
func (t token) in(c wordClass) bool { return t.info != nil && t.info.classes&(1<<c) != 0 }
