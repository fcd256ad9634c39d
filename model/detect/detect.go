// Package detect holds the rules that read the text's structure
// (model/text) and word classes (model/lexicon): denial as a relation
// between a party, a claim and a negation or dismissal. It returns Hits;
// package model turns them into Flags.
package detect

import (
	"slices"
	"sync"

	"github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/text"
)

// Hit is one rule firing: its id, the span to highlight and the cue
// phrase that signals it, both byte ranges of the text.
type Hit struct {
	Rule      string
	Span, Cue text.Span
	// Standalone: the hit answers a suspicion by its own words ("it had
	// never been told"), so it stands even where the story has put no
	// claim (NeedsClaimContext).
	Standalone bool
}

// Context is what the sentence's surroundings tell the rules.
type Context struct {
	// Quoted[i]: token i of the sentence stands inside quotation marks.
	Quoted []bool
	// Headline: the sentence is a title line (no closing punctuation).
	Headline bool
	// Topic holds the lemmas of the common nouns of the article's title:
	// what the story's claim is about ("subpoena"), which an answer by a
	// party's lawyer or spokesman names.
	Topic map[string]bool
	// Parties: whom the story's claims so far are about, kept by the
	// caller across the story's sentences and updated by Detect; nil
	// when the sentence stands alone.
	Parties *Parties
}

// rule is a context check registered under its rule id.
type rule struct {
	id  string
	run func(d *detector)
}

var rules []rule

// register adds a check; RuleIDs lists them for validation against
// rules.tsv at load.
func register(id string, run func(d *detector)) { rules = append(rules, rule{id, run}) }

