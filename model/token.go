package model

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/caveat-reader/caveat/model/ledger"
	stream "github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/tokview"
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
func detectorTokens(text string, from, to int, stoks []stream.Token, base int, words *tokview.WordTable, toks []tokview.Token, ledgerToks []ledger.Token, wantLedger bool) ([]tokview.Token, []ledger.Token) {
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
			toks = append(toks, tokview.Token{Start: st.Start, End: st.End, Norm: toLower(text[st.Start:st.End]), St: int32(base + j)})
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
			t := tokview.Token{Start: s, End: e, Word: true, Norm: st.Lower, Cap: st.Cap, Caps: st.Caps, St: int32(base + j)}
			if words != nil {
				if wi := words.Get(t.Norm); wi != nil {
					t.Classes, t.Ledger = wi.Classes, wi.Ledger
				}
			}
			if wantLedger {
				ledgerToks = append(ledgerToks, ledger.Token{Start: s, End: e, Lower: st.Lower, Bits: t.Ledger, Word: true, Cap: st.Cap, Caps: st.Caps})
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
		toks[len(toks)-1].St = int32(base + j)
		if abbr {
			toks = append(toks, tokview.Token{Start: e, End: e + 1, Norm: toLower(text[e : e+1]), St: int32(base + k)})
		}
		j = k
	}
	toks = replacementMarks(text, at, to, int32(base+len(stoks)), toks)
	return toks, ledgerToks
}

// tokenizeSpan appends the detector's tokens of text[from:to] to toks,
// as the analyzer makes them; stoks is scratch for model/text's.
func tokenizeSpan(text string, from, to int, toks []tokview.Token, stoks []stream.Token) ([]tokview.Token, []stream.Token) {
	stoks = stream.Tokenize(text, stream.Span{Start: from, End: to}, stoks[:0])
	toks, _ = detectorTokens(text, from, to, stoks, 0, lex.table, toks, nil, false)
	return toks, stoks
}

// appendLedgerToken appends the ledger's token of t, with the ledger's
// class bits of its word from words (the detector's table holds them).
func appendLedgerToken(dst []ledger.Token, t *stream.Token, words *tokview.WordTable) []ledger.Token {
	lt := ledger.Token{Start: t.Start, End: t.End, Lower: t.Lower, Word: t.Word, Cap: t.Cap, Caps: t.Caps}
	if t.Word && words != nil {
		if wi := words.Get(t.Lower); wi != nil {
			lt.Bits = wi.Ledger
		}
	}
	return append(dst, lt)
}

// replacementMarks appends a mark for every U+FFFD in text[from:to], a
// gap between model/text's tokens before token next: model/text skips
// it, the detector reads it as a mark.
func replacementMarks(text string, from, to int, next int32, toks []tokview.Token) []tokview.Token {
	for k := from; k+3 <= to; k++ {
		if text[k] == 0xEF && text[k+1] == 0xBF && text[k+2] == 0xBD {
			toks = append(toks, tokview.Token{Start: k, End: k + 3, Norm: toLower(text[k : k+3]), St: next})
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
func appendWordToken(toks []tokview.Token, text string, s, e int, words *tokview.WordTable) []tokview.Token {
	toks = append(toks, tokview.Token{Start: s, End: e, Word: true, Norm: toLower(text[s:e])})
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
		t.Cap = 'A' <= c && c <= 'Z'
		t.Caps = t.Cap
		for k := s + 1; k < e && t.Caps; k++ {
			if c := text[k]; 'a' <= c && c <= 'z' {
				t.Caps = false
			}
		}
	} else {
		if strings.Contains(t.Norm, "’") {
			t.Norm = strings.ReplaceAll(t.Norm, "’", "'")
		}
		r, _ := utf8.DecodeRuneInString(text[s:e])
		t.Cap = unicode.IsUpper(r)
		t.Caps = t.Cap
		for _, r := range text[s:e] {
			if unicode.IsLower(r) {
				t.Caps = false
				break
			}
		}
	}
	if words != nil {
		if wi := words.Get(t.Norm); wi != nil {
			t.Classes, t.Ledger = wi.Classes, wi.Ledger
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
