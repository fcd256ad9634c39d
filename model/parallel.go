package model

import (
	"slices"
	"sync"
	"sync/atomic"

	"github.com/caveat-reader/caveat/model/attribution"
	"github.com/caveat-reader/caveat/model/detect"
)

// One large document on every core.
//
// The detector reads the text paragraph by paragraph, and what a
// paragraph decides depends on five things earlier paragraphs left
// behind (the first two kept by the attribution detector, which logs
// their reads in attribution.Reads; the rest by the analyzer):
//
//   - anonHeads: head nouns already given as unnamed sources ("the
//     officials" refers back to officials introduced unnamed);
//   - anonQuoteEnd: the last sentence of the latest quotation by an
//     unnamed speaker, which a quotation right after it continues;
//   - claimSeen: whether the story holds a claim yet, which a negated
//     answer needs before it is a denial;
//   - the attributions of the three sentences before, which "the official
//     added" and "he said" look back to;
//   - the parties the story's claims are about (detect.Parties), which a
//     denial's speaker is looked up among: logged as every change and
//     read, in order, and replayed against the true memory.
//
// Everything else a paragraph reads is fixed before detection starts and
// computed once, in order: the sentences and paragraphs, the site
// furniture of the whole document (markBoilerplate), the paragraphs set
// off as a party's words (markStatements), the title's nouns.
// The source ledger and the scorecard run after detection, in order.
//
// The design is a fix-up, not a pre-pass: the state is the detector's own
// output, so no cheap pass could compute it. The text is cut at paragraph
// boundaries into chunks; each chunk is analysed on its own core from a
// guessed state (nothing introduced, no quotation, a claim seen unless it
// is the first chunk), and every read of the things above that
// reaches past its own paragraph is logged with the value it got
// (paragraphLog). Then one pass in text order keeps the true state, as
// the serial run would have it, and for each paragraph checks its log
// against it: where every read agrees, the paragraph's flags and
// attributions are exactly the serial run's and are taken as they are,
// and its effects (heads introduced, the quotation state it left, a
// claim seen) are applied to the true state; where one read disagrees,
// that paragraph alone is analysed again from the true state. A wrong
// guess costs one paragraph, never a wrong answer, so the result is the
// serial Analysis byte for byte (TestParallelIsSerial, FuzzParallel).

// parallelChunk is the size of text below which a document is not cut:
// each chunk costs a fresh analyzer and a wrong guess at its start.
const parallelChunk = 128 << 10

// paragraphLog is what one paragraph analysed ahead of its turn read from
// before it and left behind.
type paragraphLog struct {
	first, end   int    // its sentences [first, end)
	flags, attrs [2]int // its flags and attributions in the chunk's lists

	// attr: what the attribution detector read of the unnamed heads,
	// the unnamed speaker's quotation and the attributions before.
	attr      attribution.Reads
	claimRead bool // it read claimSeen before a claim word of its own
	claimGot  bool
	claimHere bool // it holds a claim word
	// parties: every change to and read of the story's parties under a
	// claim (detect.Parties), replayed against the true memory.
	parties []detect.Event
}

// The reads and writes of the claim seen, which crosses paragraphs:
// plain field access in a serial run, logged when analysing ahead.

func (z *analyzer) sawClaim() {
	z.claimSeen = true
	if l := z.spec; l != nil {
		l.claimHere = true
	}
}

func (z *analyzer) claimed() bool {
	if l := z.spec; l != nil && !l.claimHere && !l.claimRead {
		l.claimRead, l.claimGot = true, z.claimSeen
	}
	return z.claimSeen
}

// chunk is a run of whole paragraphs analysed ahead of its turn.
type chunk struct {
	first, end int // sentences
	flags      []flagRec
	attrs      []Attribution
	paras      []paragraphLog
	// events and runs are the lists paras' parties and their bounds are
	// kept in (ahead), held to hand on to the next chunk (chunkLists).
	events []detect.Event
	runs   [][2]int
	ready  chan struct{} // closed when the chunk has been analysed
}

// chunkLists are the lists of a chunk already taken, for a chunk not
// yet analysed to fill: made afresh for each chunk, they were a sixth
// of all a long text allocated (the parties' events alone a tenth),
// and so of the collections it paid for at its memory limit
// (cmd/caveat's memlimit.go).
type chunkLists struct {
	flags  []flagRec
	attrs  []Attribution
	paras  []paragraphLog
	events []detect.Event
	runs   [][2]int
}

