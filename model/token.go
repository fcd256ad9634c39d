package model

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/caveat-reader/caveat/model/ledger"
	stream "github.com/caveat-reader/caveat/model/text"
)

// token is one word or punctuation mark as the attribution rules, the
// quotation finder and the scorecard's facts read the text: model/text's
// tokens of the sentence (the text's one tokenizer) with its clitics
// joined back to their words (detectorTokens).
type token struct {
	start, end int
	// norm is the lower-cased form with typographic apostrophes made
	// ASCII, so lexicon phrases match "don’t" and "don't" alike.
	norm string
	// classes copies the lexicon entry's class bits for norm: rules test
	// them on every token, and reading them here spares a lookup.
	classes uint64
	// ledger copies info.ledger, the word's class bits in the source
	// ledger, which its tokens carry (detectorTokens).
	ledger uint64
	word   bool
	// cap: the first letter is upper case; caps: every letter is.
	cap, caps bool
	// st is the index among the paragraph's model/text tokens
	// (analyzer.stoks) of the first that ends past this token's start:
	// its own, the first of a word joined from two, the abbreviation a
	// split-off period closed. Rules moving to model/text's tokens read
	// their places through it.
	st int32
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
	// Eight bytes at a time. A byte gets 0x20 added when its low seven bits lie in
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
	// copy string(b) would make.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// detectorTokens appends to toks the detector's view of stoks, the
// tokens model/text made of text[from:to], and returns it with ledger,
// the same tokens as the source ledger reads them (ledger.Token),
// appended to ledger unless it is nil on entry and wantLedger is false. words holds the lexicon entries.
//
// The attribution rules still read words as the text has them: a clitic
// model/text splits off is joined back to its word ("did" + "n't" is
// "didn't", "mayor" + "'s" is "mayor's", "can" + "not" is "cannot"), the
// period model/text takes into an abbreviation is a mark of its own
// ("u.s" and "."), a markdown link target "(url)" after "]" is no prose,
// and the two tokenizers' readings of C1 control bytes (space here, a
// mark there) and of U+FFFD (a mark here, skipped there) are the
// detector's. Every one of their index windows was tuned on that
// reading; until they read model/text's tokens themselves, this is the
// one place the two readings meet, and the text is tokenized once.
func detectorTokens(text string, from, to int, stoks []stream.Token, base int, words *wordTable, toks []token, ledgerToks []ledger.Token, wantLedger bool) ([]token, []ledger.Token) {
	at := from
	for j := 0; j < len(stoks); j++ {
		st := &stoks[j]
		if st.Start > at+1 || st.Start == at+1 && text[at] != ' ' {
			toks = replacementMarks(text, at, st.Start, int32(base+j), toks)
		}
		if !st.Word {
			at = st.End
			if wantLedger {
				ledgerToks = append(ledgerToks, ledger.Token{Start: st.Start, End: st.End, Lower: st.Lower})
			}
			c := text[st.Start]
			if c >= utf8.RuneSelf {
				if r, _ := utf8.DecodeRuneInString(text[st.Start:st.End]); unicode.Is(unicode.Cc, r) {
					continue // a C1 control byte, which the detector skips as space
				}
			}
			toks = append(toks, token{start: st.Start, end: st.End, norm: toLower(text[st.Start:st.End]), st: int32(base + j)})
			if c == ']' && st.End < to && text[st.End] == '(' {
				if e := skipLinkTarget(text, st.End, to); e > st.End {
					// The link target's tokens are the ledger's alone.
					for j+1 < len(stoks) && stoks[j+1].Start < e {
						j++
						if wantLedger {
							ledgerToks = appendLedgerToken(ledgerToks, &stoks[j], words)
						}
					}
					at = stoks[j].End
				}
			}
			continue
		}
		// One word of the text, model/text's tokens j..k.
		k := j
		for k+1 < len(stoks) && stoks[k+1].Word && stoks[k+1].Start == stoks[k].End {
			k++
		}
		s, e := st.Start, stoks[k].End
		at = e
		abbr := text[e-1] == '.'
		if k == j && !abbr {
			// The common case: one token in both readings, looked up
			// once for both.
			t := token{start: s, end: e, word: true, norm: st.Lower, cap: st.Cap, caps: st.Caps, st: int32(base + j)}
			if words != nil {
				if wi := words.Get(t.norm); wi != nil {
					t.classes, t.ledger = wi.classes, wi.ledger
				}
			}
			if wantLedger {
				ledgerToks = append(ledgerToks, ledger.Token{Start: s, End: e, Lower: st.Lower, Bits: t.ledger, Word: true, Cap: st.Cap, Caps: st.Caps})
			}
			toks = append(toks, t)
			continue
		}
		if wantLedger {
			for n := j; n <= k; n++ {
				ledgerToks = appendLedgerToken(ledgerToks, &stoks[n], words)
			}
		}
		if abbr {
			e--
		}
		toks = appendWordToken(toks, text, s, e, words)
		toks[len(toks)-1].st = int32(base + j)
		if abbr {
			toks = append(toks, token{start: e, end: e + 1, norm: toLower(text[e : e+1]), st: int32(base + k)})
		}
		j = k
	}
	toks = replacementMarks(text, at, to, int32(base+len(stoks)), toks)
	return toks, ledgerToks
}

// tokenizeSpan appends the detector's tokens of text[from:to] to toks,
// as the analyzer makes them; stoks is scratch for model/text's.
func tokenizeSpan(text string, from, to int, toks []token, stoks []stream.Token) ([]token, []stream.Token) {
	stoks = stream.Tokenize(text, stream.Span{Start: from, End: to}, stoks[:0])
	toks, _ = detectorTokens(text, from, to, stoks, 0, lex.table, toks, nil, false)
	return toks, stoks
}

// appendLedgerToken appends the ledger's token of t, with the ledger's
// class bits of its word from words (the detector's table holds them).
func appendLedgerToken(dst []ledger.Token, t *stream.Token, words *wordTable) []ledger.Token {
	lt := ledger.Token{Start: t.Start, End: t.End, Lower: t.Lower, Word: t.Word, Cap: t.Cap, Caps: t.Caps}
	if t.Word && words != nil {
		if wi := words.Get(t.Lower); wi != nil {
			lt.Bits = wi.ledger
		}
	}
	return append(dst, lt)
}

// replacementMarks appends a mark for every U+FFFD in text[from:to], a
// gap between model/text's tokens before token next: model/text skips
// it, the detector reads it as a mark.
func replacementMarks(text string, from, to int, next int32, toks []token) []token {
	for k := from; k+3 <= to; k++ {
		if text[k] == 0xEF && text[k+1] == 0xBF && text[k+2] == 0xBD {
			toks = append(toks, token{start: k, end: k + 3, norm: toLower(text[k : k+3]), st: next})
			k += 2
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

// appendWordToken appends the word token text[s:e], built in place: a
// token is copied once per word of the text otherwise.
func appendWordToken(toks []token, text string, s, e int, words *wordTable) []token {
	toks = append(toks, token{start: s, end: e, word: true, norm: toLower(text[s:e])})
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
