package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// segment splits text into paragraphs (blocks separated by blank lines)
// and sentences. A sentence never crosses a line break: headlines,
// datelines, "Advertisement" and one-line paragraphs are sentences of
// their own, as in the annotation guide's gold files. Spans are trimmed of
// surrounding white space.
func segment(text string) (paras []Span, sents []Sentence) {
	// News sentences average well over 100 bytes: one allocation suffices
	// for most texts.
	sents = make([]Sentence, 0, len(text)/128+1)
	paraStart, paraEnd := -1, -1
	flush := func() {
		if paraStart >= 0 {
			paras = append(paras, Span{paraStart, paraEnd})
			paraStart = -1
		}
	}
	for ls := 0; ls <= len(text); {
		le := len(text)
		if n := strings.IndexByte(text[ls:], '\n'); n >= 0 {
			le = ls + n
		}
		s, e := trimSpan(text, ls, le)
		if s == e {
			flush()
		} else {
			if paraStart < 0 {
				paraStart = s
			}
			paraEnd = e
			sents = splitLine(text, s, e, len(paras), sents)
		}
		ls = le + 1
	}
	flush()
	return paras, sents
}

// trimSpan narrows [s, e) to exclude white space and control characters
// at both ends, stepping by whole runes.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, size := decodeAt(text, s)
		if !isSpaceRune(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpaceRune(r) || (r == utf8.RuneError && size == 1) {
			break
		}
		e -= size
	}
	return s, e
}

// splitLine appends the sentences of the line [s, e) to sents.
func splitLine(text string, s, e, para int, sents []Sentence) []Sentence {
	start := s
	emit := func(a, b int) {
		a, b = trimSpan(text, a, b)
		if a < b {
			if h := capsHeadingEnd(text, a, b); h > 0 {
				sents = append(sents, Sentence{Span: Span{a, h}, Paragraph: para})
				a, b = trimSpan(text, h, b)
			}
			sents = append(sents, Sentence{Span: Span{a, b}, Paragraph: para})
		}
	}
	for i := s; i < e; {
		if !mayEndSentence[text[i]] {
			i++ // fast path: most bytes cannot end a sentence
			continue
		}
		r, size := decodeAt(text, i)
		i += size
		if r != '.' && r != '?' && r != '!' && r != '…' {
			continue
		}
		dot := i - size
		j := i
		for j < e {
			c, n := decodeAt(text, j)
			if !isCloser(c) && c != '.' && c != '?' && c != '!' && c != '…' {
				break
			}
			j += n
		}
		if j >= e {
			break
		}
		c, _ := decodeAt(text, j)
		if !isSpaceRune(c) {
			i = j
			continue
		}
		k := j
		for k < e {
			c, n := decodeAt(text, k)
			if !isSpaceRune(c) {
				break
			}
			k += n
		}
		if k >= e {
			break
		}
		if endsSentence(text, start, dot, r, k, e) {
			emit(start, j)
			start = k
		}
		i = k
	}
	emit(start, e)
	return sents
}

// mayEndSentence marks the bytes that can begin a sentence-ending mark:
// '.', '?', '!' and 0xE2, the first byte of '…'. One table load per byte
// keeps splitLine's scan of every other byte short.
var mayEndSentence = [256]bool{'.': true, '?': true, '!': true, 0xE2: true}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '*', '_', '»':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '*', '_', '«':
		return true
	}
	return false
}

// endsSentence decides whether the terminal mark term at offset dot ends
// a sentence, given that the next sentence would start at k.
func endsSentence(text string, start, dot int, term rune, k, e int) bool {
	next, _ := decodeAt(text, k)
	if unicode.IsLower(next) || next == ',' || next == ';' || next == ':' || next == ')' ||
		next == '-' || next == '–' || next == '—' {
		return false
	}
	if term != '.' {
		return true
	}
	w := wordBefore(text, start, dot)
	if w == "" {
		return true
	}
	nw := wordAfter(text, k, e)
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return false // an initial: "George W. Bush"
	}
	lw := toLower(w)
	bits := segAbbr.Get(lw)
	switch {
	case bits&(segTitle|segInner) != 0:
		return false
	case bits&segMonth != 0:
		return segAbbr.Get(nw)&segStarter != 0
	case bits&segAcronym != 0 || isDottedAcronym(w):
		return segAbbr.Get(nw)&segStarter != 0
	case bits&segCorporate != 0:
		return segAbbr.Get(nw)&segContinuation == 0
	}
	return true
}

