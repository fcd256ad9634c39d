package ledger

import (
	"slices"
	"testing"
)

// A story in the shape of the sample: unnamed officials, unnamed sources
// referred back to, an unnamed official with "the official", a quotation
// whose speaker is named at its end, and institutions that deny.
func TestGroupsBackReferences(t *testing.T) {
	f := newFixture(t, [][]string{
		{"Senior officials, speaking anonymously, said the port would close.", "Madrid denied the claim."},
		{"The paper said the plan came from “two naval sources with knowledge of the talks.”"},
		{"According to the sources, the closure was planned in March."},
		{"A Spanish official said talks had stalled.", "The harbour is old."},
		{"However, the official said the mayor might relent."},
		{"“We expected this.", "It was always going to happen,” said the Spanish official."},
		{"One of the naval sources said the fleet would leave."},
	},
		fx{0, AnonymousSource, "Senior officials, speaking anonymously, said", "speaking anonymously"},
		fx{1, Denial, "denied the claim", "denied"},
		fx{2, AnonymousSource, "two naval sources with knowledge of the talks", "sources"},
		fx{3, AnonymousSource, "According to the sources", "According to"},
		fx{4, AnonymousSource, "A Spanish official said", "said"},
		fx{6, AnonymousSource, "the official said", "said"},
		fx{8, AnonymousSource, "said the Spanish official", "said"},
		fx{9, AnonymousSource, "One of the naval sources said", "said"},
	)
	f.build()
	t.Log(f.descriptions())
	want := map[string]struct {
		typ   Type
		sents []int
	}{
		"Senior officials": {UnnamedGroup, []int{0}},
		"Madrid":           {NamedInstitution, []int{1}},
		"two naval sources with knowledge of the talks": {UnnamedGroup, []int{2, 3, 9}},
		"A Spanish official":                            {UnnamedPerson, []int{4, 6, 7, 8}},
		// A relay counts twice: the paper passes on the naval sources.
		"The paper": {NamedInstitution, []int{2}},
	}
	if len(f.res.Sources) != len(want) {
		t.Fatalf("got %d sources %v, want %d", len(f.res.Sources), f.descriptions(), len(want))
	}
	for d, w := range want {
		s := f.source(d)
		if s.Type != w.typ || !slices.Equal(s.Sentences, w.sents) {
			t.Errorf("%q: got %s %v, want %s %v", d, s.Type, s.Sentences, w.typ, w.sents)
		}
	}
	// Sorted by sentences resting on each; IDs follow first mention.
	if f.res.Sources[0].Description != "A Spanish official" || f.res.Sources[0].ID != "s5" {
		t.Errorf("first source %s %q, want s5 A Spanish official", f.res.Sources[0].ID, f.res.Sources[0].Description)
	}
	if f.source("Senior officials").ID != "s1" || f.source("Madrid").ID != "s2" {
		t.Errorf("IDs not in order of first mention: %v", f.descriptions())
	}
	for i, fl := range f.a.Flags {
		src := f.res.FlagSource[i]
		if src < 0 || src >= len(f.res.Sources) {
			t.Errorf("flag %d (kind %d) has no source", i, fl.Kind)
			continue
		}
		if !slices.Contains(f.res.Sources[src].Sentences, fl.Sentence) {
			t.Errorf("flag %d points at %s, which does not hold its sentence %d", i, f.res.Sources[src].ID, fl.Sentence)
		}
	}
	if got := f.sourcesOf(5); got != nil {
		t.Errorf("the writer's own sentence got sources %v", got)
	}
}

