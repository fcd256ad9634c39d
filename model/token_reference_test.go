package model

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/caveat-reader/caveat/model/tokview"
)

// The detector's tokens are made from model/text's (detectorTokens) and
// must be what the detector's own tokenizer made of the text before the
// text was tokenized once: that tokenizer is kept here as the reference,
// word for word as it was, and the two are compared on the corpus, on
// texts chosen for where the tokenizers part, and by fuzzing.

func TestDetectorTokensAsBefore(t *testing.T) {
	texts := []string{
		"The U.S. military didn't say; Mayor's office cannot, “they’re” sure.",
		"Officials’ remarks on A.M. radio, e.g. at 9 a.m. U.S.A.",
		"See [the report](http://x.example/a b) here. [x](http://e.com/A) x\x00y ](y) ]( z",
		"A\u00a0space, a\u0085control, a\u0090, a \ufffd mark\ufffd, and\u200bzero width.\xff\xfe",
		"22,000 AT&T so-called Ana-María Ruiz O'Neill rock'n'roll 'quoted'. CAN'T Can’t can't won’t I’m",
		"Émile Zola said: «Non». İstanbul’s mayor? Dr. No. U.S",
		"U.S.'s e.g.É a.b.c. d'e f’s 1,000 x.y.",
	}
	for _, d := range loadCorpus(t, "dev", "seed") {
		texts = append(texts, d.text)
	}
	for _, text := range texts {
		checkDetectorTokens(t, text)
	}
}

func FuzzDetectorTokens(f *testing.F) {
	f.Add("The U.S. didn't, Mayor's office cannot. “They’re” sure.")
	f.Add("a.b.c. d'e f’s 1,000 AT&T [a](b) \ufffd\u0085")
	f.Fuzz(func(t *testing.T, text string) { checkDetectorTokens(t, text) })
}

func checkDetectorTokens(t *testing.T, text string) {
	t.Helper()
	lower := asciiLower(text)
	_, sents := segment(text)
	spans := []Span{{0, len(text)}}
	for _, s := range sents {
		spans = append(spans, s.Span)
	}
	for _, sp := range spans {
		want := refTokenize(text, lower, sp.Start, sp.End, lex.table, nil)
		got, stoks := tokenizeSpan(text, sp.Start, sp.End, nil, nil)
		for k := range got {
			// st: the first model/text token ending past the token's start.
			n := 0
			for n < len(stoks) && stoks[n].End <= got[k].Start {
				n++
			}
			if int(got[k].St) != n {
				t.Errorf("span %q: token %d %q: st %d, want %d", text[sp.Start:sp.End], k, got[k].Norm, got[k].St, n)
			}
			got[k].St = 0
		}
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			for k := 0; k < len(got) || k < len(want); k++ {
				var g, w tokview.Token
				if k < len(got) {
					g = got[k]
				}
				if k < len(want) {
					w = want[k]
				}
				if g != w {
					t.Errorf("span %q: token %d: got %+v, want %+v", text[sp.Start:sp.End], k, g, w)
					break
				}
			}
		}
	}
}

// The detector's tokenizer as it was (model/token.go at dd48694).

// tokenize appends the tokens of text[from:to] to toks. lower is
// asciiLower(text); words holds the lexicon entries (nil while the
// lexicon itself is being built). The scorecard reads these same tokens
// (model/scorecard, scorecard.go).
func refTokenize(text, lower string, from, to int, words *tokview.WordTable, toks []tokview.Token) []tokview.Token {
	i := from
	for i < to {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				if j, ok := refPlainWordEnd(text, i, to); ok {
					toks = refAppendPlainWord(toks, text, lower, i, j, words)
					i = j
					break
				}
				j := refScanWord(text, i, to)
				toks = refAppendWordToken(toks, text, lower, i, j, words)
				i = j
			case c <= ' ' || c == 0x7f:
				i++
			case c == ']' && i+1 < to && text[i+1] == '(':
				// A markdown link target: its URL is not prose.
				toks = append(toks, tokview.Token{Start: i, End: i + 1, Norm: lower[i : i+1]})
				i = refSkipLinkTarget(text, i+1, to)
			default:
				toks = append(toks, tokview.Token{Start: i, End: i + 1, Norm: lower[i : i+1]})
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:to])
		switch {
		case isTextWordRune(r):
			j := refScanWord(text, i, to)
			toks = refAppendWordToken(toks, text, lower, i, j, words)
			i = j
		case isSpaceRune(r) || r == utf8.RuneError && size == 1:
			i += size // white space; an invalid byte is neither word nor mark
		default:
			toks = append(toks, tokview.Token{Start: i, End: i + size, Norm: lower[i : i+size]})
			i += size
		}
	}
	return toks
}

// skipLinkTarget returns the offset after "(url)" starting at i, or i when
// what follows does not look like a link target.
func refSkipLinkTarget(text string, i, to int) int {
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
func refPlainWordEnd(text string, i, to int) (int, bool) {
	j := i + 1
	for j < to && refASCIIWordByte[text[j]] {
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

var refASCIIWordByte = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// appendPlainWord is appendWordToken for a word plainWordEnd vouched for:
// ASCII only, so the norm needs no folding.
func refAppendPlainWord(toks []tokview.Token, text, lower string, s, e int, words *tokview.WordTable) []tokview.Token {
	c := text[s]
	upper := 'A' <= c && c <= 'Z'
	caps := upper
	for k := s + 1; k < e && caps; k++ {
		if c := text[k]; 'a' <= c && c <= 'z' {
			caps = false
		}
	}
	t := tokview.Token{Start: s, End: e, Word: true, Norm: lower[s:e], Cap: upper, Caps: caps}
	if words != nil {
		if wi := words.Get(t.Norm); wi != nil {
			t.Classes, t.Ledger = wi.Classes, wi.Ledger
		}
	}
	return append(toks, t)
}

// appendWordToken appends the word token text[s:e], built in place: a
// token is copied once per word of the text otherwise.
func refAppendWordToken(toks []tokview.Token, text, lower string, s, e int, words *tokview.WordTable) []tokview.Token {
	toks = append(toks, tokview.Token{Start: s, End: e, Word: true, Norm: lower[s:e]})
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

// scanWord returns the end of the word starting at i, before to.
// Apostrophes, hyphens, periods, commas and ampersands join a word only
// between word characters ("don’t", "so-called", "U.S", "22,000", "AT&T").
func refScanWord(text string, i, to int) int {
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
		if refIsJoiner(r) && i+size < to {
			next, _ := decodeAt(text[:to], i+size)
			if isTextWordRune(next) && (r != ',' || (refIsDigit(text, i-1) && refIsDigit(text, i+size))) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

func refIsDigit(text string, i int) bool {
	return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9'
}

func refIsJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' || r == '&'
}
