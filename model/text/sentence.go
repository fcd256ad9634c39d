package text

import "github.com/caveat-reader/caveat/model/text/postag"

// Sentence is one sentence's tokens and, once Structure has run, its
// tags, lemmas and shallow structure. A Parser reuses one Sentence, so
// a caller keeps nothing from it past the next Parse.
type Sentence struct {
	Span   Span
	Tokens []Token
	// Filled by Structure:
	Chunks  []Chunk
	Verbs   []VerbGroup
	Clauses []Clause
	// chunkOf[i] and clauseOf[i] are the chunk (-1 if none) and clause
	// of token i.
	chunkOf, clauseOf, verbOf []int32
	structured                bool
	words                     []string
	tags, window              []postag.Tag
	tagger                    *postag.Tagger
	src                       string
	// tellsObject reports a verb that takes the hearer as its object
	// before what is said ("told the paper that …"); nil: none.
	tellsObject func(lower string) bool
	// lemmas is made once the parser has structured memoAfter
	// sentences: a parser that structures a title alone costs no memo.
	lemmas     *lemmaMemo
	structures int
}

const memoAfter = 64

// tagWindow is the most words tagged in one call.
const tagWindow = 512

// Parser makes Sentences, reusing their buffers: per-sentence memory,
// whatever the text's size. Not safe for concurrent use.
type Parser struct {
	s Sentence
}

// NewParser returns a parser using the default tagger.
func NewParser() *Parser { return &Parser{s: Sentence{tagger: postag.Default()}} }

// lemmaMemo remembers the lemmas of the words a parser tagged lately:
// a news text repeats its words, and postag.Lemma (apostrophes, case,
// exceptions, suffix rules) costs several times one look-up here. It is
// direct-mapped and fixed in size, so memory stays bounded whatever the
// text; a collision only recomputes. Lemma is a function of the word and
// the tag, so a remembered lemma is the one Lemma would give.
type lemmaMemo [lemmaSlots]struct {
	word, lemma string
	tag         postag.Tag
	set         bool
}

const lemmaSlots = 1 << 12

func (m *lemmaMemo) lemma(word string, tag postag.Tag) string {
	// FNV-1a over the word and the tag.
	h := uint32(2166136261)
	for i := 0; i < len(word); i++ {
		h = (h ^ uint32(word[i])) * 16777619
	}
	h = (h ^ uint32(tag)) * 16777619
	e := &m[h&(lemmaSlots-1)]
	if e.set && e.tag == tag && e.word == word {
		return e.lemma
	}
	e.word, e.tag, e.lemma, e.set = word, tag, postag.Lemma(word, tag), true
	return e.lemma
}

// WithTellVerbs makes p read a "that" after a verb in tells and its
// object as opening what is said ("told the paper that her client …"),
// not the object noun's content clause. The verbs are lexicon data the
// caller holds (tell_verb), so the parser takes them as a test.
func (p *Parser) WithTellVerbs(tells func(lower string) bool) *Parser {
	p.s.tellsObject = tells
	return p
}

// Parse tokenizes src[sp.Start:sp.End]. Tags and structure are computed
// only when Structure is called: most sentences of a text need none.
func (p *Parser) Parse(src string, sp Span) *Sentence { return p.ParseLowered(src, "", sp) }

// ParseLowered is Parse given lowered, src with its ASCII letters
// lower-cased (LowerASCII), as a caller parsing many sentences of one
// text holds it: a capitalised word's Lower is then sliced from it, not
// copied.
func (p *Parser) ParseLowered(src, lowered string, sp Span) *Sentence {
	s := &p.s
	s.Span, s.src, s.structured = sp, src, false
	s.Tokens = TokenizeLowered(src, lowered, sp, s.Tokens[:0])
	s.Chunks, s.Verbs, s.Clauses = s.Chunks[:0], s.Verbs[:0], s.Clauses[:0]
	return s
}

// ParseTokens is Parse given toks, the tokens Tokenize (or
// TokenizeLowered) made of src[sp.Start:sp.End]: a caller that has
// tokenized the sentence already parses it without tokenizing it again.
// toks is copied, not kept.
func (p *Parser) ParseTokens(src string, sp Span, toks []Token) *Sentence {
	s := &p.s
	s.Span, s.src, s.structured = sp, src, false
	s.Tokens = append(s.Tokens[:0], toks...)
	s.Chunks, s.Verbs, s.Clauses = s.Chunks[:0], s.Verbs[:0], s.Clauses[:0]
	return s
}

