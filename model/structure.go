package model

import (
	"slices"
	"strings"

	"github.com/caveat-reader/caveat/model/detect"
	"github.com/caveat-reader/caveat/model/ledger"
	wordclasses "github.com/caveat-reader/caveat/model/lexicon"
	stream "github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// The structural rules (model/detect) read the one token stream of
// model/text. Every rule id they register and every rule a lexicon class
// names must be a rule of rules.tsv (or one of the ledger's): checked once at start-up, and by
// TestStructuralRuleIDs.
func init() {
	if err := checkStructuralRules(); err != nil {
		panic("model: " + err.Error())
	}
}

func checkStructuralRules() error {
	known := func(id string) bool { _, ok := lex.rules[id]; return ok || slices.Contains(ledger.RuleIDs(), id) }
	for _, id := range detect.RuleIDs() {
		if !known(id) {
			return errUnknownRule(id)
		}
	}
	return wordclasses.Default().CheckRules(known)
}

type errUnknownRule string

func (e errUnknownRule) Error() string { return "detect registers unknown rule " + string(e) }

// markStructuralWords gives detect's cue and claim words their bits in
// the detector's word table (clsStructCue, clsClaimWord).
func markStructuralWords(l *lexicon) {
	for _, w := range detect.CueWords() {
		l.info(w).classes |= 1 << clsStructCue
	}
	for _, w := range detect.ClaimWords() {
		l.info(w).classes |= 1 << clsClaimWord
	}
	for _, w := range detect.AnswerWords() {
		l.info(w).classes |= 1 << clsAnswerWord
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
	cue, neg, speech, answer := false, false, false, false
	for k := r.from; k < r.to; k++ {
		t := &z.toks[k]
		if !t.word {
			speech = speech || t.norm == quoteOpen || t.norm == quoteStraight || t.norm == "'" || t.norm == "‘"
			continue
		}
		if !cue && t.in(clsStructCue) {
			cue = detect.CueAt(z.norms(k, min(r.to, k+4)))
		}
		z.claimSeen = z.claimSeen || t.in(clsClaimWord)
		neg = neg || stream.IsNegator(t.norm)
		answer = answer || t.in(clsAnswerWord)
		speech = speech || t.in(clsSpeechVerb) || z.quoted(k)
	}
	// A negated answer is a denial only once the story holds a claim for
	// it to answer (detect.NeedsClaimContext), and only with a word of
	// detect.AnswerWords: other sentences with no cue word are not parsed
	// (tagging is the costliest stage).
	if neg && speech && z.claimSeen && !answer {
		answer = z.namesTopic(r) // "the bank has not received any subpoena"
	}
	if !cue && !(neg && speech && answer && z.claimSeen) && !(speech && z.headline(i)) {
		return
	}
	sp := z.a.Sentences[i].Span
	s := z.parser.Parse(z.text, stream.Span{Start: sp.Start, End: sp.End}).Structure()
	z.quotedBuf = z.quotedBuf[:0]
	k := r.from
	for _, t := range s.Tokens {
		for k < r.to && z.toks[k].end <= t.Start {
			k++
		}
		z.quotedBuf = append(z.quotedBuf, k < r.to && z.toks[k].start <= t.Start && z.quoted(k))
	}
	ctx := detect.Context{Quoted: z.quotedBuf, Headline: z.headline(i), Topic: z.topic()}
	z.hits = detect.Detect(s, ctx, z.hits[:0])
	for _, h := range z.hits {
		if detect.NeedsClaimContext(h.Rule) && !z.claimSeen {
			continue
		}
		z.addFlagBytes(h.Rule, i, Span(h.Span), Span(h.Cue))
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
	s := stream.NewParser().Parse(z.text, stream.Span{Start: sp.Start, End: sp.End}).Structure()
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
		z.normBuf = append(z.normBuf, z.toks[k].norm)
	}
	return z.normBuf
}

// namesTopic: a word of the sentence is a noun of the title (topic),
// plural or singular.
func (z *analyzer) namesTopic(r tokRange) bool {
	topic := z.topic()
	if len(topic) == 0 {
		return false
	}
	for k := r.from; k < r.to; k++ {
		if t := z.toks[k]; t.word && (topic[t.norm] || topic[singular(t.norm)]) {
			return true
		}
	}
	return false
}

// headline: a title line, a sentence that is its paragraph's only one
// and ends without a sentence mark (closing quotes and brackets aside).
func (z *analyzer) headline(i int) bool {
	sents := z.a.Sentences
	sp := sents[i].Span
	if i > 0 && sents[i-1].Paragraph == sents[i].Paragraph || i+1 < len(sents) && sents[i+1].Paragraph == sents[i].Paragraph {
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
	r := lex.rule(ruleID)
	z.a.Flags = append(z.a.Flags, Flag{
		Kind: r.Kind, Span: span, Cue: cue, Sentence: sent,
		Rule: r.ID, Explanation: r.Explanation, Source: -1,
	})
}
