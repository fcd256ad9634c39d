package main

import (
	"errors"
	"sync"

	"github.com/caveat-reader/caveat/compare"
	"github.com/caveat-reader/caveat/reading"

	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/store"
	"github.com/caveat-reader/caveat/ui"
)

// readerStore adapts store.Store to the reader's ui.Store. Both speak in
// package reading's marks; what the adapter adds is the article's
// identity, and the reader's view of what was saved (marks in text order,
// the changes since the last visit).
type readerStore struct {
	// st and openErr are set once ready is closed: the database opens in
	// the background (about 15 ms with its integrity check) while the
	// terminal and the first article get ready.
	ready   chan struct{}
	st      *store.Store
	openErr error
	// hashes caches each article's hash by its analysis: SavePosition runs
	// as the reader scrolls, and hashing a long article every time would
	// cost a millisecond per megabyte. Load runs off the UI loop, hence
	// the lock.
	mu     sync.Mutex
	hashes map[*model.Analysis]string
	// pending counts the store calls under way, so that closing waits
	// for them: a reader quit right after its first frame must still
	// record the visit its Load began (else the next visit could not say
	// what changed). closing refuses calls that begin after it. Both are
	// under mu; idle is signalled when pending drops to zero.
	pending int
	closing bool
	idle    *sync.Cond
}

// errStoreClosed answers a store call made once the reader is closing.
var errStoreClosed = errors.New("the reading store is closed")

var (
	_ ui.Store       = (*readerStore)(nil)
	_ ui.OutletStore = (*readerStore)(nil)
)

// openReaderStore is the reader's persistence for these flags: nil for a
// private session (--no-save). closeStore must be called when the reader
// ends. A database that cannot be opened is reported by each call to the
// returned Store, so reading never waits for it or stops because of it.
func (f SaveFlags) openReaderStore() (persist ui.Store, closeStore func()) {
	if f.NoSave {
		return nil, func() {}
	}
	r := newReaderStore(f.openStore)
	return r, r.close
}

// newReaderStore opens its database with open, in the background.
func newReaderStore(open func() (*store.Store, error)) *readerStore {
	r := &readerStore{ready: make(chan struct{}), hashes: map[*model.Analysis]string{}}
	r.idle = sync.NewCond(&r.mu)
	go func() {
		defer close(r.ready)
		r.st, r.openErr = open()
	}()
	return r
}

// close waits for the calls under way, then closes the database.
func (r *readerStore) close() {
	r.drain()
	<-r.ready
	if r.st != nil {
		r.st.Close()
	}
}

// drain refuses new calls and waits for those under way, leaving the
// database open for its owner.
func (r *readerStore) drain() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closing = true
	for r.pending > 0 {
		r.idle.Wait()
	}
}

// begin waits for the database to open and counts a call under way: a
// caller given no error calls r.end as it returns. A refused
// database is reported by the reader where it would have been used, and
// reading goes on.
func (r *readerStore) begin() (*store.Store, error) {
	r.mu.Lock()
	if r.closing {
		r.mu.Unlock()
		return nil, errStoreClosed
	}
	r.pending++
	r.mu.Unlock()
	<-r.ready
	if r.openErr != nil {
		r.end()
		return nil, r.openErr
	}
	return r.st, nil
}

// end counts a call begun as returned.
func (r *readerStore) end() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.pending--; r.pending == 0 {
		r.idle.Broadcast()
	}
}

// Load records the visit and returns the position and marks, carried over
// from the previous version when the article changed.
func (r *readerStore) Load(d reading.Doc) (reading.Saved, error) {
	rec := record(&d)
	r.mu.Lock()
	r.hashes[d.Analysis] = rec.Hash
	r.mu.Unlock()
	st, err := r.begin()
	if err != nil {
		return reading.Saved{}, err
	}
	defer r.end()
	saved, err := st.Restore(rec, d.Analysis)
	if err != nil {
		return reading.Saved{}, err
	}
	out := reading.Saved{Position: saved.Position, HasPosition: saved.HasPosition}
	for i := range d.Analysis.Flags { // in text order, as the flags are
		if m, ok := saved.Marks[i]; ok {
			out.Marks = append(out.Marks, m)
		}
	}
	if c := saved.Changed; c != nil {
		out.Changed, out.Kept, out.Dropped = true, c.Kept, len(c.Lost)
		// The version read before, analysed here (off the reader's
		// loop: ui never analyses), set beside this one.
		if prev, ok, err := st.Text(c.Previous.Hash); err == nil && ok {
			if was, err := analyzeGuarded(prev); err == nil {
				out.Versions = compare.Diff(was, d.Analysis)
			}
		}
	}
	if err := st.KeepText(rec.Source, rec.Hash, d.Article.Text); err != nil {
		return out, err
	}
	return out, st.RecordSourcing(sourcingRecord(&d, rec.Hash))
}

// SavePosition saves where the reader is in d.
func (r *readerStore) SavePosition(d reading.Doc, offset int) error {
	st, err := r.begin()
	if err != nil {
		return err
	}
	defer r.end()
	return st.SavePosition(r.hash(d), offset)
}

// SaveMark saves m on d; an empty mark clears the claim's mark.
func (r *readerStore) SaveMark(d reading.Doc, m reading.Mark) error {
	st, err := r.begin()
	if err != nil {
		return err
	}
	defer r.end()
	return st.SetMark(r.hash(d), m)
}

func (r *readerStore) hash(d reading.Doc) string {
	r.mu.Lock()
	h, ok := r.hashes[d.Analysis]
	r.mu.Unlock()
	if !ok {
		h = record(&d).Hash
	}
	return h
}

// Outlets profiles the outlets read, for the reader's O.
func (r *readerStore) Outlets() ([]ui.Outlet, error) {
	st, err := r.begin()
	if err != nil {
		return nil, err
	}
	defer r.end()
	ps, err := st.Outlets()
	out := make([]ui.Outlet, 0, len(ps))
	for _, p := range ps {
		out = append(out, ui.Outlet{Name: p.Outlet, Articles: p.Articles, AnonShare: p.AnonShare,
			DenialsPerArticle: p.DenialsPerArticle, UncertainPerArticle: p.UncertainPerArticle, Trend: p.Trend})
	}
	return out, err
}
