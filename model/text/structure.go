package text

import "github.com/caveat-reader/caveat/model/text/postag"

// Chunk is a noun phrase: tokens [From, To) with its head noun.
type Chunk struct {
	From, To, Head int
	// Neg: the phrase is a negative quantifier ("no evidence", "nobody",
	// "none of them").
	Neg bool
}

// VerbGroup is a run of auxiliaries, modals, adverbs and verbs ending on
// its main verb: "has not been told", "could have known".
type VerbGroup struct {
	From, To, Head int
	Modal          int // index of the modal, or -1
	Neg            int // index of the negator inside the group, or -1
	Passive        bool
	Past           bool // the first finite verb is in the past tense
	Finite         bool // carries tense or a modal (not a bare infinitive or participle)
}

// ClauseKind says how a clause hangs on its parent.
type ClauseKind uint8

const (
	Main           ClauseKind = iota
	Complement                // "said (that) …", reported speech
	Relative                  // "the inquiry, which he called …"
	Adverbial                 // "if …", "because …", "while …"
	Coordinate                // "…, and I'm not aware …"
	NounComplement            // "claims that …": the content of a noun
)

// Clause is a run of tokens [From, To) with its own verb. Clauses are
// flat: a nested clause ends its parent's run, and the parent continues
// in no later run (news sentences rarely return to a main clause after a
// complement).
type Clause struct {
	From, To int
	Kind     ClauseKind
	Parent   int // -1 for the first clause
	// Opener is the token that opened the clause ("that", "which", "if",
	// "and"), or -1.
	Opener int
	// Subject is the chunk before the clause's first verb group, -1 if
	// none; Verb is that verb group, -1 if none.
	Subject, Verb int
	// Neg is the first negator of the clause, -1 if none.
	Neg int
}

func isVerbTag(t postag.Tag) bool {
	return t == postag.VB || t == postag.VBD || t == postag.VBG || t == postag.VBN || t == postag.VBP || t == postag.VBZ || t == postag.MD
}

func isNounTag(t postag.Tag) bool {
	return t == postag.NN || t == postag.NNS || t == postag.NNP || t == postag.NNPS || t == postag.PRP || t == postag.CD || t == postag.EX
}

// negators are closed-class English: every rule reading negation scope
// needs the same ones, and they are grammar, not a rule's vocabulary.
func isNegator(lower string) bool {
	switch lower {
	case "not", "never", "no", "nothing", "nobody", "no-one", "none", "neither", "nor", "without", "cannot", "nowhere":
		return true
	}
	n := len(lower)
	return n >= 3 && lower[n-3:] == "n't"
}

func isAux(lemma string) bool {
	switch lemma {
	case "be", "have", "do", "'s", "'re", "'ve", "'d", "'m", "'ll", "get":
		return true
	}
	return false
}

func (s *Sentence) findVerbs() {
	toks := s.Tokens
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.Word || !(isVerbTag(t.Tag) || hasNegSuffix(t.Lower)) {
			i++
			continue
		}
		g := VerbGroup{From: i, Head: i, Modal: -1, Neg: -1}
		j := i
		for j < len(toks) {
			u := toks[j]
			if !u.Word {
				break
			}
			if isVerbTag(u.Tag) || hasNegSuffix(u.Lower) {
				if j > g.Head && !isAux(toks[g.Head].Lemma) && toks[g.Head].Tag != postag.MD && !hasNegSuffix(toks[g.Head].Lower) {
					break // a main verb ends the group: "said denied" is two
				}
				if u.Tag == postag.MD {
					g.Modal = j
				}
				if hasNegSuffix(u.Lower) && g.Neg < 0 {
					g.Neg = j
				}
				g.Head = j
				j++
				continue
			}
			if u.Tag == postag.RB && j+1 < len(toks) && (isVerbTag(toks[j+1].Tag) || u.Lower == "not" || u.Lower == "never") {
				if isNegator(u.Lower) && g.Neg < 0 {
					g.Neg = j
				}
				j++
				continue
			}
			break
		}
		g.To = g.Head + 1
		if g.Neg >= g.To {
			g.To = g.Neg + 1 // "did not," keeps its negator
		}
		head := toks[g.Head]
		first := toks[g.From]
		g.Passive = head.Tag == postag.VBN && s.hasBe(g)
		g.Finite = first.Tag == postag.MD || first.Tag == postag.VBD || first.Tag == postag.VBZ || first.Tag == postag.VBP || hasNegSuffix(first.Lower)
		g.Past = first.Tag == postag.VBD
		for k := g.From; k < g.To; k++ {
			s.verbOf[k] = int32(len(s.Verbs))
		}
		s.Verbs = append(s.Verbs, g)
		i = g.To
	}
}