// lists takes c's lists once it has been taken, emptied, and cleared
// where they hold pointers, so that they keep nothing of c alive.
func (c *chunk) lists() chunkLists {
	clear(c.paras)
	clear(c.events)
	return chunkLists{flags: c.flags[:0], attrs: c.attrs[:0], paras: c.paras[:0], events: c.events[:0], runs: c.runs[:0]}
}

// reuse returns s emptied if it has room for n, else a list of n.
func reuse[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:0]
	}
	return make([]T, 0, n)
}

// runParallel is run on up to workers cores, for a text of at least two
// chunks of chunkBytes; otherwise run. It returns how many paragraphs
// were taken as analysed ahead and how many analysed again.
func (z *analyzer) runParallel(workers, chunkBytes int) (taken, redone int) {
	chunks := z.cut(chunkBytes)
	if workers < 2 || len(chunks) < 2 {
		z.run()
		return 0, 0
	}
	z.boiler = markBoilerplate(z)
	z.statement = markStatements(z)
	// Chunks are taken in order as soon as each is analysed, not after
	// all of them: a chunk's flags, attributions and logs (the parties'
	// events above all) are then dropped while later chunks are still
	// being analysed, so at most window chunks' are alive at once
	// instead of the whole text's. The window lets the workers run a
	// little ahead of the taking without ever waiting on one another.
	window := make(chan struct{}, 2*workers)
	// Lists of chunks taken, for the workers to fill again: at most one
	// set a chunk in the window.
	spare := make(chan chunkLists, 2*workers)
	for c := range chunks {
		chunks[c].ready = make(chan struct{})
	}
	// A panic on a worker stops them all and is raised again here, once
	// they have stopped: a panic in a goroutine of its own would end the
	// process, where the caller's recover (the command's, which reports
	// one bad article among many and goes on) could not see it.
	abort := make(chan struct{})
	var crashed sync.Once
	var crash any
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, len(chunks)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					crashed.Do(func() { crash = r; close(abort) })
				}
			}()
			w := z.fork()
			for {
				select {
				case window <- struct{}{}:
				case <-abort:
					return
				}
				c := int(next.Add(1)) - 1
				if c >= len(chunks) {
					return
				}
				if aheadHook != nil {
					aheadHook(c)
				}
				var l chunkLists
				select {
				case l = <-spare:
				default:
				}
				w.ahead(&chunks[c], c == 0, l)
				close(chunks[c].ready)
			}
		}()
	}
	for c := range chunks {
		select {
		case <-chunks[c].ready:
		case <-abort:
			wg.Wait()
			panic(crash)
		}
		for _, p := range chunks[c].paras {
			if z.take(&chunks[c], &p) {
				taken++
			} else {
				redone++
			}
		}
		select {
		case spare <- chunks[c].lists():
		default:
		}
		chunks[c] = chunk{}
		<-window
	}
	wg.Wait()
	z.finish()
	return taken, redone
}

// aheadHook, when set (by tests only), runs on the worker before it
// analyses chunk c ahead.
var aheadHook func(c int)

// cut splits the sentences into chunks of whole paragraphs of about
// chunkBytes each.
func (z *analyzer) cut(chunkBytes int) []chunk {
	sents := z.a.Sentences
	var out []chunk
	first := 0
	for s := 1; s <= len(sents); s++ {
		if s < len(sents) && (sents[s].Paragraph == sents[s-1].Paragraph || sents[s].Start-sents[first].Start < chunkBytes) {
			continue
		}
		out = append(out, chunk{first: first, end: s})
		first = s
	}
	return out
}

// fork returns an analyzer for chunks analysed ahead: it shares the text,
// its sentences, the site furniture, the scorecard's facts and the
// ledger's reading (each
// sentence's written by whoever analyses it, the same either way), and
// keeps its own buffers.
func (z *analyzer) fork() *analyzer {
	w := newAnalyzerOf(z.text)
	w.a.Paragraphs, w.a.Sentences = z.a.Paragraphs, z.a.Sentences
	w.boiler, w.statement, w.facts = z.boiler, z.statement, z.facts
	if z.reading != nil {
		w.reading, w.reader = z.reading, z.reading.NewReader()
	}
	return w
}

// newAnalyzerOf is an analyzer with nothing segmented.
func newAnalyzerOf(text string) *analyzer {
	z := &analyzer{text: text, a: &Analysis{Text: text}, parser: newParser()}
	z.attr = attribution.New(detectorHost{z}, len(text), lex.table, isSentenceStarter)
	return z
}

