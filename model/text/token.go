// Package text turns a sentence of the article into the stream every
// rule reads: tokens with byte offsets, lower form, part-of-speech tag
// and lemma, and the shallow structure over them (noun-phrase chunks,
// verb groups, clauses, negation scope). It knows English, not the
// detector's word classes: those live in model/lexicon.
package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/caveat-reader/caveat/model/text/postag"
)

// Span is a half-open range of UTF-8 byte offsets into the whole text.
type Span struct{ Start, End int }

// Token is one word or punctuation mark.
type Token struct {
	Start, End int
	// Lower is the ASCII-lower-cased form with ’ made ', so "Don’t" and
	// "don't" read alike. It is a slice of the lowered text or a copy
	// when folding changed its length.
	Lower string
	// Lemma is the dictionary form once the sentence is tagged
	// (Sentence.Structure), Lower before.
	Lemma string
	Tag   postag.Tag
	// Word: letters or digits, not a mark. Cap: the first letter is
	// upper case; Caps: every letter is.
	Word, Cap, Caps bool
	// Key is the number a word list gave Lower (model/lexicon's Keys),
	// so that membership tests read a bit rather than hash the word
	// again for every list; 0 when none was given.
	Key int32
}

// Tokenize appends the tokens of src[sp.Start:sp.End] to dst. Letters and
// digits form words; an apostrophe, hyphen, period, comma between digits
// or ampersand joins a word only between word characters ("don’t",
// "so-called", "U.S", "22,000", "AT&T"); every other non-space rune is a
// token of its own. Linear in the span.
func Tokenize(src string, sp Span, dst []Token) []Token { return tokenize(src, "", sp, dst) }

// TokenizeLowered is Tokenize given lowered, src with its ASCII letters
// lower-cased (same length): an ASCII word's Lower is then a slice of it
// rather than a copy, so a caller tokenizing a whole text allocates
// nothing per capitalised word.
func TokenizeLowered(src, lowered string, sp Span, dst []Token) []Token {
	if len(lowered) != len(src) {
		lowered = ""
	}
	return tokenize(src, lowered, sp, dst)
}

// LowerASCII returns s with its ASCII letters lower-cased, for
// TokenizeLowered.
func LowerASCII(s string) string { return lowerASCII(s) }

func tokenize(src, lowered string, sp Span, dst []Token) []Token {
	i, to := sp.Start, sp.End
	for i < to {
		if c := src[i]; c < utf8.RuneSelf {
			// ASCII, the bulk of news text, is read by table without
			// decoding runes.
			switch asciiClass[c] {
			case asciiSkip:
				i++
				continue
			case asciiMark, asciiJoin:
				dst = append(dst, Token{Start: i, End: i + 1, Lower: src[i : i+1], Lemma: src[i : i+1]})
				i++
				continue
			}
			j, ascii, apos := scanASCIIWord(src, i, to)
			if !ascii {
				j = scanWord(src, i, to)
			}
			j = abbreviationEnd(src, i, j, to)
			// Only a word with an apostrophe, or "cannot", splits.
			if !ascii || apos || j-i == 6 {
				if c := clitic(src, i, j); c > i {
					dst = append(dst, wordToken(src, i, c), wordToken(src, c, j))
					i = j
					continue
				}
			}
			if ascii {
				dst = append(dst, asciiWordToken(src, lowered, i, j))
			} else {
				dst = append(dst, wordToken(src, i, j))
			}
			i = j
			continue
		}
		r, size := decodeAt(src, i)
		switch {
		case isWordRune(r):
			j := abbreviationEnd(src, i, scanWord(src, i, to), to)
			if c := clitic(src, i, j); c > i {
				// "didn't" is "did" + "n't", "I'm" is "I" + "'m", as
				// treebanks split them: the tagger and the negation
				// scope read the parts.
				dst = append(dst, wordToken(src, i, c), wordToken(src, c, j))
			} else {
				dst = append(dst, wordToken(src, i, j))
			}
			i = j
		case unicode.IsSpace(r) || r < 0x20 || r == 0x7f || r == utf8.RuneError || r == '\u200b' || r == '\ufeff':
			i += size
		default:
			dst = append(dst, Token{Start: i, End: i + size, Lower: src[i : i+size], Lemma: src[i : i+size]})
			i += size
		}
	}
	return dst
}

// abbreviationEnd takes the closing period into a word with a period
// inside it ("U.S.", "a.m.", "e.g."), so "the U.S. military" stays one
// phrase: the period of an abbreviation is no mark. The segmenter has
// already decided where sentences end.
func abbreviationEnd(src string, s, e, to int) int {
	if e >= to || src[e] != '.' || e+1 < to && isWordByte(src[e+1]) {
		return e
	}
	for k := s + 1; k < e-1; k++ {
		if src[k] == '.' {
			return e + 1
		}
	}
	return e
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// The classes of ASCII bytes for Tokenize's fast path.
const (
	asciiMark = iota // a token of its own
	asciiSkip        // space or control
	asciiWord        // letter or digit
	asciiJoin        // joins two word characters: ' - . , &
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c <= ' ' || c == 0x7f:
			t[c] = asciiSkip
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = asciiWord
		case c == '\'' || c == '-' || c == '.' || c == ',' || c == '&':
			t[c] = asciiJoin
		}
	}
	return t
}()

