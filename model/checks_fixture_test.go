package model

import (
	"strings"
	"testing"
)

// fixture builds an Analysis by hand, as the detector would leave it, so
// the scorecard is tested apart from the detector. A
// paragraph is a list of sentences; a flag names its sentence and the
// words of its span and cue inside that sentence (the fixture finds them
// once, when it builds the offsets; the code under test never searches).
type fixture struct {
	a *Analysis
	t *testing.T
}

type fx struct {
	sent int
	kind Kind
	span string
	cue  string // defaults to span
}

func newFixture(t *testing.T, paras [][]string, flags ...fx) *fixture {
	t.Helper()
	var b strings.Builder
	a := &Analysis{}
	for pi, p := range paras {
		if pi > 0 {
			b.WriteString("\n\n")
		}
		ps := b.Len()
		for si, s := range p {
			if si > 0 {
				b.WriteString(" ")
			}
			st := b.Len()
			b.WriteString(s)
			a.Sentences = append(a.Sentences, Sentence{Span: Span{st, b.Len()}, Paragraph: pi})
		}
		a.Paragraphs = append(a.Paragraphs, Span{ps, b.Len()})
	}
	a.Text = b.String()
	for _, f := range flags {
		sp := a.Sentences[f.sent].Span
		st := a.Text[sp.Start:sp.End]
		i := strings.Index(st, f.span)
		if i < 0 {
			t.Fatalf("fixture: %q not in sentence %d %q", f.span, f.sent, st)
		}
		span := Span{sp.Start + i, sp.Start + i + len(f.span)}
		cue := span
		if f.cue != "" {
			j := strings.Index(a.Text[span.Start:span.End], f.cue)
			if j < 0 {
				t.Fatalf("fixture: cue %q not in span %q", f.cue, f.span)
			}
			cue = Span{span.Start + j, span.Start + j + len(f.cue)}
		}
		a.Flags = append(a.Flags, Flag{Kind: f.kind, Span: span, Cue: cue, Sentence: f.sent, Source: 0})
	}
	return &fixture{a: a, t: t}
}

func (f *fixture) descriptions() []string {
	var out []string
	for _, s := range f.a.Sources {
		out = append(out, s.ID+":"+s.Description+"("+string(s.Type)+")")
	}
	return out
}
