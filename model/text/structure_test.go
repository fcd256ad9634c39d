package text

import "testing"

func TestStructure(t *testing.T) {
	cases := []struct{ sent, want string }{
		{"The company denied the allegations.",
			"{main [The company] <denied> [the allegations] .}"},
		{"He said the firm had not received any subpoena.",
			"{main [He] <said>} {comp! [the firm] <had not received> [any subpoena] .}"},
		{"The inquiry, which he has called a hoax, has taken two years.",
			"{main [The inquiry] ,} {rel which [he] <has called> [a hoax] ,} {main <has taken> [two years] .}"},
		{"I did not, and I'm not aware of anyone else that did.",
			"{main! [I] <did not> ,} {coord! and [I] <'m not> [aware] of [anyone] else} {rel that <did> .}"},
		// A "that" right after a name opens what is said, not a relative.
		{"His lawyer said in an email to The Daily Courier that the striker never struck anyone.",
			"{main [His lawyer] <said> in [an email] to [The Daily Courier]} {comp! that [the striker] never <struck> [anyone] .}"},
		{"Her lawyer told The Hill that her client never struck anyone.",
			"{main [Her lawyer] <told> [The Hill]} {comp! that [her client] never <struck> [anyone] .}"},
		// A noun's content clause before the sentence has a verb; the
		// copula after it reads as a clause of its own, which the rules
		// give back to the claim noun (detect's contentCopula).
		{"The claim that the mayor met the developer is false.",
			"{main [The claim]} {ncomp that [the mayor] <met>} {comp [the developer] <is> [false] .}"},
		{"No subpoena has been issued or received.",
			"{main! [No subpoena] <has been issued> or <received> .}"},
	}
	p := NewParser()
	for _, c := range cases {
		s := p.Parse(c.sent, Span{0, len(c.sent)})
		if got := s.Describe(); got != c.want {
			t.Errorf("%q\n got %s\nwant %s", c.sent, got, c.want)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	src := "Officials said: “It didn’t happen,” adding U.S. talks—22,000 words."
	toks := Tokenize(src, Span{0, len(src)}, nil)
	for _, tk := range toks {
		if tk.Start >= tk.End || tk.End > len(src) {
			t.Fatalf("bad span %+v", tk)
		}
	}
	var lows []string
	for _, tk := range toks {
		lows = append(lows, tk.Lower)
	}
	want := []string{"officials", "said", ":", "“", "it", "did", "n't", "happen", ",", "”", "adding", "u.s.", "talks", "—", "22,000", "words", "."}
	if len(lows) != len(want) {
		t.Fatalf("got %q", lows)
	}
	for i := range want {
		if lows[i] != want[i] {
			t.Fatalf("token %d: got %q want %q (all %q)", i, lows[i], want[i], lows)
		}
	}
}

// A contraction split from its verb ("do" + "n't", with either
// apostrophe) negates its group and clause.
func TestSplitContractionNegates(t *testing.T) {
	for _, src := range []string{"We didn't pay them.", "We didn’t pay them."} {
		s := NewParser().Parse(src, Span{Start: 0, End: len(src)}).Structure()
		if len(s.Clauses) == 0 || s.Clauses[0].Neg < 0 {
			t.Errorf("%q: clause not negated: %s", src, s.Describe())
		}
	}
}

// A sentence parsed from the tokens its caller made is the sentence
// parsed from its text: same tokens, tags and structure.
func TestParseTokensAsParse(t *testing.T) {
	src := "Ana Ruiz didn't say the U.S. would go. “We won’t,” she said, citing two officials who can't be named."
	lowered := LowerASCII(src)
	p, q := NewParser(), NewParser()
	for _, sp := range []Span{{0, 38}, {39, len(src)}, {0, len(src)}} {
		want := p.ParseLowered(src, lowered, sp).Structure().Describe()
		got := q.ParseTokens(src, sp, TokenizeLowered(src, lowered, sp, nil)).Structure().Describe()
		if got != want {
			t.Errorf("%q:\n got %s\nwant %s", src[sp.Start:sp.End], got, want)
		}
	}
}

// A chain of comma-bounded relatives ended by a comma once indexed the
// clause list at -1 (a panic on a real article): every sentence shape
// must parse.
func TestChainedRelativesParse(t *testing.T) {
	sent := "Until now, work took place on Alpha, which was later adopted in Beta, which the firm maintained and provided support for, for those customers who had subscriptions."
	s := NewParser().Parse(sent, Span{0, len(sent)}).Structure()
	if len(s.Clauses) == 0 {
		t.Fatalf("no clauses for %q", sent)
	}
	for i, c := range s.Clauses {
		if c.Parent >= len(s.Clauses) || c.Parent >= i && c.Parent != -1 {
			t.Errorf("clause %d has parent %d", i, c.Parent)
		}
	}
}

// With tell verbs given, a "that" after the hearer opens what is said;
// after a pronoun hearer, or without the test, the reading is the
// tagger's.
func TestThatAfterHearer(t *testing.T) {
	tells := func(w string) bool { return w == "told" }
	cases := []struct {
		sent  string
		tells func(string) bool
		want  string
	}{
		{"Her lawyer told the paper that her client never struck anyone.", tells,
			"{main [Her lawyer] <told> [the paper]} {comp! that [her client] never <struck> [anyone] .}"},
		{"Her lawyer told the paper that her client never struck anyone.", nil,
			"{main [Her lawyer] <told> [the paper]} {rel! that [her client] never <struck> [anyone] .}"},
		{"The firm hid the data that its staff had collected.", tells,
			"{main [The firm] <hid> [the data]} {rel that [its staff] <had collected> .}"},
	}
	for _, c := range cases {
		p := NewParser()
		if c.tells != nil {
			p = p.WithTellVerbs(c.tells)
		}
		s := p.Parse(c.sent, Span{0, len(c.sent)})
		if got := s.Describe(); got != c.want {
			t.Errorf("%q\n got %s\nwant %s", c.sent, got, c.want)
		}
	}
}

// With tell verbs given, a "that" after the hearer and a phrase of the
// medium ("in a filing") opens what is said, read as the noun
// complement the tagger's "that" of a complement gives there; without
// the test, the reading is the tagger's.
func TestThatAfterMedium(t *testing.T) {
	tells := func(w string) bool { return w == "told" }
	sent := "The lawyer told the court in a filing that her client had not seen the files."
	for _, c := range []struct {
		tells func(string) bool
		want  string
	}{
		{tells, "{main [The lawyer] <told> [the court] in [a filing]} {ncomp! that [her client] <had not seen> [the files] .}"},
		{nil, "{main [The lawyer] <told> [the court] in [a filing]} {rel! that [her client] <had not seen> [the files] .}"},
	} {
		p := NewParser()
		if c.tells != nil {
			p = p.WithTellVerbs(c.tells)
		}
		if got := p.Parse(sent, Span{0, len(sent)}).Describe(); got != c.want {
			t.Errorf("%q\n got %s\nwant %s", sent, got, c.want)
		}
	}
}

// A participle after a subject with no auxiliary, before a pronoun
// object, is the past tense (pastBeforeObject); after an inverted or
// present auxiliary it stays a participle.
func TestPastBeforeObject(t *testing.T) {
	cases := []struct {
		sent, word string
		want       string
	}{
		{"It sounded like strong women raised him.", "raised", "VBD"},
		{"Two hikers contracted it in the park last month.", "contracted", "VBD"},
		{"How have your travels prepared you for the job?", "prepared", "VBN"},
		{"The panel has also named him as its chair.", "named", "VBN"},
	}
	p := NewParser()
	for _, c := range cases {
		s := p.Parse(c.sent, Span{0, len(c.sent)}).Structure()
		for _, tk := range s.Tokens {
			if tk.Lower == c.word && tk.Tag.String() != c.want {
				t.Errorf("%q: %s tagged %s, want %s", c.sent, c.word, tk.Tag, c.want)
			}
		}
	}
}