// scanASCIIWord is scanWord for a word of ASCII bytes starting at i. It
// gives up (ascii false) at the first byte that is not ASCII, which
// scanWord then reads; apos says the word holds an apostrophe.
func scanASCIIWord(src string, i, to int) (j int, ascii, apos bool) {
	j = i + 1
	for j < to {
		c := src[j]
		if c >= utf8.RuneSelf {
			return j, false, apos
		}
		switch asciiClass[c] {
		case asciiWord:
			j++
			continue
		case asciiJoin:
			if j+1 < to {
				n := src[j+1]
				if n >= utf8.RuneSelf {
					return j, false, apos
				}
				if asciiClass[n] == asciiWord && (c != ',' || isDigitAt(src, j-1) && isDigitAt(src, j+1)) {
					apos = apos || c == '\''
					j += 2
					continue
				}
			}
		}
		break
	}
	return j, true, apos
}

// asciiWordToken is wordToken for a word of ASCII bytes: one pass.
// lowered is src lower-cased, or "".
func asciiWordToken(src, lowered string, s, e int) Token {
	t := Token{Start: s, End: e, Word: true}
	upper, lower := false, false
	for k := s; k < e; k++ {
		switch c := src[k]; {
		case 'A' <= c && c <= 'Z':
			upper = true
		case 'a' <= c && c <= 'z':
			lower = true
		}
	}
	t.Cap = 'A' <= src[s] && src[s] <= 'Z'
	t.Caps = t.Cap && !lower
	t.Lower = src[s:e]
	switch {
	case upper && lowered != "":
		t.Lower = lowered[s:e]
	case upper:
		t.Lower = lowerASCII(src[s:e])
	}
	t.Lemma = t.Lower
	return t
}

// clitic returns where a clitic ending of the word [s, e) starts ("n't",
// "'s", "'re", "'ve", "'m", "'d", "'ll", with either apostrophe), or s.
func clitic(src string, s, e int) int {
	w := src[s:e]
	if len(w) == 6 && equalLowerASCII(w, "cannot") {
		return s + 3 // "can" + "not", as the treebank splits it
	}
	// Fast path: most words hold no apostrophe near their end.
	has := false
	for k := max(0, len(w)-6); k < len(w); k++ {
		if w[k] == '\'' || w[k] == 0xE2 {
			has = true
			break
		}
	}
	if !has {
		return s
	}
	for _, suf := range [...]string{"n't", "n’t"} {
		if len(w) > len(suf)+1 && w[len(w)-len(suf):] == suf {
			if c := e - len(suf); src[c-1] != 'n' || w == "can't" || w == "can’t" {
				return c
			}
		}
	}
	for _, ap := range [...]string{"'", "’"} {
		for _, suf := range [...]string{"s", "re", "ve", "m", "d", "ll"} {
			n := len(ap) + len(suf)
			if len(w) > n && w[len(w)-n:len(w)-len(suf)] == ap && equalLowerASCII(w[len(w)-len(suf):], suf) {
				return e - n
			}
		}
	}
	return s
}

func wordToken(src string, s, e int) Token {
	t := Token{Start: s, End: e, Word: true}
	ascii := true
	for k := s; k < e; k++ {
		if src[k] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		t.Lower = lowerASCII(src[s:e])
		t.Cap = 'A' <= src[s] && src[s] <= 'Z'
		t.Caps = t.Cap
		for k := s + 1; k < e && t.Caps; k++ {
			if c := src[k]; 'a' <= c && c <= 'z' {
				t.Caps = false
			}
		}
	} else {
		b := make([]byte, 0, e-s)
		for _, r := range src[s:e] {
			if r == '’' {
				r = '\''
			}
			if r < utf8.RuneSelf && 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = utf8.AppendRune(b, r)
		}
		t.Lower = string(b)
		r, _ := utf8.DecodeRuneInString(src[s:e])
		t.Cap = unicode.IsUpper(r)
		t.Caps = t.Cap
		for _, r := range src[s:e] {
			if unicode.IsLower(r) {
				t.Caps = false
				break
			}
		}
	}
	t.Lemma = t.Lower
	return t
}

// equalLowerASCII reports whether lowerASCII(s) == lower, without the
// copy lowerASCII makes of a word with a capital.
func equalLowerASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// lowerASCII returns s lower-cased, without a copy when s has no capital.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if c := b[k]; 'A' <= c && c <= 'Z' {
					b[k] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func scanWord(src string, i, to int) int {
	for i < to {
		r, size := decodeAt(src, i)
		if isWordRune(r) {
			i += size
			continue
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' || r == '&') && i+size < to {
			next, _ := decodeAt(src, i+size)
			if isWordRune(next) && (r != ',' || isDigitAt(src, i-1) && isDigitAt(src, i+size)) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

func isDigitAt(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}
