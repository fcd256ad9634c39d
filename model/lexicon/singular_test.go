package lexicon

import "testing"

func TestSingular(t *testing.T) {
	for in, want := range map[string]string{
		"companies": "company", "officials": "official", "people": "person",
		"witness": "witness", "bus": "bus", "is": "is", "critic": "critic",
		"women": "woman", "men": "man", "persons": "person", "children": "child",
	} {
		if got := Singular(in); got != want {
			t.Errorf("Singular(%q) = %q, want %q", in, got, want)
		}
	}
}
