package model

import (
	"slices"
	"strings"

	"github.com/caveat-reader/caveat/model/attribution"
	"github.com/caveat-reader/caveat/model/detect"
	"github.com/caveat-reader/caveat/model/ledger"
	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/scorecard"
	stream "github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
	"github.com/caveat-reader/caveat/model/tokview"
)

// The structural rules (model/detect) read the one token stream of
// model/text. Every rule id they register and every rule a lexicon class
// names must be a rule of rules.tsv (or one of the ledger's or the
// scorecard's): checked once at start-up, and by TestStructuralRuleIDs.
func init() {
	if err := checkStructuralRules(); err != nil {
		panic("model: " + err.Error())
	}
}

func checkStructuralRules() error {
	known := func(id string) bool {
		_, ok := lex.rules[id]
		return ok || slices.Contains(ledger.RuleIDs(), id) || slices.Contains(scorecard.RuleIDs(), id)
	}
	for _, id := range detect.RuleIDs() {
		if !known(id) {
			return errUnknownRule(id)
		}
	}
	return wordclasses.Default().CheckRules(known)
}

// The word classes bareBefore reads to tell a plural that may speak
// from one that is an object or a back-reference (model/lexicon/data).
var (
	definiteWords      = wordclasses.Default().Class("definite_determiner")
	objectPrepositions = wordclasses.Default().Class("object_preposition")
	citeWords          = wordclasses.Default().Class("cite_verb")
	quantityNouns      = wordclasses.Default().Class("quantity_noun")
	genericPeople      = wordclasses.Default().Class("generic_person_noun")
	// apposedQuantifiers open a reduced relative after a comma (", both
	// considered to be …"), which the distancing passive reads.
	apposedQuantifiers = wordclasses.Default().Class("apposed_quantifier")
	// hearsayAdverbs introduce unnamed reports ("he reportedly fled"),
	// which noteUnnamedSpeaker records for "the reports" later.
	hearsayAdverbs = wordclasses.Default().Class("hearsay_adverb")
	// considerComplements and indefiniteWords follow a verb of
	// distancing in a reduced relative ("a man believed to be", "a world
	// considered a candidate"), which reducedAfterWord reads.
	considerComplements = wordclasses.Default().Class("consider_complement")
	indefiniteWords     = wordclasses.Default().Class("indefinite_determiner")
)

// tellVerbs take the hearer as object before what is said ("told the
// paper that …"); the parser reads its "that" as opening the said clause.
var tellVerbs = wordclasses.Default().Class("tell_verb")

// newParser is the one way model makes a sentence parser, so every
// stage parses with the same lexicon-given verb tests.
func newParser() *stream.Parser { return stream.NewParser().WithTellVerbs(tellVerbs.HasWord) }

// voicePronouns are the pronouns noteVoice reads as who speaks.
var voicePronouns = tokview.ClassSet("voice_pronoun")

type errUnknownRule string

func (e errUnknownRule) Error() string { return "detect registers unknown rule " + string(e) }