func TestNamedPeopleAndInstitutions(t *testing.T) {
	f := newFixture(t, [][]string{
		{"Lindsey Graham, who sits on the committee, said the inquiry must go on."},
		{"Graham said he was confident.", "He said it twice."},
		{"The Kremlin has denied meddling.", "A Foreign Ministry spokeswoman said the claims were absurd."},
		{"Sen. Mark Warner said nothing had changed."},
	},
		fx{0, NamedSource, "Lindsey Graham", ""},
		fx{1, NamedSource, "Graham said", "said"},
		fx{2, NamedSource, "He said", "said"},
		fx{3, Denial, "has denied meddling", "denied"},
		fx{4, NamedSource, "A Foreign Ministry spokeswoman said", "said"},
		fx{5, NamedSource, "Sen. Mark Warner said", "said"},
	)
	f.build()
	t.Log(f.descriptions())
	g := f.source("Lindsey Graham")
	if g.Type != NamedPerson || !slices.Equal(g.Sentences, []int{0, 1, 2}) {
		t.Errorf("Graham: %s %v", g.Type, g.Sentences)
	}
	if k := f.source("The Kremlin"); k.Type != NamedInstitution {
		t.Errorf("Kremlin type %s", k.Type)
	}
	if m := f.source("A Foreign Ministry spokeswoman"); m.Type != NamedInstitution {
		t.Errorf("spokeswoman type %s", m.Type)
	}
	if w := f.source("Sen. Mark Warner"); w.Type != NamedPerson {
		t.Errorf("Warner type %s", w.Type)
	}
}

// Near-misses: an indefinite phrase is a new source even with the same
// head; a pronoun with no antecedent names nobody; a plural back-reference
// does not join a single person.
func TestKeepsDistinctSourcesApart(t *testing.T) {
	f := newFixture(t, [][]string{
		{"A diplomat said the ships had left.", "Another diplomat said they had not."},
		{"They say the port is closed."},
		{"Experts say prices will rise.", "The diplomats said nothing more."},
	},
		fx{0, AnonymousSource, "A diplomat said", "said"},
		fx{1, AnonymousSource, "Another diplomat said", "said"},
		fx{2, AnonymousSource, "They say", "say"},
		fx{3, AnonymousSource, "Experts say", "say"},
		fx{4, AnonymousSource, "The diplomats said", "said"},
	)
	f.build()
	t.Log(f.descriptions())
	if got := f.sourcesOf(1); !slices.Equal(got, []string{"Another diplomat"}) {
		t.Errorf("sentence 1 sources %v, want the second diplomat", got)
	}
	if got := f.sourcesOf(2); got != nil {
		t.Errorf("'They' with no plural antecedent joined %v", got)
	}
	if f.res.FlagSource[2] != -1 {
		t.Errorf("unresolved pronoun flag has source %d, want -1", f.res.FlagSource[2])
	}
	if got := f.sourcesOf(4); !slices.Equal(got, []string{"The diplomats"}) {
		t.Errorf("plural back-reference joined %v, want a new source", got)
	}
}

func TestFlagsWithoutSourceAreMinusOne(t *testing.T) {
	f := newFixture(t, [][]string{{"Prices may rise.", "Advertisement"}},
		fx{0, OtherFlag, "may rise", "may"}, fx{1, OtherFlag, "Advertisement", ""})
	f.build()
	if len(f.res.Sources) != 0 {
		t.Fatalf("sources %v from no attribution", f.descriptions())
	}
	for i := range f.a.Flags {
		if f.res.FlagSource[i] != -1 {
			t.Errorf("flag %d Source %d, want -1", i, f.res.FlagSource[i])
		}
	}
}

// TestQuotedDenialRestsOnTheSpeaker: a denial inside a quotation that
// runs on from an attributed one is the speaker's, not its clause's
// subject's ("Governor Alan Reyes was never a topic" is Marta Osei's); outside quotation marks the subject before a denial's verb
// is the denier ("The ministry denied the report").
func TestQuotedDenialRestsOnTheSpeaker(t *testing.T) {
	fx := newFixture(t, [][]string{{
		`"We kept every record," Marta Osei said at the hearing.`,
		`"As the minutes I handed over show, Governor Alan Reyes was never a topic of our talks.`,
		`I was not at the board meeting in March."`,
	}, {
		`The ministry denied the report.`,
	}},
		fx{sent: 0, kind: NamedSource, span: "Marta Osei said"},
		fx{sent: 1, kind: Denial, span: "Governor Alan Reyes was never a topic", cue: "never"},
		fx{sent: 2, kind: Denial, span: "I was not at the board meeting", cue: "not"},
		fx{sent: 3, kind: Denial, span: "The ministry denied", cue: "denied"},
	)
	fx.build()
	for si, want := range []string{"Marta Osei", "Marta Osei", "Marta Osei", "The ministry"} {
		if got := fx.sourcesOf(si); len(got) != 1 || got[0] != want {
			t.Errorf("sentence %d rests on %q, want %q", si, got, want)
		}
	}
}
