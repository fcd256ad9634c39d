package model

import (
	"unsafe"

	"github.com/caveat-reader/caveat/model/ledger"
	stream "github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/tokview"
)

// Each sentence is tokenized once, by model/text: the source ledger's
// speech reader reads its tokens (ledger.Reading) as model/text makes
// them, with the ledger's class bits from the detector's word table, and
// the detector reads the same tokens with clitics joined (detectorTokens).

// tokenize appends sentence i's tokens to z.stoks, its detector tokens
// to z.toks, and the ledger's tokens of it to z.ledgerToks, unless the
// ledger has read it already (analysed ahead, parallel.go).
func (z *analyzer) tokenize(i int) {
	sp := z.a.Sentences[i].Span
	from := len(z.stoks)
	z.stoks = stream.Tokenize(z.text, stream.Span{Start: sp.Start, End: sp.End}, z.stoks)
	z.ssents = append(z.ssents, tokview.Range{From: from, To: len(z.stoks)})
	want := z.reader != nil && !z.reading.IsRead(i)
	lfrom := len(z.ledgerToks)
	z.toks, z.ledgerToks = detectorTokens(z.text, sp.Start, sp.End, z.stoks[from:], from, lex.table, z.toks, z.ledgerToks, want)
	z.ledgerSents = append(z.ledgerSents, tokview.Range{From: lfrom, To: len(z.ledgerToks)})
}

// readSources hands sentence i of the current paragraph, tokenized
// (tokenize) and parsed if the detector needed it, to the ledger's speech
// reader.
func (z *analyzer) readSources(i int) {
	if z.reader == nil || z.reading.IsRead(i) {
		return // read already when analysed ahead (parallel.go)
	}
	r := z.ledgerSents[i-z.sentBase]
	z.reader.Read(i, z.ledgerToks[r.From:r.To])
}

// shareTags gives sentence i's ledger tokens the tags of s, the
// detector's parse of it: the ledger then reads the words it must decide
// on (a noun-like speech verb, a clause's verb) as tagged in the whole
// sentence, not tagging a window of them again. A ledger token is one of
// model/text's, as the parser's are, so the two run side by side.
func (z *analyzer) shareTags(i int, s *stream.Sentence) {
	if z.reader == nil {
		return
	}
	r := z.ledgerSents[i-z.sentBase]
	lt := z.ledgerToks[r.From:r.To]
	if len(lt) != len(s.Tokens) {
		return // read already (no ledger tokens), or not the same sentence
	}
	for k := range lt {
		lt[k].Tag = s.Tokens[k].Tag
	}
}

// ledgerSentences are the analysis's sentences as the ledger reads them:
// the same array, seen as the ledger's type, not a copy of it (24 bytes
// a sentence, 1.8 MB of a 10 MB text's, alive from the first paragraph
// to the ledger's end). The ledger only reads its sentences; the two
// types hold the same fields in the same places (checked below, at
// compile time), so the view reads exactly what a copy would.
func ledgerSentences(sents []Sentence) []ledger.Sentence {
	return unsafe.Slice((*ledger.Sentence)(unsafe.Pointer(unsafe.SliceData(sents))), len(sents))
}

// Each index is 0 only when the layouts agree, and a constant index out
// of range does not compile.
var _ = [1]struct{}{}[unsafe.Sizeof(Sentence{})-unsafe.Sizeof(ledger.Sentence{})]
var _ = [1]struct{}{}[unsafe.Offsetof(Sentence{}.Paragraph)-unsafe.Offsetof(ledger.Sentence{}.Paragraph)]
var _ = [1]struct{}{}[unsafe.Offsetof(Sentence{}.Start)-unsafe.Offsetof(ledger.Sentence{}.Start)]
var _ = [1]struct{}{}[unsafe.Offsetof(Sentence{}.End)-unsafe.Offsetof(ledger.Sentence{}.End)]
