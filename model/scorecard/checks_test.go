package scorecard

import (
	"slices"
	"testing"
)

// Each check: an article that raises it and a near-miss that does not,
// built by hand as the detector would leave them.
func TestChecks(t *testing.T) {
	type tc struct {
		name   string
		paras  [][]string
		flags  []fx
		check  string
		raised bool
		sents  []int // sentences the check must cite when raised
	}
	cases := []tc{
		{"reason missing", [][]string{{"A senior Defence Ministry official said the base would close."}},
			[]fx{{0, anonymous, "A senior Defence Ministry official said", "said"}}, "anonymity_reason", true, []int{0}},
		{"reason given", [][]string{{"A senior Defence Ministry official, who was not authorized to speak publicly, said the base would close."}},
			[]fx{{0, anonymous, "A senior Defence Ministry official, who was not authorized to speak publicly, said", "said"}}, "anonymity_reason", false, nil},
		{"reason in a later sentence", [][]string{{"Two aides to the mayor said the budget was cut.", "The aides spoke on condition of anonymity because the talks are private."}},
			[]fx{{0, anonymous, "Two aides to the mayor said", "said"}, {1, anonymous, "The aides spoke", "spoke"}}, "anonymity_reason", false, nil},

		{"only a source", [][]string{{"A source said the deal was off."}},
			[]fx{{0, anonymous, "A source said", "said"}}, "source_precise", true, []int{0}},
		{"a senior official is still generic", [][]string{{"A senior official said the deal was off."}},
			[]fx{{0, anonymous, "A senior official said", "said"}}, "source_precise", true, []int{0}},
		{"described by affiliation", [][]string{{"A Treasury official said the deal was off."}},
			[]fx{{0, anonymous, "A Treasury official said", "said"}}, "source_precise", false, nil},

		{"only familiar with", [][]string{{"People familiar with the matter said the bid was withdrawn."}},
			[]fx{{0, anonymous, "People familiar with the matter said", "said"}}, "basis_of_knowledge", true, []int{0}},
		{"attended the meeting", [][]string{{"A banker who attended the meeting said the bid was withdrawn."}},
			[]fx{{0, anonymous, "A banker who attended the meeting said", "said"}}, "basis_of_knowledge", false, nil},

		{"sources then the source", [][]string{{"Sources said the plant would shut.", "The source added that jobs would go."}},
			[]fx{{0, anonymous, "Sources said", "said"}, {1, anonymous, "The source added", "added"}}, "plural_sources", true, []int{0, 1}},
		{"sources beside a source", [][]string{{"Sources said the plant would shut.", "A source said jobs would go."}},
			[]fx{{0, anonymous, "Sources said", "said"}, {1, anonymous, "A source said", "said"}}, "plural_sources", true, []int{0, 1}},
		{"one of three sources", [][]string{{"Three sources said the plant would shut.", "One of the sources said jobs would go."}},
			[]fx{{0, anonymous, "Three sources said", "said"}, {1, anonymous, "One of the sources said", "said"}}, "plural_sources", false, nil},

		{"anonymous lead", [][]string{{"Plant to close"}, {"The plant will close next year, two company engineers said.", "The company denied the report."}},
			[]fx{{1, anonymous, "two company engineers said", "said"}, {2, denial, "denied the report", "denied"}}, "lead_anonymous", true, []int{1}},
		{"named lead", [][]string{{"Plant to close"}, {"The plant will close next year, Mayor Ana Ruiz said.", "Engineers said it was old."}},
			[]fx{{1, named, "Mayor Ana Ruiz said", "said"}, {2, anonymous, "Engineers said", "said"}}, "lead_anonymous", false, nil},

		{"allegation unanswered", [][]string{{"Two former employees said Director Paul Brandt covered up the losses."}},
			[]fx{{0, anonymous, "Two former employees said", "said"}}, "allegation_answered", true, []int{0}},
		{"allegation met by no comment", [][]string{{"Two former employees said Director Paul Brandt covered up the losses.", "Brandt did not respond to a request for comment."}},
			[]fx{{0, anonymous, "Two former employees said", "said"}, {1, noComment, "did not respond to a request for comment", "did not respond"}}, "allegation_answered", false, nil},

		{"anonymous source characterises", [][]string{{"One aide said Governor Lee was erratic in meetings."}},
			[]fx{{0, anonymous, "One aide said", "said"}}, "anonymous_attack", true, []int{0}},
		{"named source characterises", [][]string{{"Senator Ada Cole said Governor Lee was erratic in meetings."}},
			[]fx{{0, named, "Senator Ada Cole said", "said"}}, "anonymous_attack", false, nil},
		{"anonymous source on a fact", [][]string{{"One aide said Governor Lee left at noon."}},
			[]fx{{0, anonymous, "One aide said", "said"}}, "anonymous_attack", false, nil},

		{"mostly anonymous", [][]string{{"Two diplomats said talks had failed.", "A Foreign Office spokesman said talks went on."}, {"The diplomats said a deal was far off."}},
			[]fx{{0, anonymous, "Two diplomats said", "said"}, {1, named, "A Foreign Office spokesman said", "said"}, {2, anonymous, "The diplomats said", "said"}}, "share_anonymous", true, []int{0, 2}},
		{"mostly named", [][]string{{"Ana Ruiz said talks had failed.", "Ruiz said a deal was far off.", "A diplomat said talks went on."}},
			[]fx{{0, named, "Ana Ruiz said", "said"}, {1, named, "Ruiz said", "said"}, {2, anonymous, "A diplomat said", "said"}}, "share_anonymous", false, nil},

		{"mostly hedged", [][]string{{"Ana Ruiz said the ship may have sunk.", "Ruiz said it could be lost."}},
			[]fx{{0, named, "Ana Ruiz said", "said"}, {0, uncertainty, "may have sunk", "may"}, {1, named, "Ruiz said", "said"}, {1, uncertainty, "could be lost", "could"}}, "share_unverified", true, []int{0, 1}},
		{"plainly stated", [][]string{{"Ana Ruiz said the ship sank.", "Ruiz said it was lost."}},
			[]fx{{0, named, "Ana Ruiz said", "said"}, {1, named, "Ruiz said", "said"}}, "share_unverified", false, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, c.paras, c.flags...)
			got := f.check(c.check)
			if got.Raised != c.raised {
				t.Errorf("%s raised=%v, want %v: %s (sources %v)", c.check, got.Raised, c.raised, got.Answer, f.descriptions())
			}
			if c.raised && !slices.Equal(got.Sentences, c.sents) {
				t.Errorf("%s cites %v, want %v: %s", c.check, got.Sentences, c.sents, got.Answer)
			}
			if got.Question == "" || got.Standard == "" || got.Answer == "" {
				t.Errorf("%s lacks question, standard or answer: %+v", c.check, got)
			}
		})
	}
}
