package model

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// ledgerToken is one word or punctuation mark inside a span the ledger was
// given (a flag's span, a sentence). The ledger and the scorecard read words
// through these tokens so that every piece of text they report keeps its
// byte offsets into Analysis.Text.
type ledgerToken struct {
	Span
	// Key is the word folded for lookup: ASCII lower case, typographic
	// apostrophes as '\”. Punctuation tokens keep their character.
	Key   string
	Punct bool
	// Upper reports whether the word starts with an upper-case letter.
	Upper bool
	// bits and stemBits hold the ledger word classes of Key and of its
	// stem (ledgerMark), so a rule asks a token, not a map.
	bits, stemBits uint64
}

// in reports whether the token's word belongs to the class with bit rule.
func (t ledgerToken) in(rule uint64) bool { return t.bits&rule != 0 }

// inStem is in for the word's stem ("ministry's" -> "ministry").
func (t ledgerToken) inStem(rule uint64) bool { return t.stemBits&rule != 0 }

// ledgerMark fills every token's word-class bits: one lookup per word,
// however many classes the rules then ask about.
func ledgerMark(toks []ledgerToken) {
	w := ledgerWords()
	for i := range toks {
		k := toks[i].Key
		toks[i].bits = w.wordBits[k]
		if st := ledgerStem(k); st != k {
			toks[i].stemBits = w.wordBits[st]
		} else {
			toks[i].stemBits = toks[i].bits
		}
	}
}

// tokenizeSpan splits text[sp.Start:sp.End] into words and punctuation.
// A word is a run of letters and digits, with inner apostrophes, hyphens
// and periods kept when a letter or digit follows ("didn’t", "Washington-
// based", "U.S").
func tokenizeSpan(text string, sp Span) []ledgerToken {
	return appendLedgerTokens(nil, text, sp)
}

// ledgerTokenPool holds token buffers for readers that look at a span's
// tokens and keep none of them (a mention's phrase, a description's key),
// so that reading every attribution of a long text allocates no tokens.
var ledgerTokenPool = sync.Pool{New: func() any { return new([]ledgerToken) }}

// ledgerTokensGet tokenises text[sp] into a pooled buffer; hand it back
// with ledgerTokensPut once no token is needed.
func ledgerTokensGet(text string, sp Span) *[]ledgerToken {
	p := ledgerTokenPool.Get().(*[]ledgerToken)
	*p = appendLedgerTokens((*p)[:0], text, sp)
	ledgerMark(*p)
	return p
}

func ledgerTokensPut(p *[]ledgerToken) { ledgerTokenPool.Put(p) }

// appendLedgerTokens is tokenizeSpan appending to dst, so that a caller
// reading sentence after sentence reuses one buffer.
func appendLedgerTokens(dst []ledgerToken, text string, sp Span) []ledgerToken {
	return appendLedgerTokensLower(dst, text, "", sp)
}

// appendLedgerTokensLower is appendLedgerTokens given lower, the text with
// ASCII letters lower-cased (asciiLower), or "". ASCII, the bulk of news
// text, is classified by table without decoding runes; an ASCII word's key
// is then a slice of lower (or of text, when it is lower case already),
// never a copy.
func appendLedgerTokensLower(dst []ledgerToken, text, lower string, sp Span) []ledgerToken {
	end := sp.End
	i := sp.Start
	for i < end {
		c := text[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:end])
		} else if ledgerASCII[c] == ledgerSpace {
			i++
			continue
		}
		switch {
		case ledgerWordRune(r):
			plain := c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
			ascii := c < utf8.RuneSelf
			j := i + n
			for j < end {
				c2 := text[j]
				if c2 < utf8.RuneSelf {
					switch ledgerASCII[c2] {
					case ledgerLower:
						j++
						continue
					case ledgerUpper:
						plain = false
						j++
						continue
					case ledgerInner:
						if j+1 < end && ledgerWordAt(text, j+1, end) {
							j++
							continue
						}
					}
					break
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				plain, ascii = false, false
				if ledgerWordRune(r2) {
					j += n2
					continue
				}
				if ledgerInnerRune(r2) && j+n2 < end && ledgerWordAt(text, j+n2, end) {
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
				key = ledgerFold(key)
			}
			upper := c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && unicode.IsUpper(r)
			dst = append(dst, ledgerToken{Span: Span{i, j}, Key: key, Upper: upper})
			i = j
		case r >= utf8.RuneSelf && unicode.IsSpace(r):
			i += n
		default:
			dst = append(dst, ledgerToken{Span: Span{i, i + n}, Key: text[i : i+n], Punct: true})
			i += n
		}
	}
	return dst
}

// The classes of ASCII bytes for appendLedgerTokens. ledgerInner bytes
// join two word runes ("didn't", "U.S"); ledgerLower covers digits too.
const (
	ledgerOther = iota
	ledgerSpace
	ledgerLower
	ledgerUpper
	ledgerInner
)

var ledgerASCII = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			t[c] = ledgerLower
		case c >= 'A' && c <= 'Z':
			t[c] = ledgerUpper
		case c == '\'' || c == '-' || c == '.':
			t[c] = ledgerInner
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			t[c] = ledgerSpace
		}
	}
	return t
}()

// ledgerWordAt reports whether a word rune starts at text[i:end].
func ledgerWordAt(text string, i, end int) bool {
	if c := text[i]; c < utf8.RuneSelf {
		k := ledgerASCII[c]
		return k == ledgerLower || k == ledgerUpper
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return ledgerWordRune(r)
}

// ledgerRuneAt decodes the rune at text[i:end], ASCII without a call.
func ledgerRuneAt(text string, i, end int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}

func ledgerWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func ledgerInnerRune(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.' || r == '‑'
}

// ledgerFold lower-cases ASCII letters and maps typographic apostrophes to
// '\” so that lexicon entries need one spelling only.
func ledgerFold(w string) string {
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

// ledgerStem strips a possessive ending ("kyiv's" -> "kyiv").
func ledgerStem(k string) string {
	if len(k) > 2 && (k[len(k)-2:] == "'s") {
		return k[:len(k)-2]
	}
	if len(k) > 1 && k[len(k)-1] == '\'' {
		return k[:len(k)-1]
	}
	return k
}

// ledgerQuoteRune reports whether a rune opens or closes a quotation.
func ledgerQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„':
		return true
	}
	return false
}