// The abbreviation lists endsSentence reads, as bits of one table
// (segAbbr), so that a full stop costs one lookup of the word before it
// rather than one per list.
const (
	segTitle uint8 = 1 << iota
	segInner
	segMonth
	segAcronym
	segCorporate
	segStarter
	segContinuation
)

var segAbbr = func() *strTable[uint8] {
	m := map[string]uint8{}
	for class, bit := range map[string]uint8{
		"seg.title": segTitle, "seg.inner": segInner, "seg.month": segMonth, "seg.acronym": segAcronym,
		"seg.corporate": segCorporate, "seg.starter": segStarter, "seg.continuation": segContinuation,
	} {
		for w := range lex.abbr[class] {
			m[w] |= bit
		}
	}
	return newStrTable(m)
}()

// wordBefore returns the run of non-space characters ending at dot,
// without leading openers or trailing closers.
func wordBefore(text string, start, dot int) string {
	b := dot
	for b > start {
		c := text[b-1]
		if c == ' ' || c == '\t' || c == '(' || c == '"' || c == '[' {
			break
		}
		if c >= 0x80 && b-3 >= start && text[b-3:b] == "“" {
			break
		}
		b--
	}
	w := text[b:dot]
	for len(w) > 0 && (w[len(w)-1] == '"' || w[len(w)-1] == '\'' || w[len(w)-1] == ')') {
		w = w[:len(w)-1]
	}
	return w
}

// wordAfter returns the lower-cased letters of the word at k, after any
// opening quotes or brackets.
func wordAfter(text string, k, e int) string {
	for k < e {
		r, n := decodeAt(text, k)
		if !isOpener(r) {
			break
		}
		k += n
	}
	j := k
	for j < e {
		r, n := decodeAt(text, j)
		if !isTextWordRune(r) && r != '\'' && r != '’' {
			break
		}
		j += n
	}
	return toLower(text[k:j])
}

// toLower is s with its ASCII letters lower-cased, s itself when it has
// no capital. Each token lowers its own word so: the analyzer keeps no
// lowered copy of the whole text, which would be the size of the text,
// alive to the end, and pinned by every name the ledger keeps.
func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return asciiLower(s)
		}
	}
	return s
}

// isDottedAcronym: letters separated by periods, "U.S", "D.C", "a.m".
func isDottedAcronym(w string) bool {
	dots := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			dots++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return dots > 0 && len(w) <= 8
}

// capsHeadingEnd finds a quoted all-capitals subheading run into the
// sentence that follows it on the same line (“INDO-PACIFIC” Trump’s tour
// …), returning the end of the heading, or -1.
func capsHeadingEnd(text string, s, e int) int {
	r, n := decodeAt(text, s)
	if r != '“' && r != '"' {
		return -1
	}
	i, letters := s+n, 0
	for i < e {
		r, n = decodeAt(text, i)
		if r == '”' || r == '"' {
			break
		}
		if unicode.IsLower(r) || !(unicode.IsUpper(r) || r == '-' || r == ' ' || r == '&' || unicode.IsDigit(r)) {
			return -1
		}
		if unicode.IsUpper(r) {
			letters++
		}
		i += n
	}
	if i >= e || letters < 2 {
		return -1
	}
	end := i + n
	if end+2 >= e || text[end] != ' ' {
		return -1
	}
	a, n1 := decodeAt(text, end+1)
	b, _ := decodeAt(text, end+1+n1)
	if !unicode.IsUpper(a) || !unicode.IsLower(b) {
		return -1
	}
	return end
}
