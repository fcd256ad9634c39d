package lexicon

import (
	"testing"

	"github.com/caveat-reader/caveat/model/text"
)

// TestMatchAcrossAdverbs: a tagged adverb (a gap_adverb, or one in -ly)
// may stand inside an entry, two at most; a negator never does, and
// untagged tokens take no gap.
func TestMatchAcrossAdverbs(t *testing.T) {
	l := Default()
	p := text.NewParser()
	cases := []struct {
		class, sent string
		at, end     int
	}{
		{"allegation_phrase", "The firms are accused of fraud.", 2, 5},
		{"allegation_phrase", "The firms are also accused of fraud.", 2, 6},
		{"allegation_phrase", "The firms are now also accused of fraud.", 2, 7},
		{"allegation_phrase", "The firms are not accused of fraud.", 2, -1},
		{"unknown_phrase", "It declined to publicly confirm that.", 1, 5},
	}
	for _, c := range cases {
		s := p.Parse(c.sent, text.Span{Start: 0, End: len(c.sent)}).Structure()
		if got := l.Class(c.class).Match(s.Tokens, c.at); got != c.end {
			t.Errorf("%s in %q at %d: got %d, want %d\n  %s", c.class, c.sent, c.at, got, c.end, s.Describe())
		}
	}
	untagged := text.Tokenize("are also accused of", text.Span{Start: 0, End: 19}, nil)
	if got := l.Class("allegation_phrase").Match(untagged, 0); got != -1 {
		t.Errorf("untagged tokens took a gap: got %d, want -1", got)
	}
	if got := l.Class("allegation_phrase").MatchWords([]string{"are", "reportedly", "accused", "of"}); got != 4 {
		t.Errorf("MatchWords over an -ly word: got %d, want 4", got)
	}
	if got := l.Class("allegation_phrase").MatchWords([]string{"are", "not", "accused", "of"}); got != 0 {
		t.Errorf("MatchWords over a negator: got %d, want 0", got)
	}
}
