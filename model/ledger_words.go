package model

import (
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
}

// tokenizeSpan splits text[sp.Start:sp.End] into words and punctuation.
// A word is a run of letters and digits, with inner apostrophes, hyphens
// and periods kept when a letter or digit follows ("didn’t", "Washington-
// based", "U.S").
func tokenizeSpan(text string, sp Span) []ledgerToken {
	var out []ledgerToken
	i := sp.Start
	for i < sp.End {
		r, n := utf8.DecodeRuneInString(text[i:sp.End])
		switch {
		case ledgerWordRune(r):
			j := i + n
			for j < sp.End {
				r2, n2 := utf8.DecodeRuneInString(text[j:sp.End])
				if ledgerWordRune(r2) {
					j += n2
					continue
				}
				if ledgerInnerRune(r2) && j+n2 < sp.End {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : sp.End])
					if ledgerWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			out = append(out, ledgerToken{Span: Span{i, j}, Key: ledgerFold(text[i:j]), Upper: unicode.IsUpper(r)})
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			out = append(out, ledgerToken{Span: Span{i, i + n}, Key: text[i : i+n], Punct: true})
			i += n
		}
	}
	return out
}

func ledgerWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

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

// ledgerQuoteMark reports whether a punctuation token opens or closes a quotation.
func ledgerQuoteMark(k string) bool {
	switch k {
	case "\"", "“", "”", "«", "»", "„":
		return true
	}
	return false
}
