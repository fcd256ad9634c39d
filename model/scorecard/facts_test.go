package scorecard

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestExamples reads examples.tsv: every sentence class and fact has an
// example of each sign, and Read answers every example as its sign says.
func TestExamples(t *testing.T) {
	b, err := os.ReadFile("examples.tsv")
	if err != nil {
		t.Fatal(err)
	}
	signs := map[string]map[string]bool{}
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 3 || p[1] != "+" && p[1] != "-" {
			t.Fatalf("examples.tsv:%d: want fact<TAB>+|-<TAB>sentence: %q", n+1, line)
		}
		fact, want, sent := p[0], p[1] == "+", p[2]
		var f Facts
		Read(&f, testTokens(sent, Span{Start: 0, End: len(sent)}))
		if !f.IsRead() {
			t.Errorf("%q: not marked read", sent)
		}
		var got bool
		switch {
		case fact == "names_someone":
			got = f.namesSomeone
		case strings.HasPrefix(fact, "attack="):
			got = f.classes&attackWord != 0 && sent[f.attack().Start:f.attack().End] == strings.TrimPrefix(fact, "attack=")
			fact = "attack_word"
		default:
			i := slices.IndexFunc(sentenceClasses, func(c sentenceClass) bool { return c.name == fact })
			if i < 0 {
				t.Fatalf("examples.tsv:%d: no fact %q", n+1, fact)
			}
			got = f.classes&sentenceClasses[i].bit != 0
		}
		if got != want {
			t.Errorf("examples.tsv:%d: %s %s %q: Read says %v (classes %06b, attack %q)", n+1, fact, p[1], sent, got, f.classes, sent[f.attack().Start:f.attack().End])
		}
		if signs[fact] == nil {
			signs[fact] = map[string]bool{}
		}
		signs[fact][p[1]] = true
	}
	facts := []string{"names_someone"}
	for _, c := range sentenceClasses {
		facts = append(facts, c.name)
	}
	for _, fact := range facts {
		if !signs[fact]["+"] || !signs[fact]["-"] {
			t.Errorf("examples.tsv: %s wants a + and a - example, has %v", fact, signs[fact])
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
