package ledger

import (
	"strings"
	"testing"
)

// fixture builds an Analysis by hand, as the detector would leave it, so
// the ledger and the scorecard are tested apart from the detector. A
// paragraph is a list of sentences; a flag names its sentence and the
// words of its span and cue inside that sentence (the fixture finds them
// once, when it builds the offsets; the code under test never searches).
type fixture struct {
	a   *Input
	res Result
	t   *testing.T
}

// build runs the ledger over the fixture.
func (f *fixture) build() { f.res = Build(f.a) }

type fx struct {
	sent int
	kind Kind
	span string
	cue  string // defaults to span
}

func newFixture(t *testing.T, paras [][]string, flags ...fx) *fixture {
	t.Helper()
	var b strings.Builder
	a := &Input{}
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
			a.Sentences = append(a.Sentences, Sentence{Span: Span{Start: st, End: b.Len()}, Paragraph: pi})
		}
	}
	a.Text = b.String()
	for _, f := range flags {
		sp := a.Sentences[f.sent].Span
		st := a.Text[sp.Start:sp.End]
		i := strings.Index(st, f.span)
		if i < 0 {
			t.Fatalf("fixture: %q not in sentence %d %q", f.span, f.sent, st)
		}
		span := Span{Start: sp.Start + i, End: sp.Start + i + len(f.span)}
		cue := span
		if f.cue != "" {
			j := strings.Index(a.Text[span.Start:span.End], f.cue)
			if j < 0 {
				t.Fatalf("fixture: cue %q not in span %q", f.cue, f.span)
			}
			cue = Span{Start: span.Start + j, End: span.Start + j + len(f.cue)}
		}
		a.Flags = append(a.Flags, Flag{Kind: f.kind, Span: span, Cue: cue, Sentence: f.sent})
	}
	return &fixture{a: a, t: t}
}

// sourceOf returns the description of the source of sentence i, or "".
func (f *fixture) sourcesOf(i int) []string {
	var out []string
	for _, s := range f.res.Sources {
		for _, si := range s.Sentences {
			if si == i {
				out = append(out, s.Description)
			}
		}
	}
	return out
}

func (f *fixture) source(desc string) *Source {
	for i := range f.res.Sources {
		if f.res.Sources[i].Description == desc {
			return &f.res.Sources[i]
		}
	}
	f.t.Fatalf("no source %q in %v", desc, f.descriptions())
	return nil
}

func (f *fixture) descriptions() []string {
	var out []string
	for _, s := range f.res.Sources {
		out = append(out, s.ID+":"+s.Description+"("+string(s.Type)+")")
	}
	return out
}
