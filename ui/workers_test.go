package ui

import (
	"errors"
	"runtime"
	"testing"
)

func TestWorkerPanicIsRaisedOnTheWaitingGoroutine(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2)) // two workers at least
	defer func() {
		var pe *PanicError
		r := recover()
		err, _ := r.(error)
		if !errors.As(err, &pe) || pe.Value != "boom in a worker" || len(pe.Stack) == 0 {
			t.Fatalf("want the worker's panic as a *PanicError with its stack, got %v", r)
		}
	}()
	eachRange(10000, func(lo, hi int) {
		if lo > 0 {
			panic("boom in a worker")
		}
	})
	t.Fatal("the worker's panic was lost")
}