// markStructuralWords gives detect's cue and claim words their bits in
// the detector's word table (tokview.StructCue, tokview.ClaimWord).
func markStructuralWords(l *lexicon) {
	for _, w := range detect.CueWords() {
		l.info(w).Classes |= 1 << tokview.StructCue
	}
	for _, w := range detect.ClaimWords() {
		l.info(w).Classes |= 1 << tokview.ClaimWord
	}
	for _, w := range detect.AnswerWords() {
		l.info(w).Classes |= 1 << tokview.AnswerWord
	}
	for _, w := range detect.AnswerPredicates() {
		l.info(w).Classes |= 1 << tokview.AnswerPredicate
	}
	for _, w := range detect.SpeakerWords() {
		l.info(w).Classes |= 1 << tokview.SpeakerWord
	}
	for _, m := range []struct {
		words []string
		bit   tokview.Class
	}{
		{detect.SeemWords(), tokview.SeemWord}, {detect.QuestionWords(), tokview.QuestionWord},
		{detect.RaiseWords(), tokview.RaiseWord}, {detect.ReasonWords(), tokview.ReasonWord},
		{detect.SuspectWords(), tokview.SuspectWord}, {detect.VerifyWords(), tokview.VerifyWord}, {detect.DoubtWords(), tokview.DoubtWord}, {detect.NamingWords(), tokview.NamingWord},
		{detect.ConditionWords(), tokview.ConditionWord}, {detect.TruthWords(), tokview.TruthWord},
		{detect.InabilityWords(), tokview.InabilityWord}, {detect.DistanceWords(), tokview.DistanceWord},
		{detect.IndefiniteWords(), tokview.IndefiniteWord}, {detect.FindCauseWords(), tokview.FindCauseWord},
		{detect.NeedWords(), tokview.NeedWord}, {detect.ResearchWords(), tokview.ResearchWord}, {detect.AccuserWords(), tokview.AccuserWord},
	} {
		for _, w := range m.words {
			l.info(w).Classes |= 1 << m.bit
		}
	}
	for _, w := range detect.ContendWords() {
		l.info(w).Classes |= 1 << tokview.ContendWord
	}
	for _, w := range detect.TargetWords() {
		l.info(w).Classes |= 1 << tokview.TargetWord
	}
	for _, w := range detect.PersonWords() {
		l.info(w).Classes |= 1<<tokview.SpeakerWord | 1<<tokview.PersonWord
	}
	for _, w := range detect.ViewWords() {
		l.info(w).Classes |= 1 << tokview.ViewWord
	}
}

