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
// last collection, and an analysis's live memory peaks late (the end of
// detection and the source ledger's build): on 10 MB of news the process
// peaked at ~130-145 MiB RSS for ~50 MB live. Under the limit the
// collector runs more often near the peak instead, and the process's
// own memory stays at about the limit; the binary's pages (~21 MB on 10
// MB: code, tables, the tagger's weights read in place) come on top, so
// issue 11's 80 MiB on 10.5 MB leaves the limit ~58 MiB, and the
// collector the room between it and what is live (~40 MB at the end of
// detection: the text 10 MB, the ledger's reading ~14, word tables and
// lexicon ~6, the analysis's per-sentence lists ~7).
//
// The setting: GOGC stays 100; 32 MiB + 2.75 bytes a byte (~59.5 MiB on
// 10.5 MB), judged over 6 collections at 40% (session 15). The base is
// what the process keeps live before much text is read (word tables,
// the lexicon, the tagger's cache, the runtime's own): 12 MiB was below
// it, so on 1-2.5 MB inputs the collector ran back to back, and 1 MB of
// news took 0.30-0.43 s of user CPU against 0.17-0.19 with no limit
// (0.18-0.21 under 32 MiB + 2.75, three runs each in turn). On 10.5 MB
// the limit is the same as 12 MiB + 4.75 bytes', and so is the peak
// (76.8-77.1 against 76.8-77.2 MiB); text dense with names peaks higher
// before the watch raises the limit (5 MB of generated names: 415-425
// MiB against 350-357), at no more CPU. What follows was measured with
// 12 MiB + 4.75 bytes, the same limit on 10.5 MB. 12 MiB + 5
// bytes (sessions 13-14) peaked at 79.1-80.4 MiB on 10.5 MB of news, and
// now and then at 95-100 when its 4-collection, one-third watch took the
// ledger's start for a spin: not reliably under 80. Below that the
// collector's CPU was the price (limits never raised, old and new
// builds in turn: 5 bytes 79.4 MiB and 1.67 s of user CPU, 4.75 77.0
// and 1.81, 4.5 76.0 and 2.04, 4.25 76.3 and 2.21: the peak's floor is
// what is live there), until what the collector works for shrank:
// model collects once between detection and the ledger (forgetTags),
// which took the spike at the ledger's start off the peak, and a long
// text allocates a quarter less (detect's per-sentence state and the
// parallel analysis's per-chunk lists reused). With those, 4.75 bytes
// peaks at 76.9-77.5 MiB (16 runs, load 3-6 on 2 cores) for the user
// CPU of the old 5 (median 1.67 and 2.20 s against 1.67 and 2.20, in
// turn); 4.5 bytes tripped the watch (then of 8 collections at a
// third) in two runs of five.
//
// A limit too close to what is live would have the collector run back
// to back: text unlike news, dense with names, is live at 12-50 bytes a
// byte of input and ran 60-90% slower under a fixed limit. So after
// every collection the collector's share of the CPU over the last
// gcWindow collections is checked (watch): above gcShareMax, the limit
// is raised to leave the heap as much as is live to grow by, beyond all
// the memory the runtime holds now, as GOGC=100 alone would. (Until
// session 13 a limit leaving the heap's goal under a fifth of the live
// heap to grow by was dropped for GOGC alone; news at its peak sat right
// at that line, so one run in three lost the limit there and peaked at
// 113-120 MiB instead of 95.) A collection the program asks for
// (runtime.GC, model's between detection and the ledger) has every core
// mark at once and is no sign of a spin: the window starts after it.
// The window and the share are where news and names part: on 10.5 MB of
// news under 4.75 bytes the share over 6 collections peaks at 11-34%
// (over 4 at 20-38%, which a third crossed), on 5 MB of generated names
// it holds at 60-70%. Once raised, the text has shown its live heap
// outgrows the limit, and the window halves for the raises to come:
// those names need three as their live heap grows to ~250 MB, and took
// 1.04 s of user CPU against 0.96 under the old watch (1.32 with a
// window of 6 throughout).
//
// A limit the user set (GOMEMLIMIT) is theirs and left alone.
const (
	memBase    = 32 << 20
	memPerByte = 2.75
	// gcWindow and gcShareMax: the collections over which, and the share
	// of the CPU above which, the collector is taken to spin (see above).
	gcWindow   = 6
	gcShareMax = 0.4
)

