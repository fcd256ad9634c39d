package model

// Rule bits of the ledger's word classes, resolved once so that a lookup
// hashes only the word (ledgerPhrases.hasBit).
var (
	lbAnother            = ledgerRuleBit("ledger.another")
	lbBoundary           = ledgerRuleBit("ledger.boundary")
	lbCount              = ledgerRuleBit("ledger.count")
	lbDefinite           = ledgerRuleBit("ledger.definite")
	lbDeterminer         = ledgerRuleBit("ledger.determiner")
	lbDocument           = ledgerRuleBit("ledger.document")
	lbDocumentPress      = ledgerRuleBit("ledger.document.press")
	lbGenderFemale       = ledgerRuleBit("ledger.gender.female")
	lbGenderMale         = ledgerRuleBit("ledger.gender.male")
	lbGenericOrg         = ledgerRuleBit("ledger.generic.org")
	lbHeadInstitution    = ledgerRuleBit("ledger.head.institution")
	lbHeadVague          = ledgerRuleBit("ledger.head.vague")
	lbLeftstop           = ledgerRuleBit("ledger.leftstop")
	lbMediaName          = ledgerRuleBit("ledger.media.name")
	lbMediaWord          = ledgerRuleBit("ledger.media.word")
	lbMetonym            = ledgerRuleBit("ledger.metonym")
	lbNamejoin           = ledgerRuleBit("ledger.namejoin")
	lbNotname            = ledgerRuleBit("ledger.notname")
	lbNotsource          = ledgerRuleBit("ledger.notsource")
	lbOrgWord            = ledgerRuleBit("ledger.org.word")
	lbPartitive          = ledgerRuleBit("ledger.partitive")
	lbPlace              = ledgerRuleBit("ledger.place")
	lbPostmod            = ledgerRuleBit("ledger.postmod")
	lbPronounInstitution = ledgerRuleBit("ledger.pronoun.institution")
	lbPronounPerson      = ledgerRuleBit("ledger.pronoun.person")
	lbPronounPlural      = ledgerRuleBit("ledger.pronoun.plural")
	lbSpeaksfor          = ledgerRuleBit("ledger.speaksfor")
	lbSpeechAccording    = ledgerRuleBit("ledger.speech.according")
	lbSpeechAfterspeaker = ledgerRuleBit("ledger.speech.afterspeaker")
	lbSpeechAux          = ledgerRuleBit("ledger.speech.aux")
	lbSpeechBackshift    = ledgerRuleBit("ledger.speech.backshift")
	lbSpeechCite         = ledgerRuleBit("ledger.speech.cite")
	lbSpeechClausestop   = ledgerRuleBit("ledger.speech.clausestop")
	lbSpeechInterview    = ledgerRuleBit("ledger.speech.interview")
	lbSpeechNounlike     = ledgerRuleBit("ledger.speech.nounlike")
	lbSpeechParticiple   = ledgerRuleBit("ledger.speech.participle")
	lbSpeechPassive      = ledgerRuleBit("ledger.speech.passive")
	lbSpeechPostprep     = ledgerRuleBit("ledger.speech.postprep")
	lbSpeechRelative     = ledgerRuleBit("ledger.speech.relative")
	lbSpeechRightstop    = ledgerRuleBit("ledger.speech.rightstop")
	lbSpeechTell         = ledgerRuleBit("ledger.speech.tell")
	lbSpeechVerb         = ledgerRuleBit("ledger.speech.verb")
	lbSpeechVerbthat     = ledgerRuleBit("ledger.speech.verbthat")
	lbStop               = ledgerRuleBit("ledger.stop")
	lbTitle              = ledgerRuleBit("ledger.title")
)

// ledgerRuleBit is the bit of a word class of rules/ledger; a class no
// file defines is a programming error, caught by every test run.
func ledgerRuleBit(rule string) uint64 {
	b, ok := ledgerWords().ruleBit[rule]
	if !ok {
		panic("model: no ledger word class " + rule)
	}
	return b
}