// detectStructure runs the structural rules over sentence i of the
// current paragraph. The sentence is tagged and parsed only when a cue
// word makes a rule possible.
func (z *analyzer) detectStructure(i int) {
	r := z.rangeOf(i)
	// A sentence is parsed only if it holds a cue word, or a negation
	// in a party's words (a speech verb or a quotation): the rules fire
	// on nothing else.
	cue, neg, speech, answer, claim, predicate := false, false, false, false, false, false
	speaker, view, target := false, false, false
	pluralAt := -1 // the last bare plural person noun
	seem, question, raise, reason, suspect, verify, unable, distance, doubt, naming := false, false, false, false, false, false, false, false, false, false
	condition, truth, contend, findCause, need, research, accuser := false, false, false, false, false, false, false
	z.nameBuf = z.nameBuf[:0]
	for k := r.From; k < r.To; k++ {
		t := &z.toks[k]
		if t.Word && t.Cap && k > r.From {
			z.nameBuf = append(z.nameBuf, t.Norm)
		}
		if !t.Word {
			speech = speech || t.Norm == tokview.QuoteOpen || t.Norm == tokview.QuoteStraight || t.Norm == "'" || t.Norm == "‘"
			continue
		}
		if t.Classes&precheckClasses == 0 {
			// Most words are of none of the classes the tests below
			// read: for them only the tests of the word's text and place
			// are made, each as below.
			target = target || t.Norm == "against" && k > r.From && z.toks[k-1].In(tokview.ClaimWord)
			neg = neg || stream.IsNegator(t.Norm)
			speech = speech || z.quoted(k)
			continue
		}
		if !cue && t.In(tokview.StructCue) {
			// Six words: a cue phrase, or "should" with the adverbs
			// and "be" and measure after it ("should also soon be ready").
			cue = detect.CueAt(z.norms(k, min(r.To, k+6)))
		}
		if t.In(tokview.ClaimWord) {
			claim = true
			z.sawClaim()
		}
		target = target || t.In(tokview.TargetWord) || t.Norm == "against" && k > r.From && z.toks[k-1].In(tokview.ClaimWord)
		// A singular person noun needs an indefinite or "by" just before
		// it ("one resident", "by critics") to be worth parsing for; a
		// vague pronoun ("many", "those") or a plural counts alone.
		// A bare plural counts with a view word after it (its verb) or a
		// frame just before it ("according to nurses").
		if t.In(tokview.SpeakerWord) {
			switch {
			case !t.In(tokview.PersonWord) || z.indefiniteBefore(r, k):
				speaker = true
			case k+1 < r.To && z.toks[k+1].In(tokview.ViewWord):
				speaker = true // "employee concerns that …" (detect's modifierVoice)
			case attribution.IsPlural(t.Norm) && (!genericPeople.HasWord(t.Norm) || attribution.IsNumberWord(z.word(k-1, r))):
				// "more people had access": anyone, unless counted
				if ok, framed := z.bareBefore(r, k); ok {
					pluralAt, speaker = k, speaker || framed
				}
			}
		}
		if t.In(tokview.ViewWord) {
			view = true
			// Its verb follows within a relative clause's reach.
			speaker = speaker || pluralAt >= 0 && k-pluralAt <= maxSubjectGap
		}
		seem = seem || t.In(tokview.SeemWord) && k+1 < r.To && (detect.SeemNext(z.toks[k+1].Norm) || detect.SeemAlone(t.Norm))
		question = question || t.In(tokview.QuestionWord)
		raise = raise || t.In(tokview.RaiseWord)
		reason = reason || t.In(tokview.ReasonWord)
		suspect = suspect || t.In(tokview.SuspectWord)
		verify = verify || t.In(tokview.VerifyWord)
		doubt = doubt || t.In(tokview.DoubtWord)
		condition = condition || t.In(tokview.ConditionWord)
		truth = truth || t.In(tokview.TruthWord)
		naming = naming || t.In(tokview.NamingWord) && k+3 < r.To && (z.toks[k+2].In(tokview.CallVerb) || z.toks[k+3].In(tokview.CallVerb))
		unable = unable || t.In(tokview.InabilityWord)
		contend = contend || t.In(tokview.ContendWord)
		findCause = findCause || t.In(tokview.FindCauseWord)
		need = need || t.In(tokview.NeedWord)
		research = research || t.In(tokview.ResearchWord)
		accuser = accuser || t.In(tokview.AccuserWord)
		distance = distance || t.In(tokview.DistanceWord) && (z.beBefore(r, k) || k > r.From && z.toks[k-1].Norm == "," || k > r.From+1 && z.toks[k-2].Norm == "," && apposedQuantifiers.HasWord(z.toks[k-1].Norm) || z.reducedAfterWord(r, k))
		neg = neg || stream.IsNegator(t.Norm)
		answer = answer || t.In(tokview.AnswerWord)
		predicate = predicate || t.In(tokview.AnswerPredicate)
		speech = speech || t.In(tokview.SpeechVerb) || z.quoted(k)
	}
	// A paragraph set off as a party's words speaks as a quotation does.
	speech = speech || z.statement[i]
	defer z.parties.NoteNames(z.nameBuf)
	// A negated answer is a denial only once the story holds a claim for
	// it to answer (detect.NeedsClaimContext), and only with a word of
	// detect.AnswerWords: other sentences with no cue word are not parsed
	// (tagging is the costliest stage).
	if neg && speech && z.claimed() && !answer {
		answer = z.namesTopic(r) // "the bank has not received any subpoena"
	}
	// A sentence putting a claim is parsed for whom it is about
	// (detect.Parties), and a negation in a party's words once the story
	// has named a party under a claim, which that party's words answer.
	if neg && speech && z.parties.Known() {
		answer = true
	}
	// A vague group or a person noun beside a verb of saying or of a
	// view may be an unnamed speaker (detect's anon rules).
	unnamed := speaker && view
	// A sentence naming whom a claim is about ("accused X of", "X
	// allegedly", "allegations against X") is parsed for Parties.
	targets := claim && target
	// A party's own case ("his lawyers argued he …") answers a claim
	// only once the story has named a party under one.
	contended := contend && z.parties.Known()
	// An accuser's account of what a party did ("police say the firm
	// dumped waste") puts the party under a claim (detect.Parties).
	accused := accuser && speech
	// An uncertainty slot needs both its halves.
	slot := seem || question && raise || reason && suspect || verify && (unable || neg) || distance || doubt && neg || naming || condition && truth || findCause && verify || need && research
	// A negated word of truth in a party's words ("that is not the
	// case", "the report was not accurate") may call a claim false.
	if !cue && !slot && !targets && !unnamed && !contended && !accused && !(neg && speech && (answer && z.claimed() || predicate || truth)) && !((speech || neg) && z.headline(i)) {
		return
	}
	s := z.parse(z.parser, i).Structure()
	z.shareTags(i, s)
	// The rules ask each token's word classes many times over: keyed
	// once here, each asking tests a bit (lexicon.Keys).
	wordclasses.Default().Keys(s.Tokens)
	z.quotedBuf = z.quotedBuf[:0]
	k := r.From
	for _, t := range s.Tokens {
		for k < r.To && z.toks[k].End <= t.Start {
			k++
		}
		z.quotedBuf = append(z.quotedBuf, z.statement[i] || k < r.To && z.toks[k].Start <= t.Start && z.quoted(k))
	}
	ctx := detect.Context{Quoted: z.quotedBuf, Headline: z.headline(i), Topic: z.topic(), Parties: &z.parties}
	knownBefore := !accused || z.parties.Known()
	z.hits = detect.Detect(s, ctx, z.hits[:0])
	if !knownBefore && z.parties.Known() {
		// The accuser's account put a party under a claim, which its
		// answer may now deny as a claim word would have let it.
		z.sawClaim()
	}
	for _, h := range z.hits {
		if detect.NeedsClaimContext(h) && !z.claimed() {
			continue
		}
		z.addFlagBytes(h.Rule, i, Span(h.Span), Span(h.Cue))
		z.noteUnnamedSpeaker(i, h)
	}
}

