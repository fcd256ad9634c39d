package postag

import (
	"strings"
	"testing"
)

func TestTagSentence(t *testing.T) {
	cases := []struct{ sent, want string }{
		{"The company denied the allegations", "DT NN VBD DT NNS"},
		{"She has never met him", "PRP VBZ RB VBN PRP"},
		{"Officials could not confirm the alleged plot", "NNS MD RB VB DT JJ NN"},
	}
	for _, c := range cases {
		var got []string
		for _, tag := range Default().Tag(strings.Fields(c.sent), nil) {
			got = append(got, tag.String())
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: got %s, want %s", c.sent, g, c.want)
		}
	}
}

func TestLemma(t *testing.T) {
	cases := []struct {
		word string
		tag  Tag
		want string
	}{
		{"denied", VBD, "deny"}, {"rejected", VBD, "reject"}, {"disputed", VBN, "dispute"},
		{"rebutted", VBD, "rebut"}, {"allegations", NNS, "allegation"}, {"told", VBD, "tell"},
		{"dismisses", VBZ, "dismiss"}, {"refuting", VBG, "refute"}, {"called", VBD, "call"},
		{"Reports", NNS, "report"}, {"is", VBZ, "be"}, {"accusations", NNS, "accusation"},
	}
	for _, c := range cases {
		if got := Lemma(c.word, c.tag); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.word, c.tag, got, c.want)
		}
	}
}
