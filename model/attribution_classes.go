package model

// The word classes the attribution rules (detect_attribution.go,
// detect_named.go, detect_role.go) test a neighbouring word against:
// each is a data file of model/lexicon (data/<class>.txt), whose header
// says what it holds and which rules read it.
var (
	ownedRoleNouns           = classSet("owned_role_noun")
	acquaintanceNouns        = classSet("acquaintance_noun")
	affiliationPrepositions  = classSet("affiliation_preposition")
	peopleDescribers         = classSet("people_describer")
	peopleCounters           = classSet("people_counter")
	peopleFrameWords         = classSet("people_frame_word")
	placingPrepositions      = classSet("placing_preposition")
	pronounNounHomographs    = classSet("pronoun_noun_homograph")
	personObjectWords        = classSet("person_object_word")
	mediaBackDeterminers     = classSet("media_back_determiner")
	namedOriginPrepositions  = classSet("named_origin_preposition")
	broadcastNouns           = classSet("broadcast_noun")
	sourcePostmodifiers      = classSet("source_postmodifier")
	phraseObjectPrepositions = classSet("phrase_object_preposition")
	verbSearchStops          = classSet("verb_search_stop")
	responseNouns            = classSet("response_noun")
	figureOpeners            = classSet("figure_opener")
	stakeNouns               = classSet("stake_noun")
	stakeDeterminers         = classSet("stake_determiner")
	stakeVerbs               = classSet("stake_verb")
	considerComplements      = classSet("consider_complement")
	callComplements          = classSet("call_complement")
	invertingSpeechVerbs     = classSet("inverting_speech_verb")
	agentFrameVerbs          = classSet("agent_frame_verb")
	invertedSourceFollowers  = classSet("inverted_source_follower")
	backReferenceDets        = classSet("back_reference_determiner")
	indefiniteDeterminers    = classSet("indefinite_determiner")
	knowledgeDescribers      = classSet("knowledge_describer")
	thinkNonviewWords        = classSet("think_nonview_word")
	anonymityAdjectives      = classSet("anonymity_adjective")
	reportReceiptVerbs       = classSet("report_receipt_verb")
	anonymityWords           = classSet("anonymity_word")
	identifyParticiples      = classSet("identify_participle")
)

// isBackReferenceDet: "the", "these", "those" make a phrase refer back.
func isBackReferenceDet(w string) bool { return backReferenceDets.has(w) }

// isSingleIndefinite: "a", "an", "one" introduce one person; "another"
// (indefinite_determiner) is left to the callers that count it.
func isSingleIndefinite(w string) bool { return w != "another" && indefiniteDeterminers.has(w) }

// hasClassWithin: a word of s occurs among the n tokens from i.
func (z *analyzer) hasClassWithin(r tokRange, i, n int, s wordSet) bool {
	for k := i; k < r.to && k < i+n; k++ {
		if s.has(z.toks[k].norm) {
			return true
		}
	}
	return false
}
