// Package scorecard asks of an article the questions a careful editor
// asks of its sourcing, drawn from the AP, Reuters and New York Times
// standards on anonymous sources. Each question is asked of every
// article and answered with the sentences that prompted it; Raised marks
// a question worth the reader's look, never a verdict on the story. The
// questions and their standards are checks.tsv; the words each looks for
// are word classes of model/lexicon whose header names the check.
//
// The scorecard runs last: it reads what the detector flagged and the
// source ledger found (Input), and of each sentence the facts it took
// from the analyzer's tokens while the analyzer held them (Read). It
// tokenizes no text of its own and knows nothing of package model, which
// converts its Analysis into an Input and the Checks back.
package scorecard

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/caveat-reader/caveat/model/ledger"
	"github.com/caveat-reader/caveat/model/text"
)

// Span is a half-open range of byte offsets into the whole text.
type Span = text.Span

// Kind is what a flag says, as far as the scorecard asks.
type Kind uint8

const (
	// OtherKind: a flag no check reads by its kind (a source flag: the
	// checks read the sources instead).
	OtherKind Kind = iota
	Denial
	Uncertainty
	NoComment
	Boilerplate
)

// Sentence is one sentence of the text and the paragraph holding it.
type Sentence struct {
	Span
	Paragraph int
}

// Flag is the kind of one detector flag and its sentence.
type Flag struct {
	Kind     Kind
	Sentence int
}

// Source is one party of the source ledger.
type Source struct {
	Description string
	// Mention is the first phrase naming the source, Mentions all of
	// them in text order.
	Mention  Span
	Mentions []Span
	Type     ledger.Type
	// Sentences are the sentences resting on the source, in order.
	Sentences []int
	// Words are the lower forms of Mention's words (no marks), as the
	// analyzer's tokenizer reads them.
	Words []string
}

// Input is what the scorecard reads of an analysed text.
type Input struct {
	Text       string
	Paragraphs int
	Sentences  []Sentence
	Flags      []Flag
	Sources    []Source
	// Facts holds one entry per sentence, each filled by Read.
	Facts []Facts
}

// Check is one question asked of the article, with its answer (model
// keeps it as model.Check).
type Check struct {
	ID       string
	Question string
	Standard string
	// Answer is a short plain-English finding.
	Answer    string
	Raised    bool
	Sentences []int
}

// shareRaised is the share of attributed sentences at which a share check
// is raised: when half the article's attributed sentences rest on
// anonymous sources (or on hedged or denied claims), an editor asks why.
const shareRaised = 0.5

// Run asks every question of checks.tsv of in, in the file's order. It
// panics when in.Facts does not hold one entry per sentence, each read:
// a caller's error, not the text's.
func Run(in *Input) []Check {
	if len(in.Facts) != len(in.Sentences) {
		panic("scorecard: Input.Facts must hold one entry per sentence")
	}
	c := newChecker(in)
	answers := map[string]func() (string, bool, []int){
		"anonymity_reason":    c.anonymityReason,
		"source_precise":      c.sourcePrecise,
		"basis_of_knowledge":  c.basisOfKnowledge,
		"plural_sources":      c.pluralSources,
		"lead_anonymous":      c.leadAnonymous,
		"allegation_answered": c.allegationAnswered,
		"anonymous_attack":    c.anonymousAttack,
		"share_anonymous":     c.shareAnonymous,
		"share_unverified":    c.shareUnverified,
	}
	defs := checkDefs()
	out := make([]Check, 0, len(defs))
	for _, d := range defs {
		fn, ok := answers[d.ID]
		if !ok {
			panic("scorecard: checks.tsv names a check with no code: " + d.ID)
		}
		ans, raised, sents := fn()
		sents = slices.Compact(sorted(sents))
		if sents == nil {
			sents = []int{}
		}
		out = append(out, Check{ID: d.ID, Question: d.Question, Standard: d.Standard, Answer: ans, Raised: raised, Sentences: sents})
	}
	return out
}

// RuleIDs are the ids the scorecard's word classes name in their
// "# rules:" headers: "scorecard." and the id of each check.
func RuleIDs() []string {
	var out []string
	for _, d := range checkDefs() {
		out = append(out, rulePrefix+d.ID)
	}
	return out
}

const rulePrefix = "scorecard."

// checkDef is one question of the scorecard.
type checkDef struct{ ID, Standard, Question string }

//go:embed checks.tsv
var checksTSV string

var checkDefs = sync.OnceValue(func() []checkDef {
	var out []checkDef
	for _, line := range strings.Split(checksTSV, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		p := strings.Split(t, "\t")
		if len(p) != 3 {
			panic("scorecard: checks.tsv: want id<TAB>standard<TAB>question: " + t)
		}
		out = append(out, checkDef{p[0], p[1], p[2]})
	}
	return out
})
