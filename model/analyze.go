package model

import (
	"cmp"
	"runtime"
	"slices"

	"github.com/caveat-reader/caveat/model/attribution"
	"github.com/caveat-reader/caveat/model/detect"
	"github.com/caveat-reader/caveat/model/ledger"
	"github.com/caveat-reader/caveat/model/scorecard"
	stream "github.com/caveat-reader/caveat/model/text"
	"github.com/caveat-reader/caveat/model/tokview"
)

// Analyze reads text and returns what it says about its sourcing: its
// paragraphs and sentences, and a flag for every anonymous source, denial,
// statement of uncertainty, refusal to comment, named source and line of
// site furniture. It never fails: any string, even invalid UTF-8, yields
// an Analysis whose spans lie inside the text.
func Analyze(text string) *Analysis {
	return analyzeOn(text, runtime.GOMAXPROCS(0), parallelChunk)
}

// analyzeOn is Analyze with the detector on up to workers cores, for
// texts of at least two chunks of chunkBytes (parallel.go).
func analyzeOn(text string, workers, chunkBytes int) *Analysis {
	z := newAnalyzer(text)
	z.runParallel(workers, chunkBytes)
	forgetTags(text)
	// The ledger's reading is the ledger's from here: it lets go of it
	// as it is built (the mentions are a long text's largest part of it).
	rd := z.reading
	z.reading, z.reader = nil, nil
	z.buildSources(rd)
	runChecksFacts(z.a, z.facts)
	return z.a
}

// analyzer holds the state of one analysis. Tokens are made one
// paragraph at a time into a reused buffer, so memory stays proportional
// to the longest paragraph, not to the text; what later paragraphs need
// from earlier ones (sources for back-references) is kept in Attributions.
type analyzer struct {
	text      string
	a         *Analysis
	boiler    []bool // per sentence: site furniture, no other flags
	statement []bool // per sentence: in a paragraph set off as a party's words (statement.go)

	// The current paragraph: its tokens, the token range of each of its
	// sentences (sentence sentBase+i has range sents[i]), its quotations,
	// and where its flags and attributions begin.
	toks     []tokview.Token
	sentBase int
	sents    []tokview.Range
	// inQuote[i] is the index+1 of the quotation holding token i, 0 if none.
	inQuote []int32
	quotes  []tokview.Quotation
	// flags are the flags found so far (flagRec), which finish makes
	// the Analysis's.
	flags    []flagRec
	flagBase int
	attrBase int
	// attr is the attribution detector, which keeps what later
	// paragraphs read of earlier ones (model/attribution).
	attr *attribution.Detector
	// facts: the scorecard's per-sentence facts, read here from the
	// detector's tokens (scorecard.go).
	facts []scorecard.Facts
	// parser, hits and quotedBuf serve the structural rules
	// (structure.go), reused from sentence to sentence.
	parser    *stream.Parser
	hits      []detect.Hit
	quotedBuf []bool
	normBuf   []string
	// topicNouns: the title's nouns, for detect.Context.Topic.
	topicNouns map[string]bool
	topicDone  bool
	// claimSeen: a sentence so far holds a claim about a party, which a
	// later negated answer can answer (structure.go).
	claimSeen bool
	// parties: whom the story's claims are about (detect.Parties), and
	// nameBuf the current sentence's capitalised words for it.
	parties detect.Parties
	nameBuf []string
	// partyScratch is where a paragraph analysed ahead is replayed
	// (parallel.go).
	partyScratch detect.Parties
	// voiceWords and voiceCaps: scratch for noteVoice.
	voiceWords []string
	voiceCaps  []bool
	// spec logs, paragraph by paragraph, what a chunk analysed ahead
	// of its turn read from earlier paragraphs; nil in order (parallel.go).
	spec *paragraphLog
	// reading is the source ledger's reading of every sentence, shared
	// by the analyzers of one text (each sentence's written by whoever
	// analyses it, the same either way); reader reads into it, from
	// ledgerToks, the current paragraph's tokens as the ledger reads
	// them, sentence sentBase+i's in range ledgerSents[i] (ledgerfeed.go).
	reading     *ledger.Reading
	reader      *ledger.Reader
	ledgerToks  []ledger.Token
	ledgerSents []tokview.Range
	// stoks are the current paragraph's tokens as model/text makes them,
	// the one tokenization of the text (analyzer.tokenize), sentence
	// sentBase+i's in range ssents[i]; the parser reads them.
	stoks  []stream.Token
	ssents []tokview.Range
}

func newAnalyzer(text string) *analyzer {
	z := newAnalyzerOf(text)
	z.a.Paragraphs, z.a.Sentences = segment(text)
	z.facts = make([]scorecard.Facts, len(z.a.Sentences))
	z.reading = ledger.NewReading(text, ledgerSentences(z.a.Sentences))
	z.reader = z.reading.NewReader()
	// News text carries up to about 0.7 flags and 0.4 attributions a
	// sentence (the dev corpus; the extraction-benchmark bodies 0.2 and
	// 0.1). The flags, 24 bytes each, are sized for one a sentence, so
	// they rarely grow (and copy) as they fill; the attributions, 56
	// bytes each, for one in four sentences, as room for one in two was
	// 2.7 MB of 10 MB of news with a quarter of it used, alive to the
	// end of detection, the analysis's peak: denser text grows the list
	// a few times instead. finish and buildSources turn them back to
	// nil if nothing was found.
	z.flags = make([]flagRec, 0, len(z.a.Sentences))
	z.a.Attributions = make([]Attribution, 0, len(z.a.Sentences)/4)
	return z
}

