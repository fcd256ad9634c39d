package lexicon

import (
	"slices"
	"testing"

	"github.com/caveat-reader/caveat/model/text"
)

func TestLoad(t *testing.T) {
	if _, err := load(); err != nil {
		t.Fatal(err)
	}
}

func TestMatchInflected(t *testing.T) {
	l := Default()
	cases := []struct {
		class, sent string
		at, end     int
	}{
		{"deny_verb", "He denied it", 1, 2},
		{"deny_verb", "She brushed off the report", 1, 3},
		{"deny_verb", "They are rebutting it", 2, 3},
		{"deny_verb", "He disputes that", 1, 2},
		{"claim_noun", "the allegations", 1, 2},
		{"dismissive", "a witch hunt", 1, 3},
		{"deny_verb", "He denounced it", 1, -1},
		{"view_verb", "Officials admitted it", 1, 2}, // a listed doubled consonant
		{"view_verb", "Officials are admitting it", 2, 3},
		{"view_verb", "Officials admited it", 1, -1},
		{"call_verb", "The ministry labelled it a smear", 2, 3}, // British doubled "l"
		{"call_verb", "The ministry labeled it a smear", 2, 3},
		{"call_verb", "The ministry is labelling it a smear", 3, 4},
	}
	for _, c := range cases {
		toks := text.Tokenize(c.sent, text.Span{Start: 0, End: len(c.sent)}, nil)
		if got := l.Class(c.class).Match(toks, c.at); got != c.end {
			t.Errorf("%s in %q at %d: got %d, want %d", c.class, c.sent, c.at, got, c.end)
		}
	}
}

func TestParseRejects(t *testing.T) {
	bad := map[string]string{
		"unsorted":  "# rules: x\n# pos: word\nb\na\n",
		"no rules":  "# pos: word\na\n",
		"bad pos":   "# rules: x\n# pos: adverb\na\n",
		"duplicate": "# rules: x\n# pos: word\na\na\n",
	}
	for name, data := range bad {
		if _, err := parseClass(name, data, nil); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestCheckRules(t *testing.T) {
	l := Default()
	if err := l.CheckRules(func(id string) bool { return id != "deny.not_true" }); err == nil {
		t.Error("a class naming an unknown rule passed")
	}
}

// TestWordsAndEntries: a class lists its single-word forms (for callers
// that index them) and its entries as written, phrases included.
func TestWordsAndEntries(t *testing.T) {
	c := Default().Class("place_name")
	words, entries := c.Words(), c.Entries()
	if !slices.Contains(words, "russia") || slices.Contains(words, "north") {
		t.Errorf("place_name words: want russia, not the first word of a phrase: %v", words)
	}
	if !slices.Contains(entries, "north korea") || !slices.Contains(entries, "russia") {
		t.Errorf("place_name entries lack a phrase or a word: %v", entries)
	}
}