func hasNegSuffix(lower string) bool {
	n := len(lower)
	return n >= 3 && lower[n-3:] == "n't" || lower == "cannot"
}

func (s *Sentence) hasBe(g VerbGroup) bool {
	for k := g.From; k < g.Head; k++ {
		if s.Tokens[k].Lemma == "be" || s.Tokens[k].Lemma == "get" {
			return true
		}
	}
	return false
}

func (s *Sentence) findChunks() {
	toks := s.Tokens
	for i := 0; i < len(toks); {
		t := toks[i]
		if !startsNP(t) {
			i++
			continue
		}
		c := Chunk{From: i, Head: -1}
		j := i
		for j < len(toks) {
			u := toks[j]
			if j > i && (u.Tag == postag.DT || u.Tag == postag.PRPS || u.Tag == postag.PRP || u.Tag == postag.EX) && c.Head >= 0 && toks[j-1].Tag != postag.POS {
				break // "told reporters the firm": two phrases
			}
			if !inNP(u) {
				break
			}
			if isNounTag(u.Tag) {
				c.Head = j
			}
			if isNegator(u.Lower) || u.Lower == "no" {
				c.Neg = true
			}
			j++
			if u.Tag == postag.PRP || u.Tag == postag.EX {
				break
			}
		}
		if c.Head < 0 {
			c.Head = j - 1
		}
		c.To = j
		for k := c.From; k < c.To; k++ {
			s.chunkOf[k] = int32(len(s.Chunks))
		}
		s.Chunks = append(s.Chunks, c)
		i = j
	}
}

func startsNP(t Token) bool {
	if !t.Word {
		return false
	}
	switch t.Tag {
	case postag.DT, postag.PDT, postag.PRPS, postag.JJ, postag.JJR, postag.JJS, postag.CD, postag.NN, postag.NNS, postag.NNP, postag.NNPS, postag.PRP, postag.EX:
		return true
	}
	return false
}

func inNP(t Token) bool {
	if t.Tag == postag.POS {
		return true
	}
	return startsNP(t)
}

// thatAfterName: a "that" the tagger read as a relative pronoun right
// after a verb ("said that was not true"), or after a proper name and
// before a subject ("told The Associated Press that Smith never …"). A
// verb is no antecedent and a name seldom takes a restrictive relative,
// so the "that" is read as a conjunction, as after any noun.
func (s *Sentence) thatAfterName(i int) bool {
	t := s.Tokens
	if t[i].Lower != "that" || i == 0 || i+1 >= len(t) {
		return false
	}
	p := t[i-1].Tag
	if isVerbTag(p) {
		return true // "said that was not true": no antecedent for a relative
	}
	// A capitalised common noun past the first word is a name the tagger
	// read as a noun ("told The Hill that").
	name := p == postag.NNP || p == postag.NNPS || (p == postag.NN || p == postag.NNS) && t[i-1].Cap && i > 1
	return name && startsNP(t[i+1]) && !s.verbStartsAt(i+1)
}