// RuleIDs returns the ids of every registered check, sorted: model
// verifies each is a rule of rules.tsv, so a misspelt id fails a test.
func RuleIDs() []string {
	var out []string
	for _, r := range rules {
		out = append(out, r.id)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// detector is the state of one sentence's run.
type detector struct {
	s    *text.Sentence
	ctx  Context
	out  []Hit
	rule string
	// reported[c]: the speech verb reporting clause c, -1 if none
	// (findReported), filled on first use.
	reported []int
	// asked[i]: a "?" closes the words holding token i (questioned),
	// filled on first use in one backward pass.
	asked []bool
	// lastTurn is the last concessive turn (", but") of the sentence,
	// -1 if none, found on first use (conceded); turnRead says it was.
	lastTurn int
	turnRead bool
	// cited: the phrases frames give as sources (citedPhrases), found on
	// first use; citedRead says they were.
	cited     []text.Chunk
	citedRead bool
	// claimWordAt is firstClaimWord's answer plus one, 0 until asked.
	claimWordAt int
}

// detectors holds the state of finished runs for the next: the rules
// take it through function values, so it escapes, and one allocated a
// sentence was 7% of all a long text allocated, collections the
// analysis pays for at its memory limit (cmd/caveat's memlimit.go).
var detectors = sync.Pool{New: func() any { return new(detector) }}

// Detect runs every registered rule over the structured sentence s.
func Detect(s *text.Sentence, ctx Context, out []Hit) []Hit {
	d := detectors.Get().(*detector)
	*d = detector{s: s, ctx: ctx, out: out}
	for _, r := range rules {
		d.rule = r.id
		r.run(d)
	}
	d.noteTargets()
	out = d.out
	*d = detector{} // holds on to nothing of this sentence
	detectors.Put(d)
	return out
}

// cueClasses are the classes a match of which lets a rule fire on a
// sentence with no negation.
var cueClasses = []string{"deny_verb", "dismissive", "estimate_verb", "wrong_adverb", "scant_evidence", "speculative_modal", "awareness_word", "innocence_word", "imply_verb", "suppose_verb", "trace_noun", "unknown_predicate", "exoneration_verb", "compliance_word", "pointing_negation", "unsure_adjective", "plea_verb", "plea_noun", "insist_verb", "counter_verb", "defend_verb", "hypothesis_phrase", "whether_word", "open_question_phrase", "find_out_phrase", "doubtful_source_word", "downplay_phrase", "minor_role_phrase", "limited_degree_phrase", "unknown_phrase", "no_comment_phrase", "unreturned_phrase", "reach_attempt_phrase", "anonymity_phrase", "familiar_phrase", "account_phrase", "account_noun", "received_view_noun", "belief_verb", "falsify_verb", "anonymity_adjective", "allegation_phrase", "hearsay_reports_opener", "report_that_phrase", "reports_phrase", "reported_phrase", "hedge_phrase", "hearsay_cue", "evidential_predicate"}

// cueWords begin an entry of a class whose match can fire a rule, or
// are a modal of probability (probable_modal), which CueAt tests with
// the words after it;
// claimWords put a claim in the story (ClaimWord).
var (
	cueWords = lexicon.Default().FirstWords(append([]string{"probable_modal"}, cueClasses...)...)
	// cuePhrases is every entry of cueClasses in one class, so CueAt looks
	// a candidate word up once, not once per class.
	cuePhrases  = lexicon.Default().Union(cueClasses...)
	claimWords  = lexicon.Default().FirstWords("accusation_noun", "accuse_verb", "inquiry_noun", "wrongdoing_verb")
	answerWords = lexicon.Default().FirstWords("answer_word", "agent_noun")
	// answerPredicates make a party's negated answer a denial by its own
	// words (Hit.Standalone).
	answerPredicates = lexicon.Default().FirstWords("answer_predicate", "wrongdoing_verb")
	// speakerWords may head an unnamed speaker; viewWords are the verbs
	// it speaks or holds a view with (anonymous.go), "by" for the agent
	// of a passive, or the frames that cite it ("according to", "citing").
	speakerWords = lexicon.Default().FirstWords("vague_pronoun")
	personWords  = lexicon.Default().FirstWords("person_noun", "body_noun")
	targetWords  = lexicon.Default().FirstWords("accuse_verb", "target_adverb", "wrongdoing_verb", "draw_claim_verb")
	viewWords    = lexicon.Default().FirstWords("speech_verb", "view_verb", "view_phrase_verb", "according_word", "cite_verb", "view_noun", "held_view_noun", "statement_noun")
)

// SpeakerWords (or PersonWords, after an indefinite or "by") and
// ViewWords list the words a sentence needs one of each of before the
// unnamed-speaker rules can fire on it.
func SpeakerWords() []string { return speakerWords.Words() }
func PersonWords() []string  { return personWords.Words() }

// The uncertainty slots need two words each before a sentence is worth
// parsing for them: a verb of seeming and the word after it that makes
// it one (SeemWords, SeemNext: "looks like", "appears to"), a noun of
// an open question and a verb raising it (QuestionWords, RaiseWords), a
// noun of a reason and a verb of suspecting (ReasonWords, SuspectWords),
// a verb of establishing, or a fact that can go undisclosed ("no cause
// was given"), and a word of inability or a negation (VerifyWords,
// InabilityWords).
var (
	seemWords      = lexicon.Default().FirstWords("appear_verb")
	questionWords  = lexicon.Default().FirstWords("question_noun")
	raiseWords     = lexicon.Default().FirstWords("raise_verb")
	reasonWords    = lexicon.Default().FirstWords("reason_noun")
	suspectWords   = lexicon.Default().FirstWords("suspect_verb")
	verifyWords    = lexicon.Default().FirstWords("verify_verb", "judge_verb", "undisclosed_noun")
	doubtWords     = lexicon.Default().FirstWords("doubt_verb", "doubt_adjective", "memory_verb")
	namingWords    = lexicon.Default().FirstWords("naming_opener")
	conditionWords = lexicon.Default().FirstWords("condition_opener")
	truthWords     = lexicon.Default().FirstWords("truth_word")
	inabilityWords = lexicon.Default().FirstWords("inability_word")
	distanceWords  = lexicon.Default().FirstWords("distance_verb")
	findCauseWords = lexicon.Default().FirstWords("find_cause_verb")
	needWords      = lexicon.Default().FirstWords("need_verb")
	researchWords  = lexicon.Default().FirstWords("research_noun")
	accuserWords   = lexicon.Default().FirstWords("accuser_noun")
)

// AccuserWords (accuser_noun) with a verb of saying mark a sentence that
// may put an act on a party (noteReportedActs).
func AccuserWords() []string { return accuserWords.Words() }

// NeedWords (need_verb) and ResearchWords (research_noun) together mark
// a sentence that may say a finding still needs work.
func NeedWords() []string     { return needWords.Words() }
func ResearchWords() []string { return researchWords.Words() }

// FindCauseWords (find_cause_verb) with an undisclosed noun (among
// VerifyWords) mark a sentence that may seek a fact ("to find the
// cause of").
func FindCauseWords() []string { return findCauseWords.Words() }

// DistanceWords are the verbs of a distancing passive ("is believed
// to"): a sentence is worth parsing for it when one follows a form of
// "be".
func DistanceWords() []string { return distanceWords.Words() }

func SeemWords() []string      { return seemWords.Words() }
func QuestionWords() []string  { return questionWords.Words() }
func RaiseWords() []string     { return raiseWords.Words() }
func ReasonWords() []string    { return reasonWords.Words() }
func SuspectWords() []string   { return suspectWords.Words() }
func VerifyWords() []string    { return verifyWords.Words() }
func InabilityWords() []string { return inabilityWords.Words() }

// DoubtWords (doubt_verb, doubt_adjective) with a negation mark a
// sentence that may say something is not known (unc.speaker_doubt).
func DoubtWords() []string { return doubtWords.Words() }

// SeemNext reports whether the word after a verb of seeming makes it
// one that interprets (seem_particle: "like", "to", "set").
func SeemNext(lower string) bool { return clsSeemParticle.HasWord(lower) }

// SeemAlone reports whether a verb of seeming interprets whatever follows
// it (seem_verb: "they seem intent on"), so a sentence with one is
// parsed for the rule.
func SeemAlone(lower string) bool { return clsSeemVerb.HasWord(lower) }

// IndefiniteWords (indefinite_word) before a person noun make a
// sentence worth parsing for an unnamed speaker.
func IndefiniteWords() []string { return indefiniteWords.Words() }

var (
	indefiniteWords = lexicon.Default().FirstWords("indefinite_word")
)

// ContendWords (contend_verb) put a party's own case ("argued he had
// only negotiated"): the sentence is worth parsing once the story has
// named a party under a claim.
func ContendWords() []string { return contendWords.Words() }

var contendWords = lexicon.Default().FirstWords("contend_verb")

// TargetWords (or "against") beside a claim word mark a sentence that
// may name whom a claim is about (Parties).
func TargetWords() []string { return targetWords.Words() }
func ViewWords() []string   { return viewWords.Words() }

// CandidateWord reports whether a rule could fire on a sentence holding
// the lower-cased word: a sentence with none is never parsed or tagged.
// Callers test it on the tokens they already have, so the great
// majority of sentences cost one lookup a word.
func CandidateWord(lower string) bool { return cueWords.Has(lower) || text.IsNegator(lower) }

// CueAt reports whether the lower-cased words begin with a whole cue
// phrase ("made up", not "made"), or with a modal of probability and
// the words that make it one ("should pick up"): the check after a
// CueWords hit.
func CueAt(words []string) bool {
	if cuePhrases.MatchWords(words) > 0 {
		return true
	}
	return len(words) > 0 && clsProbableModal.HasWord(words[0]) && probableAfter(func(j int) string {
		if j < len(words) {
			return words[j]
		}
		return ""
	})
}

// CueWords and ClaimWords list the words CandidateWord (less negators)
// and ClaimWord accept, for a caller that marks them in its own word
// table.
func CueWords() []string   { return cueWords.Words() }
func ClaimWords() []string { return claimWords.Words() }

// AnswerWords lists the words one of which a sentence needs before
// deny.not_true can fire on it (answer_word).
func AnswerWords() []string { return answerWords.Words() }

func (d *detector) hit(spanFrom, spanTo, cueFrom, cueTo int) {
	t := d.s.Tokens
	spanTo = min(spanTo, len(t))
	spanFrom, spanTo = d.wholeWords(spanFrom, spanTo)
	cueFrom, cueTo = d.wholeWords(cueFrom, min(cueTo, len(t)))
	d.out = append(d.out, Hit{
		Rule: d.rule,
		Span: text.Span{Start: t[spanFrom].Start, End: t[spanTo-1].End},
		Cue:  text.Span{Start: t[cueFrom].Start, End: t[cueTo-1].End},
	})
}

func (d *detector) quoted(i int) bool { return i >= 0 && i < len(d.ctx.Quoted) && d.ctx.Quoted[i] }

// wordsAfter extends a span end over up to n words, stopping at a mark.
// It stops before a word that opens a new clause (span_break) and gives
// back trailing words that leave the phrase open (span_stop).
func (d *detector) wordsAfter(to, n int) int { return d.spanAfter(to, n, false) }

// wholeWordsAfter is wordsAfter counting a word split by the tokenizer
// ("it's", "they're": two tokens with no space between) as one word, as
// a reader does: the rules that fire on a fixed phrase (unknown.go,
// anonymity.go, …) extend their spans over whole words.
func (d *detector) wholeWordsAfter(to, n int) int { return d.spanAfter(to, n, true) }

func (d *detector) spanAfter(to, n int, whole bool) int {
	t := d.s.Tokens
	from := to
	brk, stop := clsSpanBreak, clsSpanStop
	for k := 0; k < n && to < len(t) && t[to].Word && !brk.Has(t[to]); k++ {
		to++
		for whole && to < len(t) && t[to].Word && t[to].Start == t[to-1].End {
			to++
		}
	}
	for to > from && stop.Has(t[to-1]) {
		to--
	}
	return to
}

// ClaimWord reports whether the lower-cased word puts a claim or
// suspicion about a party in the story (an allegation, an accusation, an
// inquiry): a party's negated answer is a denial only in a story that
// holds one.
func ClaimWord(lower string) bool { return claimWords.Has(lower) }

// NeedsClaimContext reports whether a hit of rule stands only after the
// story has put a claim (ClaimWord) for it to answer.
func NeedsClaimContext(h Hit) bool { return h.Rule == "deny.not_true" && !h.Standalone }

// AnswerPredicates lists the words that make a negated answer stand
// without a claim in the story (answer_predicate).
func AnswerPredicates() []string { return answerPredicates.Words() }

// wholeWords widens tokens [from, to) over the parts of a word the
// tokenizer split ("do" + "n't"): a span never starts or ends inside a
// word.
func (d *detector) wholeWords(from, to int) (int, int) {
	t := d.s.Tokens
	for from > 0 && t[from].Word && t[from-1].Word && t[from].Start == t[from-1].End {
		from--
	}
	for to > 0 && to < len(t) && t[to].Word && t[to-1].Word && t[to].Start == t[to-1].End {
		to++
	}
	return from, to
}

// NamingWords (naming_opener) with a verb of calling mark a sentence
// that may give a label as someone else's (unc.distancing_passive).
func NamingWords() []string { return namingWords.Words() }

// ConditionWords (condition_opener) and TruthWords (truth_word) together
// mark a sentence that may put the claim under a condition ("if the
// allegations are true": unc.hypothetical).
func ConditionWords() []string { return conditionWords.Words() }
func TruthWords() []string     { return truthWords.Words() }
