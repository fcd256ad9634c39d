package scorecard

import (
	"strings"
	"testing"
)

// TestCheckAnswersAgree: a count of one takes a singular noun and verb,
// the part of a whole its own verb ("1 of 1 attributed sentence rests",
// not "1 of 1 attributed sentences rest"; "1 carries", not "1 carry").
func TestCheckAnswersAgree(t *testing.T) {
	f := newFixture(t, [][]string{{"An official said the plan had allegedly failed."}},
		fx{0, anonymous, "An official said", "said"}, fx{0, uncertainty, "allegedly failed", "allegedly"})
	var all []string
	for _, c := range Run(f.in) {
		all = append(all, c.Answer)
	}
	text := strings.Join(all, "\n")
	for _, bad := range []string{"1 attributed sentences", "1 carry ", "1 of 1 attributed sentence (100%) rest "} {
		if strings.Contains(text, bad) {
			t.Errorf("an answer says %q:\n%s", bad, text)
		}
	}
	for _, good := range []string{"1 of 1 attributed sentence (100%) rests on anonymous sources", "Of 1 attributed sentence, 1 carries"} {
		if !strings.Contains(text, good) {
			t.Errorf("no answer says %q:\n%s", good, text)
		}
	}
}