// ahead analyses chunk c from the guessed state, logging each paragraph,
// into lists l (emptied; any of them nil or short is made anew).
func (z *analyzer) ahead(c *chunk, isFirst bool, l chunkLists) {
	// Sized as newAnalyzer sizes the whole text's lists.
	n := c.end - c.first
	z.flags, z.a.Attributions = reuse(l.flags, n), reuse(l.attrs, n/4)
	z.attr.Reset()
	// Most stories state their claim early: a later chunk guesses one
	// was seen, and a paragraph that needed it and was wrong is redone.
	z.claimSeen = !isFirst
	// The parties under a claim are guessed empty: a paragraph whose
	// reads of them disagree with the true memory is redone (take).
	z.parties.Reset()
	sents := z.a.Sentences
	// The logs are made in place in a list of one per paragraph, sized
	// first, so that none is copied and z.spec and the detectors' logs
	// point into it while their paragraph is read; and the parties'
	// events of every paragraph go to one list, each paragraph's its
	// run of it, instead of a list of its own grown from nothing (the
	// two were a fifth of all a long text allocated).
	paras := 0
	for s := c.first; s < c.end; s++ {
		if s == c.first || sents[s].Paragraph != sents[s-1].Paragraph {
			paras++
		}
	}
	c.paras = reuse(l.paras, paras)
	// News text logs about 2.7 events a sentence: room for 3.
	events := reuse(l.events, 3*(c.end-c.first))
	runs := reuse(l.runs, paras)
	z.parties.Log(&events)
	for s := c.first; s < c.end; {
		e := s + 1
		for e < c.end && sents[e].Paragraph == sents[s].Paragraph {
			e++
		}
		c.paras = append(c.paras, paragraphLog{first: s, end: e})
		l := &c.paras[len(c.paras)-1]
		l.flags[0], l.attrs[0] = len(z.flags), len(z.a.Attributions)
		z.spec = l
		z.attr.Log(&l.attr)
		from := len(events)
		z.paragraph(s, e)
		runs = append(runs, [2]int{from, len(events)})
		z.attr.Log(nil)
		z.spec = nil
		l.flags[1], l.attrs[1] = len(z.flags), len(z.a.Attributions)
		s = e
	}
	z.parties.Log(nil)
	for i, r := range runs {
		if r[0] < r[1] {
			c.paras[i].parties = events[r[0]:r[1]:r[1]]
		}
	}
	c.flags, c.attrs = z.flags, z.a.Attributions
	c.events, c.runs = events, runs
}

// take adds paragraph p of chunk c to the analysis in order: as analysed
// ahead when every read it logged agrees with the true state, else
// analysed again now (false).
func (z *analyzer) take(c *chunk, p *paragraphLog) bool {
	if !z.agrees(c, p) || !z.parties.Replay(p.parties, &z.partyScratch) {
		// Read again by the ledger too: the detector's parse of a
		// sentence, whose tags the ledger reads (shareTags), depends on
		// the state it is analysed from.
		if z.reading != nil {
			z.reading.Unread(p.first, p.end)
		}
		z.paragraph(p.first, p.end)
		return false
	}
	z.flags = append(z.flags, c.flags[p.flags[0]:p.flags[1]]...)
	z.a.Attributions = append(z.a.Attributions, c.attrs[p.attrs[0]:p.attrs[1]]...)
	z.attr.Apply(&p.attr)
	z.claimSeen = z.claimSeen || p.claimHere
	return true
}

// agrees: every read p logged gets the same value from z's state.
func (z *analyzer) agrees(c *chunk, p *paragraphLog) bool {
	if !z.attr.Agrees(&p.attr) {
		return false
	}
	if p.claimRead && z.claimSeen != p.claimGot {
		return false
	}
	if p.attr.LookBack {
		// A walk back stops at the first attribution of a sentence more
		// than three before its own: what it can see of earlier
		// paragraphs is their trailing attributions from sentence
		// first-3 on.
		if !slices.Equal(recentAttributions(c.attrs[:p.attrs[0]], p.first-3), recentAttributions(z.a.Attributions, p.first-3)) {
			return false
		}
	}
	return true
}

// recentAttributions returns the trailing run of ats whose sentences are
// from on.
func recentAttributions(ats []Attribution, from int) []Attribution {
	k := len(ats)
	for k > 0 && ats[k-1].Sentence >= from {
		k--
	}
	return ats[k:]
}