// memBudget sets the limit from the bytes of text loaded so far: every
// input's, whether or not it is still being analysed, so the limit only
// grows and never falls below what several analyses in flight hold.
type memBudget struct {
	mu       sync.Mutex
	bytes    int64 // text loaded so far
	extra    int64 // raised by this much over the input's share (check)
	limit    int64 // the limit set, 0 before any
	watching bool
	// cpu is the collector's and the process's CPU time at each of the
	// last collections, up to gcWindow+1 of them (check), since the
	// last one the program asked for (forced, their count).
	cpu    []cpuAt
	forced uint64
}

// cpuAt is the CPU time the collector and the whole process had taken
// at a collection (runtime/metrics' estimates, in seconds).
type cpuAt struct{ gc, total float64 }

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
	b.bytes += int64(n)
	b.set()
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

// set sets the limit: the input's share and what check added.
func (b *memBudget) set() {
	b.limit = memBase + int64(memPerByte*float64(b.bytes)) + b.extra
	debug.SetMemoryLimit(b.limit)
}

// check raises the limit once the collector has taken more than
// gcShareMax of the CPU over the last gcWindow collections, and reports
// whether to keep watching.
func (b *memBudget) check() bool {
	s := []metrics.Sample{
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
		{Name: "/cpu/classes/gc/total:cpu-seconds"},
		{Name: "/cpu/classes/total:cpu-seconds"},
		{Name: "/gc/cycles/forced:gc-cycles"},
	}
	metrics.Read(s)
	for i, k := range []metrics.ValueKind{metrics.KindUint64, metrics.KindUint64, metrics.KindUint64, metrics.KindFloat64, metrics.KindFloat64, metrics.KindUint64} {
		if s[i].Value.Kind() != k {
			return false
		}
	}
	live, held := s[0].Value.Uint64(), s[1].Value.Uint64()-s[2].Value.Uint64()
	now := cpuAt{gc: s[3].Value.Float64(), total: s[4].Value.Float64()}
	b.mu.Lock()
	defer b.mu.Unlock()
	// A collection the program asked for (runtime.GC, as model does
	// between detection and the ledger) has every core mark at once: no
	// sign of the collector spinning, so the window starts after it.
	if f := s[5].Value.Uint64(); f != b.forced {
		b.forced, b.cpu = f, b.cpu[:0]
	}
	b.cpu = append(b.cpu, now)
	w := window(b.extra > 0)
	if len(b.cpu) <= w {
		return true
	}
	b.cpu = b.cpu[len(b.cpu)-w-1:]
	if gcShare(b.cpu[0], now) > gcShareMax {
		b.extra += raise(b.limit, held, live)
		b.set()
		b.cpu = b.cpu[:0] // judged afresh under the new limit
	}
	return true
}

// window is how many collections the collector's share is judged over:
// gcWindow, or half as many once the limit has been raised, as the text
// has shown then that its live heap outgrows the limit, and one whose
// live heap keeps growing (names, ~50 bytes a byte) needs a raise each
// time it doubles.
func window(raised bool) int {
	if raised {
		return gcWindow / 2
	}
	return gcWindow
}

// gcShare is the collector's share of the CPU between two collections.
func gcShare(from, to cpuAt) float64 {
	if to.total <= from.total {
		return 0
	}
	return (to.gc - from.gc) / (to.total - from.total)
}

// raise is how much to add to limit so that, beyond the bytes the
// runtime holds now, the heap has the live heap to grow by, as under
// GOGC=100 alone;
// nothing when the limit leaves that room already (the collector is
// then busy on GOGC's account, which no limit changes).
func raise(limit int64, held, live uint64) int64 {
	return max(int64(held+live)-limit, 0)
}
