package ledger

import (
	"strings"
	"testing"
)

// TestSpeakers runs the speech reader's example sentences
// (testdata/speakers.tsv): for each, the speaker phrases it reads,
// in order, relays marked.
func TestSpeakers(t *testing.T) {
	for _, line := range dataLines(t, "testdata/speakers.tsv", 10) {
		sentence, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("malformed line %q", line)
		}
		if got := speakersOf(sentence); got != want {
			t.Errorf("%q\n got  %s\n want %s", sentence, got, want)
		}
	}
}

// speakersOf reads one sentence as collectSpeech does and lists the
// descriptions of the mentions it makes.
func speakersOf(text string) string {
	toks, _ := appendToks(nil, nil, text, Span{Start: 0, End: len(text)})
	var sc sentScan
	scanSentence(text, toks, 0, 0, &sc)
	inQ := sc.in
	var out []string
	var prev string
	for _, e := range speechEvents(text, toks, inQ, sc.cues, nil) {
		var desc string
		if e.inherit && prev != "" {
			desc = prev
		} else if e.inherit {
			// No speaker before it: the sentence's subject, as Read does.
			if sp, ok := mainSubject(text, toks, inQ, e.cue); ok {
				if m, ok := mentionFromToks(text, tokensIn(toks, sp)); ok {
					desc = text[m.desc().Start:m.desc().End]
				}
			}
		} else if p := ownerPronoun(toks, e); p != "" {
			desc = text[e.region.Start:e.region.End]
		} else if m, ok := mentionFromToks(text, tokensIn(toks, e.region)); ok {
			if e.appos.End > 0 {
				m = withAppositive(text, m, tokensIn(toks, e.appos))
			}
			if e.nested && (!nestedSpeaker(m) || m.desc().End != e.region.End) {
				continue
			}
			desc = text[m.desc().Start:m.desc().End]
		}
		if desc == "" {
			continue
		}
		switch {
		case e.relay:
			desc = "relay:" + desc
		case e.nested:
			desc = "nested:" + desc
		default:
			prev = desc
		}
		out = append(out, desc)
	}
	if len(out) == 0 {
		return "-"
	}
	return strings.Join(out, " | ")
}
