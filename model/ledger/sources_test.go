package ledger

import (
	"slices"
	"testing"
)

// Data and documents are not people: data names no source, a document
// rests on its author, typed as the author is (annotation guide, the
// source ledger), and an unlisted plural role is a group.
func TestDataAndDocumentsAreNotPeople(t *testing.T) {
	f := newFixture(t, [][]string{
		{"Prices will rise, according to early estimates.", "According to the city's budget, the deficit will grow."},
		{"A UN report found the camps were full.", "Local fishermen said the port was shut."},
		{"The victim's brother said he was shocked."},
	})
	f.build()
	t.Log(f.descriptions())
	if got := f.sourcesOf(0); got != nil {
		t.Errorf("estimates became a source: %v", got)
	}
	for _, c := range []struct {
		desc string
		typ  Type
		sent int
	}{
		{"the city", NamedInstitution, 1},
		{"UN", NamedInstitution, 2},
		{"Local fishermen", UnnamedGroup, 3},
		{"The victim's brother", NamedPerson, 4},
	} {
		s := f.source(c.desc)
		if s.Type != c.typ || !slices.Equal(s.Sentences, []int{c.sent}) {
			t.Errorf("%q: %s %v, want %s [%d]", c.desc, s.Type, s.Sentences, c.typ, c.sent)
		}
	}
}

// A lone capitalised word stands for a party already met ("Trump himself"
// after "President Trump", whom "he" then means), never introduces one,
// and one qualifying a noun ("VHS video") is no antecedent for "the firm".
func TestLoneNamesAndPronouns(t *testing.T) {
	f := newFixture(t, [][]string{
		{"Senator Ana Ruiz spoke first.", "A Spanish official said talks had stalled."},
		{"Ruiz herself seemed to doubt it in an interview in which she said the port would close."},
		{"Leisure group Rank made a loss, moving to DVDs from VHS video.", "The firm said it would recover."},
	})
	f.build()
	t.Log(f.descriptions())
	if got := f.sourcesOf(2); !slices.Equal(got, []string{"Senator Ana Ruiz"}) {
		t.Errorf("'she' after 'Ruiz herself' rests on %v, want Senator Ana Ruiz", got)
	}
	if got := f.sourcesOf(4); len(got) != 1 || got[0] == "VHS" {
		t.Errorf("'the firm' joined %v, want Rank", got)
	}
	if s := f.source(f.sourcesOf(4)[0]); s.Type != NamedInstitution {
		t.Errorf("Rank typed %s", s.Type)
	}
}

// A refusal quoted ("“We are not commenting,” he said") rests on no one,
// though its speaker resolves.
func TestQuotedRefusalIsNotAttributed(t *testing.T) {
	f := newFixture(t, [][]string{
		{"Ana Ruiz said the port would close."},
		{"“We are not commenting on this,” she said."},
	}, fx{1, NoComment, "not commenting", ""})
	f.build()
	if got := f.sourcesOf(1); got != nil {
		t.Errorf("a quoted refusal rests on %v", got)
	}
}

// Names and types: a party named by one word alone and never as a person
// is an organisation ("Toyota"); a surname that is also a body's word
// stays a person's ("Kevin Downing"); "X of <place>" is a body; a
// capitalised opener ("Neither", "Both", "Holding") starts no name.
func TestNamesAndTypes(t *testing.T) {
	f := newFixture(t, [][]string{
		{"Toyota said sales rose.", "Kevin Downing said his client was innocent."},
		{"Blue Cross Blue Shield of Michigan said premiums would rise.", "Ana Ruiz said no more."},
		{"Neither Ruiz nor her aides would say more.", "Ruiz said the port would close."},
		{"Both men said they were innocent."},
	})
	f.build()
	t.Log(f.descriptions())
	for desc, typ := range map[string]Type{
		"Toyota": NamedInstitution, "Kevin Downing": NamedPerson,
		"Blue Cross Blue Shield of Michigan": NamedInstitution, "Ana Ruiz": NamedPerson, "Both men": UnnamedGroup,
	} {
		if s := f.source(desc); s.Type != typ {
			t.Errorf("%q typed %s, want %s", desc, s.Type, typ)
		}
	}
	if got := f.sourcesOf(5); !slices.Equal(got, []string{"Ana Ruiz"}) {
		t.Errorf("'Ruiz said' after 'Neither Ruiz nor' rests on %v, want Ana Ruiz", got)
	}
}