// Structure tags the sentence and finds its chunks, verb groups, clauses
// and negations, once. Linear in the sentence's length.
func (s *Sentence) Structure() *Sentence {
	if s.structured {
		return s
	}
	s.structured = true
	s.words = s.words[:0]
	for _, t := range s.Tokens {
		s.words = append(s.words, s.src[t.Start:t.End])
	}
	// Tagged in windows of tagWindow words, so the tagger's own buffers
	// stay small whatever the sentence's length (a 1 MB "sentence" is
	// tagged as a run of windows; a news sentence is one window).
	if s.lemmas == nil {
		if s.structures++; s.structures > memoAfter {
			s.lemmas = new(lemmaMemo)
		}
	}
	s.tags = s.tags[:0]
	for k := 0; k < len(s.words); k += tagWindow {
		s.window = s.tagger.Tag(s.words[k:min(k+tagWindow, len(s.words))], s.window)
		s.tags = append(s.tags, s.window...)
	}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Tag = s.tags[i]
		if t.Word {
			if s.lemmas != nil {
				t.Lemma = s.lemmas.lemma(t.Lower, t.Tag)
			} else {
				t.Lemma = postag.Lemma(t.Lower, t.Tag)
			}
		}
	}
	s.existentialThere()
	s.determinerNo()
	s.pastBeforeObject()
	n := len(s.Tokens)
	s.chunkOf = resize(s.chunkOf, n)
	s.clauseOf = resize(s.clauseOf, n)
	s.verbOf = resize(s.verbOf, n)
	s.findVerbs()
	s.findChunks()
	s.findClauses()
	return s
}

func resize(b []int32, n int) []int32 {
	if cap(b) < n {
		b = make([]int32, n)
	}
	b = b[:n]
	for i := range b {
		b[i] = -1
	}
	return b
}

// ChunkAt returns the index of the chunk holding token i, or -1.
func (s *Sentence) ChunkAt(i int) int { return int(s.chunkOf[i]) }

// VerbAt returns the index of the verb group holding token i, or -1.
func (s *Sentence) VerbAt(i int) int { return int(s.verbOf[i]) }

// ClauseAt returns the index of the clause holding token i.
func (s *Sentence) ClauseAt(i int) int { return int(s.clauseOf[i]) }

// Negated reports whether token i lies in the scope of a negation: its
// clause holds a negator ("not", "never", "no", "nothing", "no one",
// "none", "without", …) that is not inside a clause nested in it.
func (s *Sentence) Negated(i int) bool {
	c := s.ClauseAt(i)
	return c >= 0 && s.Clauses[c].Neg >= 0
}

// Text returns the text of tokens [from, to).
func (s *Sentence) Text(from, to int) string {
	if from >= to {
		return ""
	}
	return s.src[s.Tokens[from].Start:s.Tokens[to-1].End]
}

// existentialThere retags a "there" the tagger read as an adverb right
// before a form of "be" or a modal ("said there might have been talks",
// "there was no contact") as the existential subject it is, so the
// clause it opens is found.
func (s *Sentence) existentialThere() {
	t := s.Tokens
	for i := 0; i+1 < len(t); i++ {
		if t[i].Lower != "there" || t[i].Tag != postag.RB {
			continue
		}
		if n := t[i+1]; n.Tag == postag.MD || n.Lemma == "be" && isVerbTag(n.Tag) {
			t[i].Tag = postag.EX
		}
	}
}

// determinerNo retags a "no" the tagger read as an interjection or adverb
// right before a noun phrase ("said no such meeting took place", "no
// further payments were made") as the determiner it is there, so the
// phrase it opens (and the negation it carries) is one chunk, not the end
// of the clause before it.
func (s *Sentence) determinerNo() {
	t := s.Tokens
	for i := 0; i+1 < len(t); i++ {
		if t[i].Lower != "no" || t[i].Tag == postag.DT {
			continue
		}
		switch t[i+1].Tag {
		case postag.JJ, postag.JJR, postag.JJS, postag.NN, postag.NNS, postag.PDT:
			t[i].Tag = postag.DT
		}
	}
}

// pastBeforeObject retags a participle the tagger read after a subject
// with no auxiliary, and before a personal pronoun as its object
// ("studies indicated it had less benefit", "two people contracted it",
// "women raised him"), as the past tense it is there: a participle with
// no "have" or "be" takes no direct object but in a few double-object
// verbs, so the clause has its finite verb. The phrase before it, walked
// back over determiners, adjectives, nouns and possessives, must not
// follow an auxiliary ("How have your experiences prepared you": the
// "have" is inverted).
func (s *Sentence) pastBeforeObject() {
	t := s.Tokens
	for i := 1; i+1 < len(t); i++ {
		if t[i].Tag != postag.VBN || t[i+1].Tag != postag.PRP || !isSubjectEnd(t[i-1].Tag) {
			continue
		}
		k := i - 1
		for k > 0 && inSubject(t[k-1].Tag) {
			k--
		}
		if k > 0 && (isVerbTag(t[k-1].Tag) || t[k-1].Tag == postag.RB) {
			continue // "have your experiences prepared you", "has also named him"
		}
		t[i].Tag = postag.VBD
		t[i].Lemma = postag.Lemma(t[i].Lower, postag.VBD)
	}
}

// isSubjectEnd: a tag that may end a clause's subject (a noun, a name, a
// pronoun).
func isSubjectEnd(tag postag.Tag) bool {
	switch tag {
	case postag.NN, postag.NNS, postag.NNP, postag.NNPS, postag.PRP:
		return true
	}
	return false
}

// inSubject: a tag a subject phrase may hold before its head.
func inSubject(tag postag.Tag) bool {
	switch tag {
	case postag.DT, postag.JJ, postag.JJR, postag.JJS, postag.CD, postag.NN, postag.NNS, postag.NNP, postag.NNPS, postag.PRPS, postag.POS, postag.HYPH:
		return true
	}
	return false
}
