package scorecard

import (
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model/ledger"
	"github.com/caveat-reader/caveat/model/text"
)

// fixture builds an Input by hand, as the detector and the ledger would
// leave it, so the scorecard is tested apart from the detector. A
// paragraph is a list of sentences; a flag names its sentence and the
// words of its span and cue inside that sentence (the fixture finds them
// once, when it builds the offsets; the code under test never searches).
// The sources are the ledger's (ledger.Build) over those flags.
type fixture struct {
	in *Input
	t  *testing.T
}

// flagKind is a flag's kind as the fixture gives it: what the scorecard
// reads (Kind) and what the ledger reads (ledger.Kind).
type flagKind struct {
	card   Kind
	ledger ledger.Kind
}

var (
	anonymous   = flagKind{OtherKind, ledger.AnonymousSource}
	named       = flagKind{OtherKind, ledger.NamedSource}
	denial      = flagKind{Denial, ledger.Denial}
	noComment   = flagKind{NoComment, ledger.NoComment}
	uncertainty = flagKind{Uncertainty, ledger.OtherFlag}
)

type fx struct {
	sent int
	kind flagKind
	span string
	cue  string // defaults to span
}

func newFixture(t *testing.T, paras [][]string, flags ...fx) *fixture {
	t.Helper()
	var b strings.Builder
	in := &Input{Paragraphs: len(paras)}
	for pi, p := range paras {
		if pi > 0 {
			b.WriteString("\n\n")
		}
		for si, s := range p {
			if si > 0 {
				b.WriteString(" ")
			}
			st := b.Len()
			b.WriteString(s)
			in.Sentences = append(in.Sentences, Sentence{Span: Span{Start: st, End: b.Len()}, Paragraph: pi})
		}
	}
	in.Text = b.String()
	led := &ledger.Input{Text: in.Text}
	for _, s := range in.Sentences {
		led.Sentences = append(led.Sentences, ledger.Sentence{Span: s.Span, Paragraph: s.Paragraph})
	}
	for _, f := range flags {
		sp := in.Sentences[f.sent].Span
		st := in.Text[sp.Start:sp.End]
		i := strings.Index(st, f.span)
		if i < 0 {
			t.Fatalf("fixture: %q not in sentence %d %q", f.span, f.sent, st)
		}
		span := Span{Start: sp.Start + i, End: sp.Start + i + len(f.span)}
		cue := span
		if f.cue != "" {
			j := strings.Index(in.Text[span.Start:span.End], f.cue)
			if j < 0 {
				t.Fatalf("fixture: cue %q not in span %q", f.cue, f.span)
			}
			cue = Span{Start: span.Start + j, End: span.Start + j + len(f.cue)}
		}
		in.Flags = append(in.Flags, Flag{Kind: f.kind.card, Sentence: f.sent})
		led.Flags = append(led.Flags, ledger.Flag{Kind: f.kind.ledger, Span: span, Cue: cue, Sentence: f.sent})
	}
	for _, s := range ledger.Build(led).Sources {
		in.Sources = append(in.Sources, Source{
			Description: s.Description, Mention: s.Mention, Mentions: s.Mentions,
			Type: s.Type, Sentences: s.Sentences, Words: testWords(in.Text, s.Mention),
		})
	}
	in.Facts = make([]Facts, len(in.Sentences))
	for i, s := range in.Sentences {
		Read(&in.Facts[i], testTokens(in.Text, s.Span))
	}
	return &fixture{in: in, t: t}
}

// check runs the scorecard and returns the check called id.
func (f *fixture) check(id string) Check {
	f.t.Helper()
	for _, c := range Run(f.in) {
		if c.ID == id {
			return c
		}
	}
	f.t.Fatalf("no check %s", id)
	return Check{}
}

func (f *fixture) descriptions() []string {
	var out []string
	for _, s := range f.in.Sources {
		out = append(out, s.Description+"("+string(s.Type)+")")
	}
	return out
}

// testToken stands in for the analyzer's tokens, which live in package
// model: the one stream's tokens (model/text) read through
// scorecard.Token, with a clitic the stream splits off joined back to its
// word ("did" "n't" -> "didn't", "people" "'s" -> "people's") as the
// analyzer keeps them.
type testToken struct{ text.Token }

func (t *testToken) Bounds() (int, int) { return t.Start, t.End }
func (t *testToken) Lowered() string    { return t.Lower }
func (t *testToken) IsWord() bool       { return t.Word }
func (t *testToken) IsCap() bool        { return t.Cap }
func (t *testToken) StartsEntry() bool  { return entriesByFirst()[t.Lower] != nil }
func (t *testToken) StopsName() bool    { return nameStop.HasWord(t.Lower) }

func testTokens(src string, sp Span) []testToken {
	var out []testToken
	for _, t := range text.Tokenize(src, sp, nil) {
		if n := len(out); n > 0 && t.Word && out[n-1].Word && out[n-1].End == t.Start {
			out[n-1].End, out[n-1].Lower = t.End, out[n-1].Lower+t.Lower
			continue
		}
		out = append(out, testToken{t})
	}
	return out
}

func testWords(src string, sp Span) []string {
	var out []string
	for _, t := range testTokens(src, sp) {
		if t.Word {
			out = append(out, t.Lower)
		}
	}
	return out
}