// Gender agreement: "she" skips the latest man for the latest woman,
// known by a given name as well as by a title or role noun; "he" the
// other way round. A bare title far from any name means no one yet.
func TestPronounGenderAgreement(t *testing.T) {
	f := newFixture(t, [][]string{
		{"Ana Ruiz said the port would close.", "Tom Hale said it would not.", "She added that talks would resume."},
		{"He said the ships would sail."},
		{"The fleet is old.", "The harbour is silted.", "Dredging costs money.", "The minister said a plan was ready."},
	})
	f.build()
	t.Log(f.descriptions())
	if got := f.sourcesOf(2); !slices.Equal(got, []string{"Ana Ruiz"}) {
		t.Errorf("'She added' rests on %v, want Ana Ruiz", got)
	}
	if got := f.sourcesOf(3); !slices.Equal(got, []string{"Tom Hale"}) {
		t.Errorf("'He said' rests on %v, want Tom Hale", got)
	}
	if got := f.sourcesOf(7); len(got) != 1 || got[0] == "Tom Hale" || got[0] == "Ana Ruiz" {
		t.Errorf("'The minister', sentences after any name, rests on %v", got)
	}
}

// One source, one entry, when the text equates its names: a role set
// off after a name joins a later "the deputy minister" to her however
// far; a name set off after a role is the speaker ("the company's chief
// executive, Jane Doe"), whose surname a later sentence uses.
func TestAppositivesEquateNames(t *testing.T) {
	f := newFixture(t, [][]string{
		{"Ana Ruiz, the deputy minister, said the port would close."},
		{"Tom Hale said it would not.", "Prices rose.", "Ships left.", "Rain fell."},
		{"The deputy minister said talks would resume."},
		{"The company's chief executive, Jane Doe, said profits fell.", "Doe said costs rose."},
	})
	f.build()
	t.Log(f.descriptions())
	if got := f.source("Ana Ruiz").Sentences; !slices.Equal(got, []int{0, 5}) {
		t.Errorf("Ana Ruiz rests %v, want [0 5]", got)
	}
	if got := f.source("Jane Doe").Sentences; !slices.Equal(got, []int{6, 7}) {
		t.Errorf("Jane Doe rests %v, want [6 7]", got)
	}
	if len(f.res.Sources) != 3 {
		t.Errorf("want 3 sources, got %v", f.descriptions())
	}
}

// An outlet relaying an anonymous source inside the detector's flag
// ("an insider told the outlet") keeps its own type: the flag judges
// its cue, the insider.
func TestRelayInsideAnonymousFlag(t *testing.T) {
	f := newFixture(t, [][]string{
		{"The Ledger Weekly reported the sale first.", "“The talks are over,” an insider told the outlet on Monday."},
	}, fx{1, AnonymousSource, "an insider told the outlet", "an insider"})
	f.build()
	t.Log(f.descriptions())
	if s := f.source("an insider"); s.Type != UnnamedPerson {
		t.Errorf("the insider is %s, want %s", s.Type, UnnamedPerson)
	}
	for _, s := range f.res.Sources {
		if slices.Contains(s.Sentences, 1) && s.Description != "an insider" && s.Type.Anonymous() {
			t.Errorf("the relay %q became an anonymous %s", s.Description, s.Type)
		}
	}
}

// A study's authors go by several names in turn: "the authors" and "the
// researchers" join the scientists who reported, not a vaguely counted
// group that held another view ("some scientists had suggested").
func TestResearchersJoinTheStudysAuthors(t *testing.T) {
	f := newFixture(t, [][]string{
		{"Scientists from two universities reported that the birds nested early."},
		{"The authors proposed that warmer springs were the cause."},
		{"Some scientists had suggested that food was scarcer."},
		{"The researchers estimate the birds nested a week sooner."},
	})
	f.build()
	t.Log(f.descriptions())
	authors := f.source("Scientists from two universities")
	if authors == nil || !slices.Equal(authors.Sentences, []int{0, 1, 3}) {
		t.Errorf("the authors rest on %v, want [0 1 3]; sources %v", authors, f.descriptions())
	}
	if some := f.source("Some scientists"); some == nil || !slices.Equal(some.Sentences, []int{2}) {
		t.Errorf("some scientists rest on %v, want [2]", some)
	}
}

// The ledger knows every role noun the detector flags as an unnamed
// source (anon_person, anon_group), each with its number.
func TestDetectorRolesAreSources(t *testing.T) {
	f := newFixture(t, [][]string{
		{"A villager said the water rose overnight."},
		{"Meteorologists predict landfall on Saturday."},
	})
	f.build()
	t.Log(f.descriptions())
	if s := f.source("A villager"); s == nil || s.Type != UnnamedPerson {
		t.Errorf("a villager is %v, want an unnamed person", s)
	}
	if s := f.source("Meteorologists"); s == nil || s.Type != UnnamedGroup {
		t.Errorf("meteorologists are %v, want an unnamed group", s)
	}
}
