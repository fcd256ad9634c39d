package ui

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"sync"

	tea "charm.land/bubbletea/v2"
)

// Bubble Tea v2 catches panics by default, restores the terminal and then
// prints "Caught panic" and a stack trace to os.Stderr, which is the
// user's screen. The reader wants one line and a crash file instead, so it
// turns that catching off (tea.WithoutCatchPanics) and catches panics
// itself: in Init, Update and View (the program's own goroutine) and in
// every command, including the commands inside tea.Batch, which Bubble
// Tea runs in goroutines of its own. A caught panic cancels
// the program's context; Bubble Tea then leaves the alternate screen,
// shows the cursor and restores the tty as it does on any kill, and only
// then is the panic raised again, as a *PanicError carrying the original
// stack, for the command's crash handler to report.

// PanicError is a panic in the reader, raised again by runGuarded once the
// terminal is restored.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprint(e.Value) }

// CrashStack is the stack of the original panic, for the crash file.
func (e *PanicError) CrashStack() []byte { return e.Stack }

// crashGuard keeps the first panic caught and stops the program.
type crashGuard struct {
	mu    sync.Mutex
	first *PanicError
	stop  context.CancelFunc
}

// catch is deferred by everything the guard runs; recover works only when
// called directly by the deferred function, so it is called here.
func (g *crashGuard) catch() {
	if r := recover(); r != nil {
		g.caught(r)
	}
}

func (g *crashGuard) caught(r any) {
	g.mu.Lock()
	if g.first == nil {
		g.first = &PanicError{Value: r, Stack: debug.Stack()}
	}
	g.mu.Unlock()
	g.stop()
}

func (g *crashGuard) panicked() *PanicError {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.first
}

// cmd wraps a command so that a panic in it is caught.
func (g *crashGuard) cmd(c tea.Cmd) tea.Cmd {
	if c == nil {
		return nil
	}
	return func() tea.Msg {
		defer g.catch()
		return g.msg(c())
	}
}

// msg wraps the commands of a batch (tea.BatchMsg, Bubble Tea's exported
// type for it), which Bubble Tea runs in goroutines the guard would
// otherwise not reach; nested batches are wrapped as they run. The reader
// uses no tea.Sequence: its message type is Bubble Tea's own, unexported,
// and reaching inside it would break with Bubble Tea's internals
// (crash_sequence_test.go keeps it out of the reader).
func (g *crashGuard) msg(msg tea.Msg) tea.Msg {
	b, ok := msg.(tea.BatchMsg)
	if !ok {
		return msg
	}
	out := make(tea.BatchMsg, len(b))
	for i, c := range b {
		out[i] = g.cmd(c)
	}
	return out
}

// guarded is the root model seen by Bubble Tea: the reader, with every
// entry point under the guard.
type guarded struct {
	inner tea.Model
	g     *crashGuard
}

func (m guarded) Init() tea.Cmd {
	defer m.g.catch()
	return m.g.cmd(m.inner.Init())
}

func (m guarded) Update(msg tea.Msg) (next tea.Model, cmd tea.Cmd) {
	next = m // what Bubble Tea keeps if the reader panics
	defer m.g.catch()
	inner, cmd := m.inner.Update(msg)
	return guarded{inner: inner, g: m.g}, m.g.cmd(cmd)
}

// View draws nothing once the reader has panicked: the program is
// stopping, and the broken model must not be asked again.
func (m guarded) View() (v tea.View) {
	defer m.g.catch()
	if m.g.panicked() != nil {
		return v
	}
	return m.inner.View()
}

// runGuarded runs m as the reader's program, with opts, and returns the
// final model (the reader's own, unwrapped). A panic anywhere in the
// reader stops the program, lets Bubble Tea restore the terminal, and is
// then raised again as a *PanicError.
func runGuarded(ctx context.Context, m tea.Model, opts ...tea.ProgramOption) (tea.Model, error) {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	g := &crashGuard{stop: stop}
	m = withTestPanic(m, os.Getenv("CAVEAT_TEST_PANIC"))
	opts = append(opts, tea.WithContext(ctx), tea.WithoutCatchPanics())
	p := tea.NewProgram(guarded{inner: m, g: g}, opts...)
	final, err := runProgram(p, g)
	if pe := g.panicked(); pe != nil {
		panic(pe)
	}
	if gm, ok := final.(guarded); ok {
		final = gm.inner
	}
	final = withoutTestPanic(final)
	return final, err
}

// runProgram runs p; a panic that escapes the guard (one in Bubble Tea
// itself, on this goroutine) still restores the terminal, through Kill.
func runProgram(p *tea.Program, g *crashGuard) (final tea.Model, err error) {
	defer func() {
		if r := recover(); r != nil {
			g.caught(r)
			p.Kill()
		}
	}()
	return p.Run()
}
