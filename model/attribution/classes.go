package attribution

import "github.com/caveat-reader/caveat/model/tokview"

// The word classes the attribution rules test a neighbouring word against:
// each is a data file of model/lexicon (data/<class>.txt), whose header
// says what it holds and which rules read it.
var (
	ownedRoleNouns           = tokview.ClassSet("owned_role_noun")
	acquaintanceNouns        = tokview.ClassSet("acquaintance_noun")
	affiliationPrepositions  = tokview.ClassSet("affiliation_preposition")
	peopleDescribers         = tokview.ClassSet("people_describer")
	peopleCounters           = tokview.ClassSet("people_counter")
	peopleFrameWords         = tokview.ClassSet("people_frame_word")
	placingPrepositions      = tokview.ClassSet("placing_preposition")
	pronounNounHomographs    = tokview.ClassSet("pronoun_noun_homograph")
	personObjectWords        = tokview.ClassSet("person_object_word")
	mediaBackDeterminers     = tokview.ClassSet("media_back_determiner")
	namedOriginPrepositions  = tokview.ClassSet("named_origin_preposition")
	broadcastNouns           = tokview.ClassSet("broadcast_noun")
	sourcePostmodifiers      = tokview.ClassSet("source_postmodifier")
	phraseObjectPrepositions = tokview.ClassSet("phrase_object_preposition")
	verbSearchStops          = tokview.ClassSet("verb_search_stop")
	responseNouns            = tokview.ClassSet("response_noun")
	figureOpeners            = tokview.ClassSet("figure_opener")
	stakeNouns               = tokview.ClassSet("stake_noun")
	stakeDeterminers         = tokview.ClassSet("stake_determiner")
	stakeVerbs               = tokview.ClassSet("stake_verb")
	considerComplements      = tokview.ClassSet("consider_complement")
	callComplements          = tokview.ClassSet("call_complement")
	callPhoneObjects         = tokview.ClassSet("call_phone_object")
	invertingSpeechVerbs     = tokview.ClassSet("inverting_speech_verb")
	agentFrameVerbs          = tokview.ClassSet("agent_frame_verb")
	conversationVerbs        = tokview.ClassSet("conversation_verb")
	interviewVerbs           = tokview.ClassSet("interview_verb")
	invertedSourceFollowers  = tokview.ClassSet("inverted_source_follower")
	backReferenceDets        = tokview.ClassSet("back_reference_determiner")
	indefiniteDeterminers    = tokview.ClassSet("indefinite_determiner")
	knowledgeDescribers      = tokview.ClassSet("knowledge_describer")
	thinkNonviewWords        = tokview.ClassSet("think_nonview_word")
	anonymityAdjectives      = tokview.ClassSet("anonymity_adjective")
	reportReceiptVerbs       = tokview.ClassSet("report_receipt_verb")
	anonymityWords           = tokview.ClassSet("anonymity_word")
	identifyParticiples      = tokview.ClassSet("identify_participle")
	anonBodies               = tokview.ClassSet("anon_body")
	namingParticiples        = tokview.ClassSet("naming_participle")
	openQuestionWords        = tokview.ClassSet("open_question_word")

	// Closed classes of function words (determiners, auxiliaries,
	// pronouns), which the word tests of words.go read; only tests of a
	// word's form (a digit, a suffix) are written there.
	stockBackReferences     = tokview.ClassSet("stock_back_reference")
	partitiveGroupWords     = tokview.ClassSet("partitive_group_word")
	countingDeterminers     = tokview.ClassSet("counting_determiner")
	pluralHeadWords         = tokview.ClassSet("plural_head_word")
	attributionAux          = tokview.ClassSet("attribution_aux")
	sourceDeterminers       = tokview.ClassSet("source_determiner")
	numberWords             = tokview.ClassSet("number_word")
	sourcePhraseStops       = tokview.ClassSet("source_phrase_stop")
	nonHumanSourceModifiers = tokview.ClassSet("nonhuman_source_modifier")
	clauseStartWords        = tokview.ClassSet("clause_start_word")
	participleAdjectives    = tokview.ClassSet("participle_adjective")
	weekdays                = tokview.ClassSet("weekday")
	possessiveDeterminers   = tokview.ClassSet("possessive_determiner")
	companionDeterminers    = tokview.ClassSet("companion_determiner")
)

// The forms verbUse tells apart by the words around them (a speech verb
// used as a noun, or for no view), and the words it tests them by.
// They hold forms, not lemmas: a "-ing" form or a participle the
// tests were never written for keeps its plain reading.
var (
	standaloneDeterminers      = tokview.ClassSet("standalone_determiner")
	reportForms                = tokview.ClassSet("report_form")
	reportDutyPrepositions     = tokview.ClassSet("report_duty_preposition")
	seeAsForms                 = tokview.ClassSet("see_as_form")
	thinkForms                 = tokview.ClassSet("think_form")
	respondForms               = tokview.ClassSet("respond_form")
	responseMannerPrepositions = tokview.ClassSet("response_manner_preposition")
	putFigureForms             = tokview.ClassSet("put_figure_form")
	expectForms                = tokview.ClassSet("expect_form")
	wantForms                  = tokview.ClassSet("want_form")
	wantStakeOpeners           = tokview.ClassSet("want_stake_opener")
	sayForms                   = tokview.ClassSet("say_form")
	considerForms              = tokview.ClassSet("consider_form")
	callForms                  = tokview.ClassSet("call_form")
)

// isBackReferenceDet: "the", "these", "those" make a phrase refer back.
func isBackReferenceDet(w string) bool { return backReferenceDets.Has(w) }

// IsSingleIndefinite: "a", "an", "one" introduce one person; "another"
// (indefinite_determiner) is left to the callers that count it.
func IsSingleIndefinite(w string) bool { return w != "another" && indefiniteDeterminers.Has(w) }

// hasClassWithin: a word of s occurs among the n tokens from i.
func (d *Detector) hasClassWithin(r tokview.Range, i, n int, s tokview.WordSet) bool {
	for k := i; k < r.To && k < i+n; k++ {
		if s.Has(d.toks[k].Norm) {
			return true
		}
	}
	return false
}
