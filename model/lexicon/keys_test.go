package lexicon

import (
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model/text"
)

// Keyed tokens (Keys) answer Has and Match exactly as the words do, for
// every class, at every position of a text holding every entry of every
// class, their other forms, and words of none.
func TestKeysAnswerAsWords(t *testing.T) {
	l := Default()
	var sb strings.Builder
	for _, n := range l.Classes() {
		c := l.Class(n)
		for _, e := range c.Entries() {
			sb.WriteString(e)
			sb.WriteString(" , zebra ")
		}
		for _, w := range c.Words() {
			sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
			sb.WriteString(" and ")
		}
	}
	sb.WriteString("Didn't they say the U.S. officials’ denial, 22,000 times? Ünïcode words too.")
	src := sb.String()
	plain := text.Tokenize(src, text.Span{Start: 0, End: len(src)}, nil)
	keyed := append([]text.Token(nil), plain...)
	l.Keys(keyed)
	for i := range keyed {
		if keyed[i].Key == 0 {
			t.Fatalf("token %d (%q) has no key", i, keyed[i].Lower)
		}
	}
	for _, n := range l.Classes() {
		c := l.Class(n)
		for i := range plain {
			if got, want := c.Has(keyed[i]), c.Has(plain[i]); got != want {
				t.Fatalf("%s.Has(%q): keyed %v, word %v", n, plain[i].Lower, got, want)
			}
			if got, want := c.Match(keyed, i), c.Match(plain, i); got != want {
				t.Fatalf("%s.Match at %q: keyed %d, word %d", n, plain[i].Lower, got, want)
			}
		}
	}
}

// Class finds every class by its name, and only by it, whether the name
// is asked for again from the same bytes or from a copy.
func TestClassByName(t *testing.T) {
	l := Default()
	for range 2 {
		for _, n := range l.Classes() {
			if got := l.Class(n).Name; got != n {
				t.Errorf("Class(%q) is %q", n, got)
			}
			if got := l.Class(strings.Clone(n)).Name; got != n {
				t.Errorf("Class(copy of %q) is %q", n, got)
			}
			if got := l.Class(n[:len(n)-1] + n[len(n)-1:]).Name; got != n {
				t.Errorf("Class(%q built anew) is %q", n, got)
			}
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Class of an unknown name does not panic")
		}
	}()
	l.Class("no_such_class")
}
