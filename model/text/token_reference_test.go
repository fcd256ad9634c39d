package text

import (
	"unicode"
	"unicode/utf8"
)

// tokenizeReference is Tokenize as it was before its ASCII fast path,
// kept so that TestTokenizeFastPath and FuzzTokenizeFastPath hold the
// two to the same tokens.
func tokenizeReference(src string, sp Span, dst []Token) []Token {
	i, to := sp.Start, sp.End
	for i < to {
		r, size := decodeAt(src, i)
		switch {
		case isWordRune(r):
			j := abbreviationEnd(src, i, scanWordReference(src, i, to), to)
			if c := clitic(src, i, j); c > i {
				// "didn't" is "did" + "n't", "I'm" is "I" + "'m", as
				// treebanks split them: the tagger and the negation
				// scope read the parts.
				dst = append(dst, wordTokenReference(src, i, c), wordTokenReference(src, c, j))
			} else {
				dst = append(dst, wordTokenReference(src, i, j))
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

func scanWordReference(src string, i, to int) int {
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

func wordTokenReference(src string, s, e int) Token {
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
