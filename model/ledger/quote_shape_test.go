package ledger

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The quotation shape of a sentence (scanSentence: leavesOpen,
// closesEarlier, hasClose) is read from its tokens; these byte scans of
// the sentence's text, which the ledger used before, are the reference
// it must agree with.

// quoteCloses reports whether a sentence holds a closing quotation
// mark at all: a quotation running on from an earlier sentence ends
// there, even when the sentence also opened one ("“A. “B.” C.").
func quoteClosesText(text string, sp Span) bool {
	for i := sp.Start; i < sp.End; {
		if c := text[i]; c != '"' && c != 0xC2 && c != 0xE2 {
			i++
			continue
		}
		r, n := runeAt(text, i, sp.End)
		if r == '”' || r == '»' || r == '"' && i > sp.Start && text[i-1] != ' ' && text[i-1] != '\n' && text[i-1] != '(' {
			return true
		}
		i += n
	}
	return false
}

// quoteBalance reports whether a sentence leaves a quotation open (an
// opening mark with no close after it) and whether it closes one opened
// before it (a closing mark with no opening before it). Straight double
// quotes count as opening when they follow a space or start the sentence.
//
// Quotation marks are never part of a word, so the runes are read
// directly rather than tokenised.
func quoteBalanceText(text string, sp Span) (open, close int) {
	depth := 0
	for i := sp.Start; i < sp.End; {
		// Every quotation mark starts with one of these bytes, and none
		// of them continues a multi-byte rune, so other bytes are skipped
		// undecoded.
		if c := text[i]; c != '"' && c != 0xC2 && c != 0xE2 {
			i++
			continue
		}
		r, n := runeAt(text, i, sp.End)
		start := i
		i += n
		if !quoteRune(r) {
			continue
		}
		opening := r == '“' || r == '«' || r == '„'
		if r == '"' {
			opening = start == sp.Start || start > 0 && (text[start-1] == ' ' || text[start-1] == '\n' || text[start-1] == '(')
		}
		if opening {
			depth++
			continue
		}
		if depth > 0 {
			depth--
		} else {
			close++
		}
	}
	return depth, close
}

// TestSentenceShapeQuotes checks the token reading of every sentence's
// quotation marks against the byte scans, on quotation-heavy sentences
// of its own and on the dev corpus when it is beside the repository.
func TestSentenceShapeQuotes(t *testing.T) {
	texts := []string{
		`“A. “B.” C.`, `He said "yes" and "no`, `"Quoted," she said.`, `end of it.” Then`,
		`«Non» dit-il „ja“`, `(“aside”) and "x"y" z`, `""`, `“`, `”`, `a"b"`, "x\n\"y\"",
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "dev", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	for _, s := range texts {
		toks, _ := appendToks(nil, nil, s, Span{Start: 0, End: len(s)})
		var sc sentScan
		scanSentence(s, toks, 0, 0, &sc)
		sh := sc.shape
		open, close := quoteBalanceText(s, Span{Start: 0, End: len(s)})
		if got, want := sh&leavesOpen != 0, open > 0; got != want {
			t.Errorf("%q: leavesOpen %v, byte scan %v", s, got, want)
		}
		if got, want := sh&closesEarlier != 0, close > 0; got != want {
			t.Errorf("%q: closesEarlier %v, byte scan %v", s, got, want)
		}
		if got, want := sh&hasClose != 0, quoteClosesText(s, Span{Start: 0, End: len(s)}); got != want {
			t.Errorf("%q: hasClose %v, byte scan %v", s, got, want)
		}
	}
}