// noteUnnamedSpeaker records the unnamed speaker a structural rule found
// as an attribution, so that "they said" and "the advocates added" in
// the sentences after refer back to it as to one the phrase rules found.
func (z *analyzer) noteUnnamedSpeaker(i int, h detect.Hit) {
	typ := UnnamedGroup
	switch h.Rule {
	case "unc.hedge_word":
		// "he reportedly fled" gives the claim to reports no one names:
		// "according to the reports" later refers back to them, as to
		// reports a phrase rule found unnamed. No attribution is made
		// here: the hedge names no source in its own sentence.
		if hearsayAdverbs.HasWord(toLower(z.text[h.Cue.Start:h.Cue.End])) {
			z.attr.AddAnonHead("report")
		}
		return
	case "anon.vague_group":
	case "anon.unnamed_person":
		typ = UnnamedPerson
	default:
		return
	}
	head := toLower(z.text[h.Cue.Start:h.Cue.End])
	z.a.Attributions = append(z.a.Attributions, Attribution{
		Sentence: i, Mention: Span(h.Span), Type: typ, Plural: attribution.IsPlural(head),
	})
	z.attr.AddAnonHead(wordclasses.Singular(head))
}

// precheckClasses are the word classes detectStructure's pre-check
// reads of a token itself (a token of none takes its short way).
const precheckClasses = 1<<tokview.StructCue | 1<<tokview.ClaimWord | 1<<tokview.TargetWord | 1<<tokview.SpeakerWord |
	1<<tokview.ViewWord | 1<<tokview.SeemWord | 1<<tokview.QuestionWord | 1<<tokview.RaiseWord | 1<<tokview.ReasonWord |
	1<<tokview.SuspectWord | 1<<tokview.VerifyWord | 1<<tokview.DoubtWord | 1<<tokview.ConditionWord | 1<<tokview.TruthWord |
	1<<tokview.NamingWord | 1<<tokview.InabilityWord | 1<<tokview.DistanceWord | 1<<tokview.AnswerWord |
	1<<tokview.AnswerPredicate | 1<<tokview.SpeechVerb | 1<<tokview.ContendWord | 1<<tokview.FindCauseWord |
	1<<tokview.NeedWord | 1<<tokview.ResearchWord | 1<<tokview.AccuserWord

// maxSubjectGap is how many tokens a bare plural subject may stand
// before its verb of saying ("farmers, who mostly backed her in the
// election, said") for the sentence to be parsed for it.
const maxSubjectGap = 16

