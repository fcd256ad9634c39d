package detect

import (
	"os"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model/lexicon"
	"github.com/caveat-reader/caveat/model/text"
)

// TestExamples runs the example sentences of examples.tsv: each rule
// fires on its + sentences and not on its - sentences, and every
// registered rule has both.
func TestExamples(t *testing.T) {
	b, err := os.ReadFile("examples.tsv")
	if err != nil {
		t.Fatal(err)
	}
	pos, neg := map[string]int{}, map[string]int{}
	// The parser as package model makes it, with its verbs of telling
	// ("told the court in a filing that …").
	p := text.NewParser().WithTellVerbs(lexicon.Default().Class("tell_verb").HasWord)
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[1] != "+" && f[1] != "-" {
			t.Fatalf("examples.tsv:%d: want rule, +/-, sentence", n+1)
		}
		rule, want, sent := f[0], f[1] == "+", f[2]
		if want {
			pos[rule]++
		} else {
			neg[rule]++
		}
		// "story || sentence": the sentences before the last are the
		// story so far, run first, so rules that remember (Parties)
		// have it.
		story := strings.Split(sent, " || ")
		sent = story[len(story)-1]
		parties := &Parties{}
		for _, before := range story[:len(story)-1] {
			s := p.Parse(before, text.Span{Start: 0, End: len(before)}).Structure()
			Detect(s, Context{Quoted: quotedTokens(s), Parties: parties}, nil)
			parties.NoteNames(capitalised(s))
			spoke(s, parties)
		}
		s := p.Parse(sent, text.Span{Start: 0, End: len(sent)}).Structure()
		got := false
		last := sent[len(sent)-1]
		headline := last != '.' && last != '?' && last != '!'
		for _, h := range Detect(s, Context{Quoted: quotedTokens(s), Headline: headline, Parties: parties}, nil) {
			if h.Rule == rule {
				got = true
			}
		}
		if got != want {
			t.Errorf("%s on %q: fired %v, want %v\n  %s", rule, sent, got, want, s.Describe())
		}
	}
	for _, id := range RuleIDs() {
		if pos[id] == 0 || neg[id] == 0 {
			t.Errorf("rule %s has %d positive and %d negative examples; want both", id, pos[id], neg[id])
		}
	}
}

// spoke tells parties who speaks in s, as package model does from its
// attributions: here the subject of the first verb of saying.
func spoke(s *text.Sentence, parties *Parties) {
	d := &detector{s: s, ctx: Context{Quoted: quotedTokens(s)}}
	for _, g := range s.Verbs {
		if d.quoted(g.Head) || !clsSpeechVerb.Has(s.Tokens[g.Head]) {
			continue
		}
		sp := s.Clauses[s.ClauseAt(g.Head)].Subject
		if sp < 0 && g.To < len(s.Tokens) {
			sp = s.ChunkAt(g.To) // "…,” said the club"
		}
		if sp >= 0 {
			c := s.Chunks[sp]
			var words []string
			var caps []bool
			for k := c.From; k < c.To; k++ {
				words = append(words, s.Tokens[k].Lower)
				caps = append(caps, s.Tokens[k].Cap)
			}
			parties.Spoke(words, caps)
		}
		return
	}
}

// capitalised returns the sentence's capitalised words after its first,
// lower-cased, as model gives them to Parties.NoteNames.
func capitalised(s *text.Sentence) []string {
	var out []string
	for i, t := range s.Tokens {
		if i > 0 && t.Word && t.Cap {
			out = append(out, t.Lower)
		}
	}
	return out
}

// quotedTokens marks the tokens between curly quotation marks.
func quotedTokens(s *text.Sentence) []bool {
	q := make([]bool, len(s.Tokens))
	in := false
	for i, t := range s.Tokens {
		switch t.Lower {
		case "“":
			in = true
			continue
		case "”":
			in = false
			continue
		}
		q[i] = in
	}
	return q
}
