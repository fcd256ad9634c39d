package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// A soft memory limit for `caveat analyze`, proportional to its input:
// debug.SetMemoryLimit(memBase + memPerByte × the bytes of text loaded).
//
// Left to GOGC=100 alone, the heap grows to twice what was live at the
// last collection, and an analysis's live memory peaks late (the source
// ledger's build, after detection): on 10 MB of news the process peaked
// at ~130-145 MiB RSS for ~63 MB live. With the limit (~76 MiB there;
// the runtime's own memory takes part of it) the collector runs a few
// more times near the peak instead: ~96 MiB (under 10x the input), at
// no CPU cost measurable on this two-core machine's noise. The first
// sweep (24-32 MiB and 7 bytes a byte, ~110 MiB) was taken down in
// session 12: 16 MiB and 6 bytes a byte, tried in turn against it on 10
// MB of news, on the bench bodies repeated to 10 MB and on 1 MB
// (/usr/bin/time, three and two pairs), cost nothing measurable; a
// limit of ~72 MiB on 10 MB cost about 15% more CPU, so this stays a
// little above that.
//
// A limit too close to what is live would have the collector run back
// to back (up to half the CPU): text unlike news, dense with names, is
// live at ~12 bytes a byte of input and ran 60-90% slower under a fixed
// limit. So after every collection the limit is checked (watch): once
// it leaves the heap less than a fifth of what is live to grow by, it
// is dropped and GOGC alone rules, as without one. Such a text costs a
// few early collections, never the collector's spin; so does a small
// input, whose live memory is mostly the lexicon's tables.
//
// A limit the user set (GOMEMLIMIT) is theirs and left alone.
const (
	memBase    = 16 << 20
	memPerByte = 6
)

// memBudget sets the limit from the bytes of text loaded so far: every
// input's, whether or not it is still being analysed, so the limit only
// grows and never falls below what several analyses in flight hold.
type memBudget struct {
	mu       sync.Mutex
	bytes    int64 // text loaded so far
	limit    int64 // the limit set, 0 before any
	off      bool  // dropped: it left the heap too little room (check)
	watching bool
}

// newMemBudget is a budget, or nil when a limit is set already.
func newMemBudget() *memBudget {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return nil
	}
	return &memBudget{}
}

// add counts n more bytes of text about to be analysed.
func (b *memBudget) add(n int) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.off {
		return
	}
	b.bytes += int64(n)
	b.limit = memBase + memPerByte*b.bytes
	debug.SetMemoryLimit(b.limit)
	if !b.watching {
		b.watching = true
		b.watch()
	}
}

// gcTick is an object whose finalizer runs after the collection that
// finds it unreachable: one per collection, each arming the next. It is
// not zero-sized, as a finalizer on a zero-sized object may never run.
type gcTick struct{ b *memBudget }

func (b *memBudget) watch() {
	runtime.SetFinalizer(&gcTick{b}, func(t *gcTick) {
		if t.b.check() {
			t.b.watch()
		}
	})
}

// check drops the limit once it leaves the heap less than a fifth of
// what is live to grow by before the next collection (the runtime's
// goal, which the limit lowers, less the live heap), and reports whether
// to keep watching.
func (b *memBudget) check() bool {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/goal:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		return false
	}
	live, goal := s[0].Value.Uint64(), s[1].Value.Uint64()
	b.mu.Lock()
	defer b.mu.Unlock()
	if pinches(live, goal) {
		debug.SetMemoryLimit(math.MaxInt64)
		b.off = true
		return false
	}
	return true
}

// pinches: the heap's goal leaves less than a fifth of the live heap to
// grow by, so the collector would soon run back to back.
func pinches(live, goal uint64) bool { return goal < live+live/5 }