// beBefore: a form of "be" stands just before token k, or one adverb
// before it ("is believed", "are widely seen", "was not thought").
func (z *analyzer) beBefore(r tokview.Range, k int) bool {
	for j := k - 1; j >= r.From && j >= k-3; j-- {
		if z.toks[j].In(tokview.BeForm) {
			return true
		}
	}
	return false
}

// reducedAfterWord: the verb of distancing at k follows a word at once
// and a complement word or an indefinite article follows it ("arrested
// a man believed to be the leader", "mapped a world considered a likely
// home"): a reduced relative on the noun before, which the distancing
// passive reads (objectModified) and which no "be" or comma announces.
func (z *analyzer) reducedAfterWord(r tokview.Range, k int) bool {
	if k <= r.From || !z.toks[k-1].Word {
		return false
	}
	n := z.word(k+1, r)
	return considerComplements.HasWord(n) || indefiniteWords.HasWord(n)
}

// bareBefore: the words before token k, a plural, leave it a bare or
// counted group that may speak: no definite determiner or possessive
// before it ("the residents", "their supporters"), no preposition making
// it an object ("for residents": object_preposition) and no verb of
// saying ("told residents"). Only such a plural makes a sentence worth
// parsing for the unnamed-speaker rules. framed: a frame that cites a
// source stands just before it ("according to", "citing", "by", "from").
func (z *analyzer) bareBefore(r tokview.Range, k int) (ok, framed bool) {
	frame := func(j int) bool {
		w := z.toks[j].Norm
		return w == "by" || w == "from" || w == "to" && z.word(j-1, r) == "according" || citeWords.HasWord(w)
	}
	j := k - 1
	for j >= r.From && j > k-4 && z.toks[j].Word && z.modifierWord(z.toks[j]) && !frame(j) {
		j-- // modifiers: "local shop owners"
	}
	if j < r.From || !z.toks[j].Word {
		return true, false
	}
	w := z.toks[j].Norm
	framed = frame(j)
	counted := w == "of" && quantityNouns.HasWord(z.word(j-1, r)) // "dozens of parents"
	return framed || counted || z.modifierWord(z.toks[j]) || attribution.IsDeterminer(w) && !definiteWords.HasWord(w), framed
}

// modifierWord: a word that may stand before a bare plural subject or
// start its clause: none of a definite determiner, a possessive, an
// object preposition or a verb of saying (whose object follows it).
func (z *analyzer) modifierWord(t tokview.Token) bool {
	return !definiteWords.HasWord(t.Norm) && !attribution.IsPossessiveWord(t.Norm) && !objectPrepositions.HasWord(t.Norm) && !t.In(tokview.SpeechVerb) && !attribution.IsDeterminer(t.Norm)
}

// indefiniteBefore: a word of detect.IndefiniteWords ("a", "one",
// "another", "by") stands within the three words before token k.
func (z *analyzer) indefiniteBefore(r tokview.Range, k int) bool {
	for j := k - 1; j >= r.From && j >= k-3; j-- {
		if z.toks[j].In(tokview.IndefiniteWord) {
			return true
		}
	}
	return false
}

