package postag

import "testing"

func TestLemma(t *testing.T) {
	for _, c := range []struct {
		word string
		tag  Tag
		want string
	}{
		{"denies", VBZ, "deny"},
		{"denied", VBD, "deny"},
		{"denied", VBN, "deny"},
		{"denying", VBG, "deny"},
		{"allegations", NNS, "allegation"},
		{"said", VBD, "say"},
		{"Said", VBD, "say"},
		{"charged", VBN, "charge"},
		{"stopped", VBD, "stop"},
		{"claims", VBZ, "claim"},
		{"reports", NNS, "report"},
		{"was", VBD, "be"},
		{"n't", RB, "not"},
		{"Officials", NNS, "official"},
		{"Reuters", NNP, "Reuters"},
		{"forbade", VBD, "forbid"},
		{"happier", JJR, "happy"},
		{"boxes", NNS, "box"},
		{"analysis", NN, "analysis"},
	} {
		if got := Lemma(c.word, c.tag); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.word, c.tag, got, c.want)
		}
	}
}

// Every word with an exception passes the bit table that lets Lemma skip
// the look-up for the others, so no exception is ever missed.
func TestExceptedWordsPass(t *testing.T) {
	Lemma("warm", VB)
	n := 0
	for _, m := range lemmas.exceptions {
		for w := range m {
			n++
			if !lemmas.mayExcept(w) {
				t.Fatalf("%q has an exception but no bit", w)
			}
		}
	}
	if n == 0 {
		t.Fatal("no exceptions loaded")
	}
}
