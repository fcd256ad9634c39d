package ui

import (
	"runtime/debug"
	"sync"
)

// workerPanics carries a panic from a worker goroutine back to the
// goroutine that waits for it. A panic in a plain goroutine would kill the
// process with a stack trace on a terminal still in raw mode; raised again
// on the waiting goroutine it reaches the reader's crash guard instead.
type workerPanics struct {
	once sync.Once
	err  *PanicError
}

// run calls fn, keeping the first panic of any worker.
func (w *workerPanics) run(fn func()) {
	defer func() {
		if r := recover(); r != nil {
			w.once.Do(func() { w.err = &PanicError{Value: r, Stack: debug.Stack()} })
		}
	}()
	fn()
}

// rethrow raises the kept panic, if any, on the calling goroutine; call
// it after every worker has finished.
func (w *workerPanics) rethrow() {
	if w.err != nil {
		panic(w.err)
	}
}