// noteVoice tells detect.Parties who speaks in sentence i, from the
// attributions the phrase rules found (no tagging needed): the first
// source phrase tied to a verb of saying.
func (z *analyzer) noteVoice(i int) {
	r := z.rangeOf(i)
	// "…,” they said": a pronoun beside a verb of saying outside the
	// quotation, which the phrase rules leave to the ledger.
	for k := r.From; k < r.To; k++ {
		if !z.toks[k].In(tokview.SpeechVerb) || z.quoted(k) {
			continue
		}
		for _, j := range [2]int{k - 1, k + 1} {
			if j >= r.From && j < r.To {
				if n := z.toks[j].Norm; voicePronouns.Has(n) {
					z.voiceWords = append(z.voiceWords[:0], n)
					z.voiceCaps = append(z.voiceCaps[:0], false)
					z.parties.Spoke(z.voiceWords, z.voiceCaps)
					return
				}
			}
		}
	}
	ats := z.a.Attributions[z.attrBase:]
	for k := len(ats) - 1; k >= 0 && ats[k].Sentence >= i; k-- {
		if ats[k].Sentence != i || k > 0 && ats[k-1].Sentence == i {
			continue
		}
		m := ats[k].Mention
		z.voiceWords, z.voiceCaps = z.voiceWords[:0], z.voiceCaps[:0]
		j := r.From
		for ; j < r.To && z.toks[j].Start < m.End; j++ {
			if t := z.toks[j]; t.Word && t.Start >= m.Start {
				z.voiceWords = append(z.voiceWords, t.Norm)
				z.voiceCaps = append(z.voiceCaps, t.Cap)
			}
		}
		// A name right after a title the mention ends on ("City Hall
		// spokeswoman Jo Bloggs said") is the speaker's own.
		for ; j < r.To && z.toks[j].Word && z.toks[j].Cap && !z.quoted(j); j++ {
			z.voiceWords = append(z.voiceWords, z.toks[j].Norm)
			z.voiceCaps = append(z.voiceCaps, true)
		}
		z.parties.Spoke(z.voiceWords, z.voiceCaps)
		return
	}
}

// topic returns the lemmas of the common nouns of the article's title
// (its first sentence when that is a headline), found once.
func (z *analyzer) topic() map[string]bool {
	if z.topicDone {
		return z.topicNouns
	}
	z.topicDone = true
	if len(z.a.Sentences) == 0 || !z.headline(0) {
		return nil
	}
	sp := z.a.Sentences[0].Span
	s := newParser().Parse(z.text, stream.Span{Start: sp.Start, End: sp.End}).Structure()
	z.topicNouns = map[string]bool{}
	for _, t := range s.Tokens {
		if t.Tag == postag.NN || t.Tag == postag.NNS {
			z.topicNouns[t.Lemma] = true
		}
	}
	return z.topicNouns
}

// norms returns the norms of tokens [from, to) in a reused buffer.
func (z *analyzer) norms(from, to int) []string {
	z.normBuf = z.normBuf[:0]
	for k := from; k < to; k++ {
		z.normBuf = append(z.normBuf, z.toks[k].Norm)
	}
	return z.normBuf
}

// namesTopic: a word of the sentence is a noun of the title (topic),
// plural or singular.
func (z *analyzer) namesTopic(r tokview.Range) bool {
	topic := z.topic()
	if len(topic) == 0 {
		return false
	}
	for k := r.From; k < r.To; k++ {
		if t := z.toks[k]; t.Word && (topic[t.Norm] || topic[wordclasses.Singular(t.Norm)]) {
			return true
		}
	}
	return false
}

// headline: a title line, a sentence that is its paragraph's only one
// and ends without a sentence mark (closing quotes and brackets aside).
// listNumber: sentence i is only a list's number ("2."), which opens a
// numbered heading the segmenter split from it.
func (z *analyzer) listNumber(i int) bool {
	sp := z.a.Sentences[i].Span
	w := strings.TrimSpace(z.text[sp.Start:sp.End])
	if len(w) < 2 || len(w) > 4 || w[len(w)-1] != '.' && w[len(w)-1] != ')' {
		return false
	}
	for k := 0; k < len(w)-1; k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

func (z *analyzer) headline(i int) bool {
	sents := z.a.Sentences
	sp := sents[i].Span
	if i > 0 && sents[i-1].Paragraph == sents[i].Paragraph && !z.listNumber(i-1) || i+1 < len(sents) && sents[i+1].Paragraph == sents[i].Paragraph {
		return false
	}
	end := strings.TrimRight(z.text[sp.Start:sp.End], "\"')]’” ")
	if end == "" {
		return false
	}
	switch end[len(end)-1] {
	case '.', '?', '!', ':', ';', ',':
		return false
	}
	return !strings.HasSuffix(end, "…")
}

// addFlagBytes is addFlag for spans given as byte ranges.
func (z *analyzer) addFlagBytes(ruleID string, sent int, span, cue Span) {
	z.flags = append(z.flags, newFlagRec(lex.rule(ruleID), sent, span, cue))
}