func (z *analyzer) run() {
	z.boiler = markBoilerplate(z)
	z.statement = markStatements(z)
	sents := z.a.Sentences
	for s := 0; s < len(sents); {
		p := sents[s].Paragraph
		e := s + 1
		for e < len(sents) && sents[e].Paragraph == p {
			e++
		}
		z.paragraph(s, e)
		s = e
	}
	z.finish()
}

// paragraph analyses sentences [first, end), which form one paragraph.
func (z *analyzer) paragraph(first, end int) {
	sents := z.a.Sentences
	z.toks, z.stoks = z.toks[:0], z.stoks[:0]
	z.sents, z.ssents = z.sents[:0], z.ssents[:0]
	z.ledgerToks, z.ledgerSents = z.ledgerToks[:0], z.ledgerSents[:0]
	z.sentBase = first
	z.flagBase, z.attrBase = len(z.flags), len(z.a.Attributions)
	z.parties.Paragraph(sents[first].Paragraph)
	for i := first; i < end; i++ {
		from := len(z.toks)
		z.tokenize(i)
		z.sents = append(z.sents, tokview.Range{From: from, To: len(z.toks)})
		scorecard.Read(&z.facts[i], z.toks[from:])
	}
	z.findQuotations()
	z.attr.Paragraph(attribution.Paragraph{Toks: z.toks, Base: first, Sents: z.sents, Quotes: z.quotes, InQuote: z.inQuote}, z.attrBase)
	for i := first; i < end; i++ {
		// The ledger reads each sentence after the detector has parsed
		// it, so that it reads the tags the parse made (shareTags).
		if !z.boiler[i] {
			z.detectStructure(i)
			z.attr.Detect(i)
			z.noteVoice(i)
			z.detectQuestion(i)
		}
		z.readSources(i)
	}
	z.propagateQuotations()
}

// rangeOf returns the token range of sentence i of the current paragraph.
func (z *analyzer) rangeOf(i int) tokview.Range { return z.sents[i-z.sentBase] }

// parse returns sentence i of the current paragraph parsed by p from its
// model/text tokens, the ones the detector's and the ledger's are made of.
func (z *analyzer) parse(p *stream.Parser, i int) *stream.Sentence {
	sp, r := z.a.Sentences[i].Span, z.ssents[i-z.sentBase]
	return p.ParseTokens(z.text, stream.Span{Start: sp.Start, End: sp.End}, z.stoks[r.From:r.To])
}

// addFlag records a flag of rule for sentence sent, with Span and Cue
// given as token ranges.
func (z *analyzer) addFlag(ruleID string, sent int, span, cue tokview.Range) {
	z.flags = append(z.flags, newFlagRec(lex.rule(ruleID), sent,
		Span{z.toks[span.From].Start, z.toks[span.To-1].End},
		Span{z.toks[cue.From].Start, z.toks[cue.To-1].End}))
}

// finish sorts the flags and drops a flag whose span overlaps an earlier
// flag of the same kind in the same sentence: one highlight per signal.
// When the dropped flag came from a rule listed earlier in rules.tsv (more
// specific: "speaking on condition of anonymity" over a bare "officials")
// and its cue lies inside the kept span, the kept flag takes its cue and
// explanation, so the note tells the reader the most it can.
func (z *analyzer) finish() {
	z.dropNamedLater()
	f := z.flags
	slices.SortStableFunc(f, func(x, y flagRec) int {
		if c := cmp.Compare(x.span.Start, y.span.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(x.order, y.order); c != 0 {
			return c
		}
		return cmp.Compare(y.span.End, x.span.End)
	})
	out := f[:0]
	var last [kindOrders]int // one more than the index into out of the last flag kept per kind, 0 for none
	for _, fl := range f {
		if k := last[fl.order] - 1; k >= 0 && out[k].sent == fl.sent && fl.span.Start < out[k].span.End {
			kept := &out[k]
			// A lower rank is a rule listed earlier.
			if fl.rule < kept.rule && kept.span.Start <= fl.cue.Start && fl.cue.End <= kept.span.End {
				kept.cue, kept.rule = fl.cue, fl.rule
			}
			continue
		}
		out = append(out, fl)
		last[fl.order] = len(out)
	}
	// The flags go to the ledger (buildSources), which makes the
	// Analysis's; their list, sized by a guess, to an array of its own
	// length when the guess left much of it unused.
	z.flags = clipped(out)
	if len(z.a.Attributions) == 0 {
		z.a.Attributions = nil
	}
	slices.SortStableFunc(z.a.Attributions, func(x, y Attribution) int {
		return cmp.Compare(x.Mention.Start, y.Mention.Start)
	})
	// The attributions were sized by a guess (newAnalyzer, ahead), and
	// live on in the Analysis: they go to an array of their own length
	// when the guess left much of theirs unused, so the ledger, built
	// next, has that room.
	z.a.Attributions = clipped(z.a.Attributions)
}

// clipped returns s, copied into an array of its own length when it
// uses less than seven eighths of its own.
func clipped[T any](s []T) []T {
	if cap(s)-len(s) <= cap(s)/8 {
		return s
	}
	return append(make([]T, 0, len(s)), s...)
}

// kindOrders is how many values kindOrder takes.
const kindOrders = 6

func kindOrder(k Kind) int {
	switch k {
	case AnonymousSource:
		return 0
	case Denial:
		return 1
	case Uncertainty:
		return 2
	case NoComment:
		return 3
	case NamedSource:
		return 4
	}
	return 5
}

// word returns the norm of token i, or "" outside [lo, hi).
func (z *analyzer) word(i int, r tokview.Range) string {
	if i < r.From || i >= r.To {
		return ""
	}
	return z.toks[i].Norm
}
