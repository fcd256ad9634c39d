package model

import (
	"github.com/caveat-reader/caveat/model/ledger"
	stream "github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/tokview"
)

// Each sentence is tokenized once, by model/text: the source ledger's
// speech reader reads its tokens (ledger.Reading) as model/text makes
// them, with the ledger's class bits from the detector's word table, and
// the detector reads the same tokens with clitics joined (detectorTokens).

// tokenize appends sentence i's tokens to z.stoks, its detector tokens
// to z.toks, and makes z.ledgerToks the ledger's tokens of it, unless the ledger has
// read it already (analysed ahead, parallel.go).
func (z *analyzer) tokenize(i int) {
	sp := z.a.Sentences[i].Span
	from := len(z.stoks)
	z.stoks = stream.Tokenize(z.text, stream.Span{Start: sp.Start, End: sp.End}, z.stoks)
	z.ssents = append(z.ssents, tokview.Range{From: from, To: len(z.stoks)})
	want := z.reader != nil && !z.reading.IsRead(i)
	z.toks, z.ledgerToks = detectorTokens(z.text, sp.Start, sp.End, z.stoks[from:], from, lex.table, z.toks, z.ledgerToks[:0], want)
}

// readSources hands sentence i, tokenized last (tokenize), to the
// ledger's speech reader.
func (z *analyzer) readSources(i int) {
	if z.reader == nil || z.reading.IsRead(i) {
		return // read already when analysed ahead (parallel.go)
	}
	z.reader.Read(i, z.ledgerToks)
}

// ledgerSentences are the analysis's sentences as the ledger reads them.
func ledgerSentences(sents []Sentence) []ledger.Sentence {
	out := make([]ledger.Sentence, len(sents))
	for i, s := range sents {
		out[i] = ledger.Sentence{Span: ledger.Span(s.Span), Paragraph: s.Paragraph}
	}
	return out
}
