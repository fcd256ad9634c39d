package attribution

// What a paragraph reads of the state earlier paragraphs left (the
// unnamed heads introduced, the latest unnamed speaker's quotation, the
// attributions before it) and what it leaves there. Plain field access
// in a serial run; logged into Reads when the paragraph is analysed
// ahead of its turn from a guessed state (model's parallel.go), so that
// the log can be checked against the true state and the paragraph
// redone when they disagree.

// Reads is one paragraph's log.
type Reads struct {
	heads     []headRead      // anonHeads looked up and not introduced in the paragraph
	headsAdd  []string        // heads it introduced, in order
	added     map[string]bool // headsAdd as a set
	quoteRead []quoteRead
	quoteSet  bool // it set anonQuoteEnd (to quoteEnd)
	quoteEnd  int
	// LookBack: an attribution look-back reached the paragraphs before,
	// whose trailing attributions the caller compares.
	LookBack bool
}

type headRead struct {
	key string
	got bool
}

type quoteRead struct {
	first int  // the sentence the quotation starts in
	got   bool // the latest unnamed quotation ended just before it
}

// Log makes l, or nothing when nil, the log of the paragraph read next.
// The set of heads introduced is the log's own while it is kept: it is
// dropped when logging stops.
func (d *Detector) Log(l *Reads) {
	if d.log != nil {
		d.log.added = nil
	}
	d.log = l
}

// Reset forgets what earlier paragraphs left: a chunk analysed ahead
// starts from nothing introduced and no quotation.
func (d *Detector) Reset() {
	clear(d.anonHeads)
	d.anonQuoteEnd = -1
}

// Agrees: every read of the detector's state l logged gets the same
// value from d's.
func (d *Detector) Agrees(l *Reads) bool {
	for _, h := range l.heads {
		if d.anonHeads[h.key] != h.got {
			return false
		}
	}
	for _, q := range l.quoteRead {
		if (d.anonQuoteEnd >= 0 && d.anonQuoteEnd == q.first-1) != q.got {
			return false
		}
	}
	return true
}

// Apply gives d's state what the paragraph l logged left in it.
func (d *Detector) Apply(l *Reads) {
	for _, k := range l.headsAdd {
		d.anonHeads[k] = true
	}
	if l.quoteSet {
		d.anonQuoteEnd = l.quoteEnd
	}
}

func (d *Detector) anonHead(key string) bool {
	got := d.anonHeads[key]
	if l := d.log; l != nil && !l.added[key] {
		l.heads = append(l.heads, headRead{key, got})
	}
	return got
}

// AddAnonHead notes key as the head noun of an unnamed source, which
// "the <key>" later refers back to; the structural rules' unnamed
// speakers are noted so too.
func (d *Detector) AddAnonHead(key string) {
	d.anonHeads[key] = true
	if l := d.log; l != nil && !l.added[key] {
		if l.added == nil {
			l.added = map[string]bool{}
		}
		l.added[key] = true
		l.headsAdd = append(l.headsAdd, key)
	}
}

// QuoteContinues: the latest quotation by an unnamed speaker ended in
// the sentence before sentence first.
func (d *Detector) QuoteContinues(first int) bool {
	got := d.anonQuoteEnd >= 0 && d.anonQuoteEnd == first-1
	if l := d.log; l != nil && !l.quoteSet {
		l.quoteRead = append(l.quoteRead, quoteRead{first, got})
	}
	return got
}

// SetQuoteEnd notes sent as the last sentence of the latest quotation
// by an unnamed speaker, -1 when the latest had another.
func (d *Detector) SetQuoteEnd(sent int) {
	d.anonQuoteEnd = sent
	if l := d.log; l != nil {
		l.quoteSet, l.quoteEnd = true, sent
	}
}

// lookBack is the loop condition of a walk back over the attributions
// from index j: it notes a walk that reaches an earlier paragraph's.
func (d *Detector) lookBack(j int) bool {
	if l := d.log; l != nil && j < d.attrBase {
		l.LookBack = true
	}
	return j >= 0
}
