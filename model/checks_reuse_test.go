package model

import (
	"slices"
	"testing"
)

// detectorAsScan reads tokenize's tokens of text as scanDetectorFacts
// does: norm as Key, !word as Punct, cap as Upper.
func detectorAsScan(toks []token) []scanToken {
	var out []scanToken
	for _, t := range toks {
		out = append(out, scanToken{Span: Span{t.start, t.end}, Key: t.norm, Punct: !t.word, Upper: t.cap})
	}
	return out
}

// checkAgree fails when tokenize vouches for text but the two tokenisers
// split it differently, or the scorecard's facts read from the
// detector's tokens differ from those read from the ledger's. It returns
// whether tokenize vouched.
func checkAgree(t *testing.T, text string) bool {
	t.Helper()
	lower := asciiLower(text)
	dt, same := tokenize(text, lower, 0, len(text), lex.table, nil)
	if !same {
		return false
	}
	want := appendScanTokens(nil, text, lower, Span{0, len(text)})
	if got := detectorAsScan(dt); !slices.Equal(got, want) {
		t.Errorf("%q: detector tokens %v, ledger tokens %v", text, got, want)
	}
	var fl, fd checkFacts
	scanCheckFacts(&fl, want)
	scanDetectorFacts(&fd, dt)
	if fl != fd {
		t.Errorf("%q: facts from detector tokens %+v, from ledger tokens %+v", text, fd, fl)
	}
	return true
}

func TestTokenizeSameAsScan(t *testing.T) {
	for _, c := range []struct {
		text  string
		agree bool
	}{
		{`Officials said the U.S. plan, which didn't pass, was "dead."`, true},
		{"“We don’t know,” a senior official said — off the record…", true},
		{"The officials’ view cost £22 million.", true},
		{"It cost 22,000 dollars.", false},
		{"AT&T declined to comment.", false},
		{"See [the report](http://example.com/x) today.", false},
		{"A list [1] (two) and 2, 3.", true},
		{"Pay 3, 5 or x & y now.", true},
		{"Pay x&y now.", false},
		{"Le ministre a déclaré que non.", false},
		{"A non‑breaking hyphen.", false},
		{"Bell\x07 rang.", false},
		{`Critics said, without giving evidence, that "Smith" lied.`, true},
		{"He was smeared by anonymous sources who would not be named.", true},
	} {
		if got := checkAgree(t, c.text); got != c.agree {
			t.Errorf("tokenize(%q) same = %v, want %v", c.text, got, c.agree)
		}
	}
}

func FuzzDetectorFacts(f *testing.F) {
	for _, s := range []string{"Sources said, “it’s over.”", "U.S.-based firm’s CEO", "a 2,0 b", "x ’y’ z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkAgree(t, text) })
}

// TestScorecardFactsFromDetector: over the corpus, the facts Analyze
// takes from the detector's tokens equal those the scorecard reads by
// tokenising each sentence itself, and most sentences are taken over.
func TestScorecardFactsFromDetector(t *testing.T) {
	taken, all := 0, 0
	for _, d := range loadCorpus(t, "dev", "seed") {
		z := newAnalyzer(d.text)
		z.run()
		for si, s := range z.a.Sentences {
			all++
			got := z.facts[si]
			if !got.scanned {
				continue
			}
			taken++
			var want checkFacts
			scanCheckFacts(&want, appendScanTokens(nil, d.text, z.lower, s.Span))
			if got != want {
				t.Errorf("%q: facts %+v, want %+v", d.text[s.Start:s.End], got, want)
			}
		}
	}
	if all > 0 && taken < all/2 {
		t.Errorf("detector facts used for %d of %d sentences", taken, all)
	}
}
