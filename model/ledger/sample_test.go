package ledger_test

import (
	"github.com/caveat-reader/caveat/model"

	"os"
	"path/filepath"
	"slices"
	"testing"
)

// On the bundled sample the ledger finds the unnamed Russian officials and
// sources, the unnamed US official, Washington and Kyiv as the sources of
// their sentences (indices as in ../../../shared/corpus/seed).
func TestLedgerSample(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "articles", "samples", "ceasefire-backchannel.txt"))
	if err != nil {
		t.Fatal("the bundled sample is part of the repo:", err)
	}
	a := model.Analyze(string(b))
	find := func(sent int, typ model.SourceType) *model.Source {
		for i := range a.Sources {
			if a.Sources[i].Type == typ && slices.Contains(a.Sources[i].Sentences, sent) {
				return &a.Sources[i]
			}
		}
		return nil
	}
	cases := []struct {
		name  string
		typ   model.SourceType
		sents []int
	}{
		{"Russian officials", model.UnnamedGroup, []int{0}},
		{"three Russian sources with knowledge of the discussions", model.UnnamedGroup, []int{2, 3, 7, 8}},
		{"A US official", model.UnnamedPerson, []int{9, 14}},
		{"A Russian source", model.UnnamedPerson, []int{15, 16, 17}},
		{"Washington", model.NamedInstitution, []int{1}},
	}
	for _, c := range cases {
		s := find(c.sents[0], c.typ)
		if s == nil {
			t.Errorf("no %s source for sentence %d (want %q)", c.typ, c.sents[0], c.name)
			continue
		}
		if s.Description != c.name || !slices.Equal(s.Sentences, c.sents) {
			t.Errorf("got %q %v, want %q %v", s.Description, s.Sentences, c.name, c.sents)
		}
		if a.Text[s.Mention.Start:s.Mention.End] != s.Description {
			t.Errorf("%q: Mention span holds %q", s.Description, a.Text[s.Mention.Start:s.Mention.End])
		}
	}
	// Kyiv's stated position (sentence 22) rests on Kyiv.
	if s := find(22, model.NamedInstitution); s == nil || s.Description != "Kyiv" {
		t.Errorf("sentence 22 should rest on Kyiv, got %+v", s)
	}
	// Sentences in the writer's voice rest on no one.
	for _, si := range []int{4, 5, 13, 20, 24, 25} {
		for _, s := range a.Sources {
			if slices.Contains(s.Sentences, si) {
				t.Errorf("writer's sentence %d attributed to %q", si, s.Description)
			}
		}
	}
	for i, f := range a.Flags {
		if f.Kind == model.AnonymousSource && (f.Source < 0 || !a.Sources[f.Source].Type.Anonymous()) {
			t.Errorf("anonymous flag %d in sentence %d has source %d", i, f.Sentence, f.Source)
		}
	}
}
