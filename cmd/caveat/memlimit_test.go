package main

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
)

// TestMemBudgetGrowsWithInput: the limit is the base plus a share of
// every byte of text loaded so far, and only grows.
func TestMemBudgetGrowsWithInput(t *testing.T) {
	old := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(old)
	b := newMemBudget()
	if b == nil {
		t.Fatal("no budget with no limit set")
	}
	b.add(1 << 20)
	if got, want := debug.SetMemoryLimit(-1), int64(memBase+memPerByte*(1<<20)); got != want {
		t.Fatalf("limit after 1 MiB: %d, want %d", got, want)
	}
	b.add(1 << 20)
	if got, want := debug.SetMemoryLimit(-1), int64(memBase+memPerByte*(1<<21)); got != want {
		t.Fatalf("limit after 2 MiB: %d, want %d", got, want)
	}
}

// TestMemBudgetLeavesAUserLimit: a GOMEMLIMIT the user set is theirs.
func TestMemBudgetLeavesAUserLimit(t *testing.T) {
	old := debug.SetMemoryLimit(1 << 40)
	defer debug.SetMemoryLimit(old)
	if b := newMemBudget(); b != nil {
		t.Fatal("a budget over a limit the user set")
	}
	var b *memBudget
	b.add(1 << 20) // a nil budget does nothing
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Fatalf("the user's limit changed to %d", got)
	}
}

// TestGCShare: the collector's share of the CPU between two collections,
// none when no time has passed.
func TestGCShare(t *testing.T) {
	for _, c := range []struct {
		from, to cpuAt
		want     float64
	}{
		{cpuAt{1, 10}, cpuAt{2, 14}, 0.25},
		{cpuAt{1, 10}, cpuAt{1, 20}, 0},
		{cpuAt{1, 10}, cpuAt{1.5, 10}, 0},
	} {
		if got := gcShare(c.from, c.to); got != c.want {
			t.Errorf("gcShare(%v, %v) = %v, want %v", c.from, c.to, got, c.want)
		}
	}
}

// TestRaise: a limit the runtime's memory has reached is raised to leave
// the live heap's size beyond it; one leaving that room already is not.
func TestRaise(t *testing.T) {
	for _, c := range []struct {
		limit      int64
		held, live uint64
		want       int64
	}{
		{100, 100, 60, 60},
		{100, 90, 60, 50},
		{200, 100, 60, 0},
	} {
		if got := raise(c.limit, c.held, c.live); got != c.want {
			t.Errorf("raise(%d, %d, %d) = %d, want %d", c.limit, c.held, c.live, got, c.want)
		}
	}
}

// TestForcedCollectionRestartsTheWindow: a collection the program asked
// for (runtime.GC) is not counted towards the collector's share: the
// window of collections judged starts again after it.
func TestForcedCollectionRestartsTheWindow(t *testing.T) {
	old := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(old)
	b := &memBudget{}
	b.check()
	runtime.GC()
	b.check() // the window starts here
	b.check()
	b.check()
	if got := len(b.cpu); got != 3 {
		t.Fatalf("%d collections in the window after checks at 3, want 3", got)
	}
	runtime.GC()
	b.check()
	if got := len(b.cpu); got != 1 {
		t.Fatalf("%d collections in the window after a forced one, want 1", got)
	}
}

// TestWindowHalvesOnceRaised: the share is judged over gcWindow
// collections, and over half as many once the limit has been raised.
func TestWindowHalvesOnceRaised(t *testing.T) {
	if got := window(false); got != gcWindow {
		t.Errorf("window before a raise = %d, want %d", got, gcWindow)
	}
	if got := window(true); got != gcWindow/2 || got < 2 {
		t.Errorf("window after a raise = %d, want %d (at least 2)", got, gcWindow/2)
	}
}
