package model

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/caveat-reader/caveat/model/ledger"
)

// ledgerShapes are texts built to find super-linear stages: one sentence
// of a megabyte in which every clause names a speaker, 10,000 quotation
// marks (x1), one paragraph of many short attributed sentences, and one
// sentence of a megabyte in which every word is a speech verb.
// Each comes in two sizes, so the benchmark shows whether time grows
// linearly (issue 17).
func ledgerShapes(scale int) []struct{ name, text string } {
	rep := func(unit string, size int) string {
		return strings.Repeat(unit, max(1, size/len(unit)))
	}
	return []struct{ name, text string }{
		{"one-sentence", rep("An official said it, ", scale<<20)},
		{"quotes", rep(`"a" “b” `, scale*10000*9/4)},
		{"sentences", rep("An official said it. ", scale*10000*21)},
		{"speech-verbs", rep("said ", scale<<20)},
	}
}

// BenchmarkLedgerShapes times the source ledger alone on each shape at
// two sizes (x1, x4): time per byte must stay flat from the small size to
// the large. The analysis it reads is made by segmentation plus an
// anonymous-source flag on every "official", as the detector would leave
// it, so the ledger's own cost is measured whatever the detector's is;
// it reads the detector's tokens, made beforehand (heldTokens).
func BenchmarkLedgerShapes(b *testing.B) {
	for _, scale := range []int{1, 4} {
		for _, s := range ledgerShapes(scale) {
			h := holdTokens(ledgerShapeAnalysis(s.text))
			b.Run(s.name+"-x"+string(rune('0'+scale)), func(b *testing.B) {
				b.SetBytes(int64(len(s.text)))
				b.ReportAllocs()
				for b.Loop() {
					h.runLedger()
				}
			})
		}
	}
}

// heldTokens are the ledger's tokens of every sentence of an analysis,
// as the analyzer makes them sentence by sentence (analyzer.tokenize),
// made once so that a benchmark times the ledger's work alone.
type heldTokens struct {
	a    *Analysis
	toks [][]ledger.Token
}

func holdTokens(a *Analysis) *heldTokens {
	h := &heldTokens{a: a, toks: make([][]ledger.Token, len(a.Sentences))}
	// Run as Analyze runs the detector, paragraph by paragraph, so that
	// the tokens carry the tags of the sentences the detector parsed.
	z := newAnalyzer(a.Text)
	if len(z.a.Sentences) != len(a.Sentences) {
		panic("holdTokens: the analysis is not of its text's sentences")
	}
	z.boiler = markBoilerplate(z)
	z.statement = markStatements(z)
	sents := z.a.Sentences
	for s := 0; s < len(sents); {
		e := s + 1
		for e < len(sents) && sents[e].Paragraph == sents[s].Paragraph {
			e++
		}
		z.paragraph(s, e)
		for i := s; i < e; i++ {
			r := z.ledgerSents[i-s]
			h.toks[i] = slices.Clone(z.ledgerToks[r.From:r.To])
		}
		s = e
	}
	return h
}

// runLedger runs the source ledger as Analyze runs it: every sentence read
// from the tokens the analyzer makes (readSources), on every core over runs of
// whole paragraphs as the analyzer's chunks read them, then Build.
func (h *heldTokens) runLedger() {
	a := h.a
	rd := ledger.NewReading(a.Text, ledgerSentences(a.Sentences))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	from := 0
	for w := 1; w <= workers; w++ {
		to := len(a.Sentences) * w / workers
		for to < len(a.Sentences) && to > 0 && a.Sentences[to].Paragraph == a.Sentences[to-1].Paragraph {
			to++
		}
		if to <= from {
			continue
		}
		wg.Add(1)
		go func(from, to int) {
			defer wg.Done()
			rdr := rd.NewReader()
			for i := from; i < to; i++ {
				rdr.Read(i, h.toks[i])
			}
		}(from, to)
		from = to
	}
	wg.Wait()
	buildSourcesRead(a, rd)
}

// ledgerShapeAnalysis segments text and flags every "official" as an
// anonymous source: one flag per mention, all in one sentence for the
// one-sentence shape, which made the old flag linking cubic.
func ledgerShapeAnalysis(text string) *Analysis {
	a := &Analysis{Text: text}
	a.Paragraphs, a.Sentences = segment(text)
	const word = "official"
	for si, st := range a.Sentences {
		for at := st.Start; ; {
			k := strings.Index(text[at:st.End], word)
			if k < 0 {
				break
			}
			sp := Span{at + k, at + k + len(word)}
			a.Flags = append(a.Flags, Flag{Kind: AnonymousSource, Span: sp, Cue: sp, Sentence: si, Source: -1})
			at = sp.End
		}
	}
	return a
}

// BenchmarkLedgerNews is the ledger alone on a megabyte of news text, to
// set beside BenchmarkAnalyze/1MB.
func BenchmarkLedgerNews(b *testing.B) {
	text := newsText(b, 1<<20)
	h := holdTokens(Analyze(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		h.runLedger()
	}
}

// BenchmarkLedgerShare runs Analyze and the ledger alone (its reading of
// the detector's tokens, which Analyze does sentence by sentence, and
// Build) in turn on a megabyte of news text and reports the ledger's time
// as a percentage of Analyze's (ledger-%, which includes the ledger):
// taken pair by pair, the
// share holds while a shared machine's speed drifts. The target is 10.
// ledger-cpu-% is the same share of the process's CPU time (where the
// system reports it), which other processes on a loaded machine disturb
// less than wall time.
func BenchmarkLedgerShare(b *testing.B) {
	text := newsText(b, 1<<20)
	h := holdTokens(Analyze(text))
	var inAnalyze, inLedger, cpuAnalyze, cpuLedger time.Duration
	for b.Loop() {
		t0, c0 := time.Now(), cpuTime()
		Analyze(text)
		t1, c1 := time.Now(), cpuTime()
		h.runLedger()
		inLedger += time.Since(t1)
		cpuLedger += cpuTime() - c1
		inAnalyze += t1.Sub(t0)
		cpuAnalyze += c1 - c0
	}
	b.ReportMetric(100*float64(inLedger)/float64(inAnalyze), "ledger-%")
	if cpuAnalyze > 0 {
		b.ReportMetric(100*float64(cpuLedger)/float64(cpuAnalyze), "ledger-cpu-%")
	}
}