// thatAfterHearer: a "that" right after the object of a telling verb
// opens what is said ("told the paper that her client never …"), where
// after another verb's object it would be the noun's content or a
// relative ("rejected the claim that …"). The object must be the one
// chunk between the verb and "that", and a subject must follow.
func (s *Sentence) thatAfterHearer(i, verbEnd, verbHead int) bool {
	if s.tellsObject == nil || verbHead < 0 || i+1 >= len(s.Tokens) || !s.tellsObject(s.Tokens[verbHead].Lower) {
		return false
	}
	obj := s.chunkBefore(i)
	if obj < 0 || s.Chunks[obj].From != verbEnd || s.Chunks[obj].To != i {
		return false
	}
	// A pronoun hearer ("told me that") is left as the tagger reads it:
	// in first-person narratives it opens what others told the writer,
	// which this reading would turn into answers (measured: 8 false
	// denials in one interview, none gained).
	if h := s.Tokens[s.Chunks[obj].Head].Tag; h == postag.PRP {
		return false
	}
	return startsNP(s.Tokens[i+1]) && !s.verbStartsAt(i+1)
}

// thatAfterMedium: "that" after a verb of telling, its hearer and one
// phrase of the medium or time ("told the court in a filing that her
// client …", "told reporters on Monday that"), before a subject: it
// opens what is said as it would with the tagger's "that" of a
// complement (a noun's content, which the rules read as said there),
// not a relative on the medium.
func (s *Sentence) thatAfterMedium(i, verbEnd, verbHead int) bool {
	t := s.Tokens
	if s.tellsObject == nil || verbHead < 0 || t[i].Lower != "that" || i+1 >= len(t) || !s.tellsObject(t[verbHead].Lower) {
		return false
	}
	medium := s.chunkBefore(i)
	if medium < 0 || s.Chunks[medium].To != i {
		return false
	}
	p := s.Chunks[medium].From - 1
	if p < 1 || t[p].Tag != postag.IN {
		return false
	}
	hearer := s.chunkBefore(p)
	if hearer < 0 || s.Chunks[hearer].From != verbEnd || s.Chunks[hearer].To != p {
		return false
	}
	return startsNP(t[i+1]) && !s.verbStartsAt(i+1)
}

// subordinators open adverbial clauses: closed-class English grammar.
func isSubordinator(lower string) bool {
	switch lower {
	case "if", "because", "although", "though", "while", "unless", "since", "whereas", "whether", "when", "after", "before", "until":
		return true
	}
	return false
}

