package main

import (
	"math"
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
	if got, want := debug.SetMemoryLimit(-1), int64(memBase+memPerByte<<20); got != want {
		t.Fatalf("limit after 1 MiB: %d, want %d", got, want)
	}
	b.add(1 << 20)
	if got, want := debug.SetMemoryLimit(-1), int64(memBase+memPerByte<<21); got != want {
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

// TestPinches: the limit is dropped once the heap's goal leaves under a
// fifth of the live heap to grow by.
func TestPinches(t *testing.T) {
	for _, c := range []struct {
		live, goal uint64
		want       bool
	}{{100, 200, false}, {100, 120, false}, {100, 119, true}, {100, 100, true}} {
		if got := pinches(c.live, c.goal); got != c.want {
			t.Errorf("pinches(%d, %d) = %v, want %v", c.live, c.goal, got, c.want)
		}
	}
}
