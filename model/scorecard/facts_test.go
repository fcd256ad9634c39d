package scorecard

import "testing"

// Read finds each sentence class, the first attack word (the longest at
// its position), and a name past the first word of the sentence or of a
// quotation.
func TestRead(t *testing.T) {
	cases := []struct {
		sent    string
		classes uint8
		attack  string
		names   bool
	}{
		{"An aide, who was not authorized to speak, said so.", reasonPhrase, "", false},
		{"People familiar with the matter said so.", knowsPhrase, "", false},
		{"A banker who attended the meeting said so.", basisPhrase, "", false},
		{"Aides said Director Paul Brandt covered up the losses.", allegationWord, "", true},
		{"The firm rejected the claim outright.", responsePhrase, "", false},
		{"One aide said Governor Lee was erratic and dishonest.", attackWord, "erratic", true},
		{"Staff called him incompetent, and later erratic.", attackWord, "incompetent", false},
		// Only the sentence's first word, or a quotation's, is no name.
		{"Brandt left.", 0, "", false},
		{"“Brandt left,” she said.", 0, "", false},
		{"He said “Brandt left.”", 0, "", false},
		{"He said Brandt left.", 0, "", true},
		{"But the firm left.", 0, "", false},
		{"The firm, But left.", 0, "", false},
	}
	for _, c := range cases {
		var f Facts
		Read(&f, testTokens(c.sent, Span{Start: 0, End: len(c.sent)}))
		if !f.IsRead() {
			t.Errorf("%q: not marked read", c.sent)
		}
		if f.classes != c.classes {
			t.Errorf("%q: classes %06b, want %06b", c.sent, f.classes, c.classes)
		}
		if got := c.sent[f.attack.Start:f.attack.End]; got != c.attack {
			t.Errorf("%q: attack %q, want %q", c.sent, got, c.attack)
		}
		if f.namesSomeone != c.names {
			t.Errorf("%q: names someone %v, want %v", c.sent, f.namesSomeone, c.names)
		}
	}
}

// A description is bare when its every word is an empty modifier or a
// generic head, a possessive's stem included.
func TestBareDescription(t *testing.T) {
	for words, want := range map[string]bool{
		"a senior official":        true,
		"sources":                  true,
		"the officials'":           true,
		"a treasury official":      false,
		"kyiv's officials":         false,
		"two people's officials":   true,
		"the ministry's officials": false,
	} {
		s := Source{Words: testWords(words, Span{Start: 0, End: len(words)})}
		if got := bareDescription(&s); got != want {
			t.Errorf("%q (%v): bare %v, want %v", words, s.Words, got, want)
		}
	}
}
