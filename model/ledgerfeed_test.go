package model

import (
	"reflect"
	"testing"

	"github.com/caveat-reader/caveat/model/ledger"
	stream "github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/text/postag"
)

// The ledger's tokens are the tokens model/text makes of the sentence,
// with the ledger's class bits, however the detector's tokens made of
// them differ (joined clitics, a skipped link target).
func TestLedgerTokensAreTheTextTokens(t *testing.T) {
	texts := []string{
		"The U.S. military didn't say; Mayor's office cannot, “they’re” sure.",
		"Officials’ remarks on A.M. radio, e.g. at 9 a.m. U.S.A.",
		"See [the report](http://x.example/a b) here.",
		"A\u00a0space, a\u0085control, a \ufffd mark, and\u200bzero width.",
		"22,000 AT&T so-called Ana-María Ruiz O'Neill rock'n'roll 'quoted'.",
		"Émile Zola said: «Non». İstanbul’s mayor? Dr. No. U.S",
	}
	for _, d := range loadCorpus(t, "dev", "seed") {
		texts = append(texts, d.text)
	}
	for _, text := range texts {
		ledgerTokensAgree(t, text)
	}
}

// The ledger fed by the analyzer (sentences read from the detector's
// tokens, or tokenized where they might differ) finds what the ledger
// reading the text on its own finds: the same sources, and the same
// source for every flag.
func TestLedgerFedAsItReadsAlone(t *testing.T) {
	texts := []string{
		"Ana Ruiz, the deputy minister, didn't say the U.S. would go. “We won’t,” she said.\n\nThe ministry’s spokesman said talks had stalled, citing two diplomats.",
		"A senior official said the [plan](http://x.example/a) was dead.\n\nThe official told state radio\u0085 it would not return, Reuters reported.",
	}
	for _, d := range loadCorpus(t, "dev", "seed") {
		texts = append(texts, d.text)
	}
	for _, text := range texts {
		fed := Analyze(text)
		alone := *fed
		alone.Flags = append([]Flag(nil), fed.Flags...)
		buildSources(&alone)
		if len(fed.Sources) == 0 {
			t.Errorf("no source in %.40q", text)
		}
		if !reflect.DeepEqual(fed.Sources, alone.Sources) || !reflect.DeepEqual(fed.Flags, alone.Flags) {
			t.Errorf("fed and alone differ on %.40q:\n fed %v\nalone %v", text, fed.Sources, alone.Sources)
		}
	}
}

// ledgerTokensAgree checks every sentence of text.
func ledgerTokensAgree(t *testing.T, text string) {
	t.Helper()
	z := newAnalyzer(text)
	for i, s := range z.a.Sentences {
		z.toks, z.ledgerToks, z.ledgerSents, z.sentBase = z.toks[:0], z.ledgerToks[:0], z.ledgerSents[:0], i
		z.tokenize(i)
		r := z.ledgerSents[0]
		got := z.ledgerToks[r.From:r.To]
		var want []ledger.Token
		for _, w := range stream.Tokenize(text, stream.Span{Start: s.Start, End: s.End}, nil) {
			lt := ledger.Token{Start: w.Start, End: w.End, Lower: w.Lower, Word: w.Word, Cap: w.Cap, Caps: w.Caps}
			if w.Word {
				lt.Bits = ledger.WordBits(w.Lower)
			}
			want = append(want, lt)
		}
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("sentence %q:\n got %v\nwant %v", text[s.Start:s.End], got, want)
		}
	}
}

// FuzzLedgerTokens: on any text, the ledger gets model/text's tokens.
func FuzzLedgerTokens(f *testing.F) {
	f.Add("The U.S. didn't, Mayor's office cannot. “They’re” sure.")
	f.Add("a.b.c. d'e f’s 1,000 AT&T")
	f.Fuzz(func(t *testing.T, text string) {
		ledgerTokensAgree(t, text)
	})
}

// The ledger reads the tags of the sentences the detector parsed, and
// tags nothing itself there; a sentence the detector left unparsed comes
// untagged, for the ledger to tag the few words it must decide on.
func TestLedgerGetsTheDetectorsTags(t *testing.T) {
	const text = "A senior official said the plan was dead. The sky was blue over the bay."
	z := newAnalyzer(text)
	z.boiler = markBoilerplate(z)
	z.statement = markStatements(z)
	if len(z.a.Sentences) != 2 || z.a.Sentences[0].Paragraph != z.a.Sentences[1].Paragraph {
		t.Fatalf("want one paragraph of two sentences, have %v", z.a.Sentences)
	}
	z.paragraph(0, 2)
	for i, wantTagged := range []bool{true, false} {
		r := z.ledgerSents[i]
		for _, lt := range z.ledgerToks[r.From:r.To] {
			if tagged := lt.Tag != postag.None; tagged != wantTagged {
				t.Errorf("sentence %d, %q: tagged %v, want %v", i, lt.Lower, tagged, wantTagged)
			}
		}
	}
}