func (s *Sentence) findClauses() {
	toks := s.Tokens
	cur := Clause{From: 0, Kind: Main, Parent: -1, Opener: -1, Subject: -1, Verb: -1, Neg: -1}
	vg := 0 // next verb group
	open := func(at int, kind ClauseKind, opener int) {
		if at <= cur.From {
			cur.Kind, cur.Opener = kind, opener
			return
		}
		cur.To = at
		s.Clauses = append(s.Clauses, cur)
		parent := len(s.Clauses) - 1
		if kind == Coordinate {
			parent = cur.Parent
		}
		cur = Clause{From: at, Kind: kind, Parent: parent, Opener: opener, Subject: -1, Verb: -1, Neg: -1}
	}
	lastVerbEnd, lastVerbHead := -1, -1
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case (t.Tag == postag.WDT || t.Tag == postag.WP || t.Tag == postag.WPS) && !s.thatAfterName(i) && !s.thatAfterHearer(i, lastVerbEnd, lastVerbHead) && !s.thatAfterMedium(i, lastVerbEnd, lastVerbHead):
			if i > 0 {
				open(i, Relative, i)
			}
		case t.Lower == "that" && (t.Tag == postag.IN || t.Tag == postag.WDT) && i > 0:
			prev := i - 1
			for prev > 0 && !toks[prev].Word {
				prev--
			}
			if isVerbTag(toks[prev].Tag) || lastVerbEnd == i || s.thatAfterName(i) || s.thatAfterHearer(i, lastVerbEnd, lastVerbHead) {
				open(i, Complement, i) // "said that", "told The Hill that", "told the paper that"
			} else if isNounTag(toks[prev].Tag) && s.verbStartsAt(i+1) {
				open(i, Relative, i) // "anyone else that did"
			} else if isNounTag(toks[prev].Tag) {
				// "claims that …", and so too before the clause has a
				// verb: "The reports that he took bribes are false".
				open(i, NounComplement, i)
			} else {
				open(i, Complement, i)
			}
		case isSubordinator(t.Lower) && (t.Tag == postag.IN || t.Tag == postag.WRB):
			open(i, Adverbial, i)
		case t.Lower == "," && cur.Kind == Relative && cur.Parent >= 0 && cur.Opener > 0 && toks[cur.Opener-1].Lower == "," && cur.Verb >= 0:
			// "The inquiry, which he called a hoax, continues": the
			// parenthetical relative ends at its comma and the outer
			// clause resumes. A relative resumed this way already took
			// its outer clause's place (Parent -1 at the top): a third
			// comma-bounded relative in a chain has nothing left to resume.
			parent := s.Clauses[cur.Parent]
			open(i+1, parent.Kind, -1)
			cur.Parent = parent.Parent
			cur.Subject = parent.Subject
			cur.Verb = -1
		case t.Lower == ";":
			open(i+1, Coordinate, i)
		case (t.Tag == postag.CC) && i+1 < len(toks) && s.clauseFollows(i+1):
			open(i, Coordinate, i)
		}
		// A verb group: the clause's first, or a zero-"that" complement
		// ("said the firm had not …": verb, noun phrase, finite verb).
		for vg < len(s.Verbs) && s.Verbs[vg].From == i {
			g := s.Verbs[vg]
			if cur.Verb >= 0 && g.Finite {
				if subj := s.chunkBefore(i); subj >= 0 && s.Chunks[subj].From > s.Verbs[cur.Verb].To-1 && s.Chunks[subj].From >= cur.From {
					open(s.Chunks[subj].From, Complement, -1)
				}
			}
			if cur.Verb < 0 {
				cur.Verb = vg
				cur.Subject = s.chunkBefore(i)
				if cur.Subject >= 0 && s.Chunks[cur.Subject].From < cur.From {
					cur.Subject = -1
				}
			}
			lastVerbEnd, lastVerbHead = g.To, g.Head
			vg++
		}
	}
	cur.To = len(toks)
	s.Clauses = append(s.Clauses, cur)
	for ci := range s.Clauses {
		c := &s.Clauses[ci]
		for k := c.From; k < c.To; k++ {
			s.clauseOf[k] = int32(ci)
			if c.Neg < 0 && toks[k].Word && isNegator(toks[k].Lower) {
				c.Neg = k
			}
		}
	}
}

func (s *Sentence) verbStartsAt(i int) bool {
	if i >= len(s.Tokens) {
		return false
	}
	v := s.verbOf[i]
	return v >= 0 && s.Verbs[v].From == i
}

// chunkBefore returns the chunk that ends right before token i (allowing
// an adverb or comma between), or -1.
func (s *Sentence) chunkBefore(i int) int {
	k := i - 1
	// Adverbs and quotation marks stand between a subject and its verb
	// ("the claim “is false”", "the firm never said").
	for k >= 0 && s.chunkOf[k] < 0 && (s.Tokens[k].Tag == postag.RB || isQuoteToken(s.Tokens[k].Lower)) {
		k--
	}
	if k < 0 {
		return -1
	}
	return int(s.chunkOf[k])
}

// clauseFollows: from token i a noun phrase then a finite verb group
// follows ("and I'm not aware", "but Washington was not involved").
func (s *Sentence) clauseFollows(i int) bool {
	toks := s.Tokens
	for i < len(toks) && !toks[i].Word {
		i++
	}
	if i >= len(toks) {
		return false
	}
	c := s.chunkOf[i]
	if c < 0 {
		return false
	}
	j := s.Chunks[c].To
	for j < len(toks) && toks[j].Tag == postag.RB {
		j++
	}
	if j >= len(toks) {
		return false
	}
	v := s.verbOf[j]
	return v >= 0 && s.Verbs[v].From == j && s.Verbs[v].Finite
}

// IsNegator reports whether the lower-cased word negates ("not", "n't",
// "never", "no", "nothing", "without", …).
func IsNegator(lower string) bool { return isNegator(lower) }

func isQuoteToken(lower string) bool {
	switch lower {
	case "\"", "“", "”", "‘", "’", "'":
		return true
	}
	return false
}
