package model

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// scanToken is one word or punctuation mark of a sentence as the
// scorecard reads it (checks_scan.go). Every piece of text it reports
// keeps its byte offsets into Analysis.Text.
type scanToken struct {
	Span
	// Key is the word folded for lookup: ASCII lower case, typographic
	// apostrophes as '\''. Punctuation tokens keep their character.
	Key   string
	Punct bool
	// Upper reports whether the word starts with an upper-case letter.
	Upper bool
}

// tokenizeSpan splits text[sp.Start:sp.End] into words and punctuation.
// A word is a run of letters and digits, with inner apostrophes, hyphens
// and periods kept when a letter or digit follows ("didn’t", "Washington-
// based", "U.S").
func tokenizeSpan(text string, sp Span) []scanToken {
	return appendScanTokensPlain(nil, text, sp)
}

// scanTokenPool holds token buffers for readers that look at a span's
// tokens and keep none of them (a mention's phrase, a description's key),
// so that reading every attribution of a long text allocates no tokens.
var scanTokenPool = sync.Pool{New: func() any { return new([]scanToken) }}

// scanTokensGet tokenises text[sp] into a pooled buffer; hand it back
// with scanTokensPut once no token is needed.
func scanTokensGet(text string, sp Span) *[]scanToken {
	p := scanTokenPool.Get().(*[]scanToken)
	*p = appendScanTokensPlain((*p)[:0], text, sp)
	return p
}

func scanTokensPut(p *[]scanToken) { scanTokenPool.Put(p) }

// appendScanTokensPlain is tokenizeSpan appending to dst, so that a caller
// reading sentence after sentence reuses one buffer.
func appendScanTokensPlain(dst []scanToken, text string, sp Span) []scanToken {
	return appendScanTokens(dst, text, "", sp)
}

// appendScanTokens is appendScanTokensPlain given lower, the text with
// ASCII letters lower-cased (asciiLower), or "". ASCII, the bulk of news
// text, is classified by table without decoding runes; an ASCII word's key
// is then a slice of lower (or of text, when it is lower case already),
// never a copy.
func appendScanTokens(dst []scanToken, text, lower string, sp Span) []scanToken {
	end := sp.End
	i := sp.Start
	for i < end {
		c := text[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:end])
		} else if scanASCII[c] == scanSpace {
			i++
			continue
		}
		switch {
		case scanWordRune(r):
			plain := c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
			ascii := c < utf8.RuneSelf
			j := i + n
			for j < end {
				c2 := text[j]
				if c2 < utf8.RuneSelf {
					switch scanASCII[c2] {
					case scanLower:
						j++
						continue
					case scanUpper:
						plain = false
						j++
						continue
					case scanInner:
						if j+1 < end && scanWordAt(text, j+1, end) {
							j++
							continue
						}
					}
					break
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				plain, ascii = false, false
				if scanWordRune(r2) {
					j += n2
					continue
				}
				if scanInnerRune(r2) && j+n2 < end && scanWordAt(text, j+n2, end) {
					j += n2
					continue
				}
				break
			}
			key := text[i:j]
			switch {
			case plain:
			case ascii && lower != "":
				key = lower[i:j]
			default:
				key = scanFold(key)
			}
			upper := c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)
			dst = append(dst, scanToken{Span: Span{i, j}, Key: key, Upper: upper})
			i = j
		case r >= utf8.RuneSelf && unicode.IsSpace(r):
			i += n
		default:
			dst = append(dst, scanToken{Span: Span{i, i + n}, Key: text[i : i+n], Punct: true})
			i += n
		}
	}
	return dst
}

// The classes of ASCII bytes for appendScanTokensPlain. scanInner bytes
// join two word runes ("didn't", "U.S"); scanLower covers digits too.
const (
	scanOther = iota
	scanSpace
	scanLower
	scanUpper
	scanInner
)

var scanASCII = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			t[c] = scanLower
		case c >= 'A' && c <= 'Z':
			t[c] = scanUpper
		case c == '\'' || c == '-' || c == '.':
			t[c] = scanInner
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			t[c] = scanSpace
		}
	}
	return t
}()

// scanWordAt reports whether a word rune starts at text[i:end].
func scanWordAt(text string, i, end int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		k := scanASCII[c]
		return k == scanLower || k == scanUpper
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return scanWordRune(r)
}

func scanWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func scanInnerRune(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.' || r == '‑'
}

// scanFold lower-cases ASCII letters and maps typographic apostrophes to
// '\” so that lexicon entries need one spelling only.
func scanFold(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	b := make([]byte, 0, len(w))
	for _, r := range w {
		switch {
		case r == '’' || r == '‘':
			b = append(b, '\'')
		case r == '‑':
			b = append(b, '-')
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return string(b)
}

// possessiveStem strips a possessive ending ("kyiv's" -> "kyiv").
func possessiveStem(k string) string {
	if len(k) > 2 && (k[len(k)-2:] == "'s") {
		return k[:len(k)-2]
	}
	if len(k) > 1 && k[len(k)-1] == '\'' {
		return k[:len(k)-1]
	}
	return k
}
