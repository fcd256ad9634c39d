package model

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// token is one word or punctuation mark of the text, found once per
// analysis; every rule reads tokens, never the raw text again.
type token struct {
	start, end int
	// norm is the lower-cased form with typographic apostrophes made
	// ASCII, so lexicon phrases match "don’t" and "don't" alike.
	norm string
	// classes copies the lexicon entry's class bits for norm: rules test
	// them on every token, and reading them here spares a lookup.
	classes uint64
	// ledger copies info.ledger, the word's class bits in the source
	// ledger, for the ledger's tokens (ledgerfeed.go).
	ledger uint64
	word   bool
	// cap: the first letter is upper case; caps: every letter is.
	cap, caps bool
	// plain: a word of ASCII letters and digits that no joiner (an
	// apostrophe, hyphen, period, comma or ampersand) or non-ASCII rune
	// follows (plainWordEnd), which model/text reads alike.
	plain bool
}

// Quote marks as norm values of punctuation tokens.
const (
	quoteOpen     = "“"
	quoteClose    = "”"
	quoteStraight = "\""
)

// asciiLower lower-cases ASCII letters only, so byte offsets into the
// result are byte offsets into the text.
func asciiLower(s string) string {
	b := make([]byte, len(s))
	// Eight bytes at a time: this runs over the whole text once per
	// analysis. A byte gets 0x20 added when its low seven bits lie in
	// 'A'..'Z' and its top bit is clear (no UTF-8 byte is touched); the
	// additions below never carry from one byte into the next.
	const lo7, hi = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))
		h := x & lo7
		geA := h + 0x0101010101010101*(0x80-'A')
		gtZ := h + 0x0101010101010101*(0x80-'Z'-1)
		upper := geA &^ gtZ &^ x & hi
		binary.LittleEndian.PutUint64(b[i:], x|upper>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	// b is never written again, so it can back the string without the
	// copy string(b) would make: this is the analysis's largest buffer.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// tokenize appends the tokens of text[from:to] to toks. lower is
// asciiLower(text); words holds the lexicon entries (nil while the
// lexicon itself is being built). The scorecard reads these same tokens
// (model/scorecard, scorecard.go).
func tokenize(text, lower string, from, to int, words *wordTable, toks []token) []token {
	i := from
	for i < to {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				if j, ok := plainWordEnd(text, i, to); ok {
					toks = appendPlainWord(toks, text, lower, i, j, words)
					i = j
					break
				}
				j := scanWord(text, i, to)
				toks = appendWordToken(toks, text, lower, i, j, words)
				i = j
			case c <= ' ' || c == 0x7f:
				i++
			case c == ']' && i+1 < to && text[i+1] == '(':
				// A markdown link target: its URL is not prose.
				toks = append(toks, token{start: i, end: i + 1, norm: lower[i : i+1]})
				i = skipLinkTarget(text, i+1, to)
			default:
				toks = append(toks, token{start: i, end: i + 1, norm: lower[i : i+1]})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:to])
		switch {
		case isTextWordRune(r):
			j := scanWord(text, i, to)
			toks = appendWordToken(toks, text, lower, i, j, words)
			i = j
		case isSpaceRune(r) || r == utf8.RuneError && size == 1:
			i += size // white space; an invalid byte is neither word nor mark
		default:
			toks = append(toks, token{start: i, end: i + size, norm: lower[i : i+size]})
			i += size
		}
	}
	return toks
}

// skipLinkTarget returns the offset after "(url)" starting at i, or i when
// what follows does not look like a link target.
func skipLinkTarget(text string, i, to int) int {
	for j := i + 1; j < to && j < i+2048; j++ {
		switch text[j] {
		case ')':
			return j + 1
		case ' ', '\n', '\t':
			return i
		}
	}
	return i
}

// plainWordEnd returns the end of the run of ASCII letters and digits
// starting at i, and ok when the word ends there for certain: no joiner
// (scanWord's apostrophes, hyphens, periods, commas, ampersands) and no
// non-ASCII rune follows. Most words of a text are such plain words.
func plainWordEnd(text string, i, to int) (int, bool) {
	j := i + 1
	for j < to && asciiWordByte[text[j]] {
		j++
	}
	if j < to {
		c := text[j]
		if c >= utf8.RuneSelf || c == '\'' || c == '-' || c == '.' || c == ',' || c == '&' {
			return j, false
		}
	}
	return j, true
}

var asciiWordByte = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// appendPlainWord is appendWordToken for a word plainWordEnd vouched for:
// ASCII only, so the norm needs no folding.
func appendPlainWord(toks []token, text, lower string, s, e int, words *wordTable) []token {
	c := text[s]
	upper := 'A' <= c && c <= 'Z'
	caps := upper
	for k := s + 1; k < e && caps; k++ {
		if c := text[k]; 'a' <= c && c <= 'z' {
			caps = false
		}
	}
	t := token{start: s, end: e, word: true, norm: lower[s:e], cap: upper, caps: caps, plain: true}
	if words != nil {
		if wi := words.Get(t.norm); wi != nil {
			t.classes, t.ledger = wi.classes, wi.ledger
		}
	}
	return append(toks, t)
}

// appendWordToken appends the word token text[s:e], built in place: a
// token is copied once per word of the text otherwise.
func appendWordToken(toks []token, text, lower string, s, e int, words *wordTable) []token {
	toks = append(toks, token{start: s, end: e, word: true, norm: lower[s:e]})
	t := &toks[len(toks)-1]
	ascii := true
	for k := s; k < e; k++ {
		if text[k] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		c := text[s]
		t.cap = 'A' <= c && c <= 'Z'
		t.caps = t.cap
		for k := s + 1; k < e && t.caps; k++ {
			if c := text[k]; 'a' <= c && c <= 'z' {
				t.caps = false
			}
		}
	} else {
		if strings.Contains(t.norm, "’") {
			t.norm = strings.ReplaceAll(t.norm, "’", "'")
		}
		r, _ := utf8.DecodeRuneInString(text[s:e])
		t.cap = unicode.IsUpper(r)
		t.caps = t.cap
		for _, r := range text[s:e] {
			if unicode.IsLower(r) {
				t.caps = false
				break
			}
		}
	}
	if words != nil {
		if wi := words.Get(t.norm); wi != nil {
			t.classes, t.ledger = wi.classes, wi.ledger
		}
	}
	return toks
}

// scanWord returns the end of the word starting at i, before to.
// Apostrophes, hyphens, periods, commas and ampersands join a word only
// between word characters ("don’t", "so-called", "U.S", "22,000", "AT&T").
func scanWord(text string, i, to int) int {
	for i < to {
		c := text[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:to])
			if isTextWordRune(r) {
				i += size
				continue
			}
		}
		if isJoiner(r) && i+size < to {
			next, _ := decodeAt(text[:to], i+size)
			if isTextWordRune(next) && (r != ',' || (isDigit(text, i-1) && isDigit(text, i+size))) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

func isDigit(text string, i int) bool {
	return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9'
}

func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' || r == '&'
}

func isTextWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r < 0x20 || r == 0x7f
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cc, r) || r == '\u200b' || r == '\ufeff'
}

// decodeAt decodes the rune at byte offset i, with an ASCII fast path.
func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}
