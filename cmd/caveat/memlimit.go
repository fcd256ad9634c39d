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
// own memory stays at about the limit (the binary's pages, ~21 MiB on
// 10 MB, come on top). Session 12's 16 MiB and 6 bytes a byte gave ~95
// MiB on 10.5 MB of news; session 13, with the peak's live heap ~47 MB
// (the ledger's reading entries halved, the tagger's cache let go before
// the ledger), takes it to 12 MiB and 5 bytes (~62 MiB there): ~81-84
// MiB RSS, for about 0.2 s more of the collector's CPU (gctrace, 23
// collections against 13). 10 MiB and 4.5 bytes held RSS to ~80 MiB but
// had the collector take 40% of the CPU near the peak.
//
// A limit too close to what is live would have the collector run back
// to back: text unlike news, dense with names, is live at 12-20 bytes a
// byte of input and ran 60-90% slower under a fixed limit. So after
// every collection the collector's share of the CPU over the last
// gcWindow collections is checked (watch): above gcShareMax, the limit
// is raised to leave the heap as much as is live to grow by, beyond all
// the memory the runtime holds now, as GOGC=100 alone would. (Until
// session 13 a limit leaving the heap's goal under a fifth of the live
// heap to grow by was dropped for GOGC alone; news at its peak sat right
// at that line, so one run in three lost the limit there and peaked at
// 113-120 MiB instead of 95.) Such a text costs the collections before
// the raise: 5 MB of generated names (live ~100 MB) took 3.3-3.5 s of
// CPU against 2.3-3.1 s under the old rule, at 217-221 MiB against
// 243-259 (loaded machine).
//
// A limit the user set (GOMEMLIMIT) is theirs and left alone.
const (
	memBase    = 12 << 20
	memPerByte = 5
	// gcWindow and gcShareMax: the collections over which, and the share
	// of the CPU above which, the collector is taken to spin. On 10 MB
	// of news under this limit the share peaks at 18-27% (a quarter
	// raised the limit in one run of five); on name-dense text it
	// passes 40%.
	gcWindow   = 4
	gcShareMax = 1.0 / 3
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
	// last collections, up to gcWindow+1 of them (check).
	cpu []cpuAt
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
	b.limit = memBase + memPerByte*b.bytes + b.extra
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
	}
	metrics.Read(s)
	for i, k := range []metrics.ValueKind{metrics.KindUint64, metrics.KindUint64, metrics.KindUint64, metrics.KindFloat64, metrics.KindFloat64} {
		if s[i].Value.Kind() != k {
			return false
		}
	}
	live, held := s[0].Value.Uint64(), s[1].Value.Uint64()-s[2].Value.Uint64()
	now := cpuAt{gc: s[3].Value.Float64(), total: s[4].Value.Float64()}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.cpu = append(b.cpu, now)
	if len(b.cpu) <= gcWindow {
		return true
	}
	b.cpu = b.cpu[len(b.cpu)-gcWindow-1:]
	if gcShare(b.cpu[0], now) > gcShareMax {
		b.extra += raise(b.limit, held, live)
		b.set()
		b.cpu = b.cpu[:0] // judged afresh under the new limit
	}
	return true
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
