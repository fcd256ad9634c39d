package model

import (
	"slices"
	"strings"
	"sync"

	"github.com/caveat-reader/caveat/model/ledger"
	stream "github.com/caveat-reader/caveat/model/text"
)

// The source ledger's speech reader reads each sentence's tokens while
// the analyzer holds them (ledger.Reading), so the ledger never tokenizes
// the text a second time: its tokens are made here from the detector's.
//
// The ledger reads tokens as model/text makes them, which split a word
// the detector keeps whole in two places: a clitic ("didn't" is "did" +
// "n't", "mayor's" is "mayor" + "'s", "cannot" is "can" + "not") and the
// period closing an abbreviation ("U.S." one word where the detector has
// "U.S" and "."). Such a word, a few in a hundred, is tokenized by
// model/text alone; every other token is copied, with the ledger's class
// bits from the detector's word table. Where the two tokenizers might
// read the text apart (anything but spaces and control bytes between
// tokens: a skipped link target, a non-ASCII space or control; or a
// replacement character, a mark here and skipped there), the ledger
// tokenizes the sentence itself.

// readSources hands sentence i of the current paragraph, whose detector
// tokens are z.toks[r.from:r.to], to the ledger's speech reader.
func (z *analyzer) readSources(i int, r tokRange) {
	if z.reader == nil || z.reading.IsRead(i) {
		return // read already when analysed ahead (parallel.go)
	}
	sp := z.a.Sentences[i].Span
	var ok bool
	z.ledgerToks, z.ledgerRaw, ok = ledgerTokens(z.text, z.lower, z.toks[r.from:r.to], sp, z.ledgerToks[:0], z.ledgerRaw)
	if !ok {
		z.reader.ReadText(i)
		return
	}
	z.reader.Read(i, z.ledgerToks)
}

// ledgerTokens appends to dst the tokens model/text makes of span sp,
// given toks, the detector's tokens of it; raw is scratch. ok is false
// when the two may differ.
func ledgerTokens(text, lower string, toks []token, sp Span, dst []ledger.Token, raw []stream.Token) (_ []ledger.Token, _ []stream.Token, ok bool) {
	at := sp.Start
	// Room for every token at once: most are copied one for one, and a
	// word split in two grows the slice only then.
	n := len(dst)
	dst = slices.Grow(dst, len(toks))[:n+len(toks)]
	w := n
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.start != at && !(t.start == at+1 && text[at] == ' ') && !blank(text, at, t.start) {
			return dst[:w], raw, false
		}
		if t.word && t.plain && t.norm != "cannot" {
			// A plain word (t.plain) has no clitic and closes no
			// abbreviation: the most common token, copied as it is,
			// field by field into the room made for it.
			d := &dst[w]
			d.Start, d.End, d.Lower, d.Bits = t.start, t.end, t.norm, t.ledger
			d.Word, d.Cap, d.Caps = true, t.cap, t.caps
			w++
			at = t.end
			continue
		}
		if !t.word {
			if t.norm == "\uFFFD" {
				return dst[:w], raw, false
			}
			dst[w] = ledger.Token{Start: t.start, End: t.end, Lower: t.norm}
			w++
			at = t.end
			continue
		}
		e := t.end
		if e < sp.End && text[e] == '.' && !(e+1 < sp.End && isWordByte(text[e+1])) && strings.IndexByte(t.norm, '.') >= 0 {
			// An abbreviation's closing period, the detector's next token.
			if i+1 >= len(toks) || toks[i+1].start != e || toks[i+1].end != e+1 {
				return dst[:w], raw, false
			}
			i++
			e++
		}
		if k := possessiveStemEnd(text, t); e == t.end && k > 0 {
			// "mayor's", the commonest clitic: model/text's two tokens,
			// the stem and "'s", made here rather than by tokenizing.
			if need := w + 2 + (len(toks) - i - 1); need > len(dst) {
				dst = slices.Grow(dst[:w], need-w)[:need]
			}
			stem := t.norm[:len(t.norm)-2]
			dst[w] = ledger.Token{Start: t.start, End: k, Lower: stem, Bits: ledger.WordBits(stem), Word: true, Cap: t.cap, Caps: t.cap && !hasLowerASCII(text[t.start:k])}
			dst[w+1] = ledger.Token{Start: k, End: t.end, Lower: "'s", Bits: possessiveBits(), Word: true}
			w += 2
			at = t.end
			continue
		}
		if e != t.end || strings.IndexByte(t.norm, '\'') >= 0 || t.norm == "cannot" {
			raw = stream.TokenizeLowered(text, lower, stream.Span{Start: t.start, End: e}, raw[:0])
			// model/text may make more tokens of the word than the
			// detector did: room for them and for the tokens left.
			if need := w + len(raw) + (len(toks) - i - 1); need > len(dst) {
				dst = slices.Grow(dst[:w], need-w)[:need]
			}
			for _, r := range raw {
				dst[w] = ledger.TokenOf(r)
				w++
			}
			at = e
			continue
		}
		dst[w] = ledger.Token{Start: t.start, End: t.end, Lower: t.norm, Bits: t.ledger, Word: true, Cap: t.cap, Caps: t.caps}
		w++
		at = t.end
	}
	return dst[:w], raw, blank(text, at, sp.End)
}

// possessiveStemEnd returns where the possessive clitic of the word t
// starts when t is ASCII letters and "'s" or "’s" ("Mayor's"), which
// model/text splits in two; 0 for any other word.
func possessiveStemEnd(text string, t *token) int {
	n := len(t.norm)
	if n < 3 || t.norm[n-2:] != "'s" {
		return 0
	}
	k := t.start + n - 2 // the stem is ASCII: as long in the text as in norm
	for j := t.start; j < k; j++ {
		if c := text[j]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return 0
		}
	}
	switch {
	case k+2 == t.end && text[k] == '\'':
	case k+4 == t.end && text[k:k+3] == "’":
	default:
		return 0
	}
	if c := text[t.end-1]; c != 's' && c != 'S' {
		return 0
	}
	return k
}

// possessiveBits are the ledger's class bits of "'s".
var possessiveBits = sync.OnceValue(func() uint64 { return ledger.WordBits("'s") })

// hasLowerASCII: s holds a lower-case ASCII letter.
func hasLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			return true
		}
	}
	return false
}

// blank: text[from:to] holds only what both tokenizers skip, spaces and
// ASCII control bytes.
func blank(text string, from, to int) bool {
	for k := from; k < to; k++ {
		if c := text[k]; c > ' ' && c != 0x7f {
			return false
		}
	}
	return true
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// ledgerSentences are the analysis's sentences as the ledger reads them.
func ledgerSentences(sents []Sentence) []ledger.Sentence {
	out := make([]ledger.Sentence, len(sents))
	for i, s := range sents {
		out[i] = ledger.Sentence{Span: ledger.Span(s.Span), Paragraph: s.Paragraph}
	}
	return out
}
