package ui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// panicky is a model that panics at one chosen place once it has drawn a
// first frame on the alternate screen.
type panicky struct {
	where  string
	broken bool
}

type startMsg struct{}

func boom(where string) func() tea.Msg {
	return func() tea.Msg { panic("boom in " + where) }
}

func (m panicky) Init() tea.Cmd {
	if m.where == "init" {
		panic("boom in init")
	}
	// Panic only once the first frame has reached the terminal.
	return tea.Tick(150*time.Millisecond, func(time.Time) tea.Msg { return startMsg{} })
}

func (m panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(startMsg); !ok {
		return m, nil
	}
	switch m.where {
	case "update":
		panic("boom in update")
	case "view":
		m.broken = true
	case "cmd":
		return m, boom("cmd")
	case "batch":
		return m, tea.Batch(func() tea.Msg { return nil }, boom("batch"))
	case "batch in batch":
		return m, tea.Batch(func() tea.Msg { return nil }, tea.Batch(boom("batch in batch")))
	}
	return m, nil
}

func (m panicky) View() tea.View {
	if m.broken {
		panic("boom in view")
	}
	v := tea.NewView("a first frame")
	v.AltScreen = true
	return v
}

// syncBuffer is the program's output, written by its renderer goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// captureStderr runs fn with os.Stderr sent to a pipe (Bubble Tea prints
// its panic reports there) and returns what was written.
func captureStderr(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stderr
	os.Stderr = w
	got := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		got <- string(b)
	}()
	defer func() {
		os.Stderr = saved
		w.Close()
	}()
	fn()
	os.Stderr = saved
	w.Close()
	return <-got
}

// runPanicky runs m under runGuarded and returns what it panicked with
// (nil if it did not), the program's output and what reached stderr.
func runPanicky(t *testing.T, m tea.Model) (pe *PanicError, out, stderr string) {
	t.Helper()
	var buf syncBuffer
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	stderr = captureStderr(t, func() {
		defer func() {
			if r := recover(); r != nil {
				var ok bool
				if pe, ok = r.(*PanicError); !ok {
					t.Errorf("re-raised %T %v, want *PanicError", r, r)
				}
			}
		}()
		_, err := runGuarded(ctx, m, tea.WithInput(nil), tea.WithOutput(&buf), tea.WithWindowSize(40, 10))
		if errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("the program did not stop after the panic")
		}
	})
	return pe, buf.String(), stderr
}

func TestPanicsInTheReaderRestoreTheTerminalAndReachTheCaller(t *testing.T) {
	for _, where := range []string{"init", "update", "view", "cmd", "batch", "batch in batch"} {
		t.Run(where, func(t *testing.T) {
			pe, out, stderr := runPanicky(t, panicky{where: where})
			if pe == nil {
				t.Fatalf("runGuarded returned; want the panic raised again after the terminal is restored")
			}
			if pe.Value != "boom in "+where {
				t.Errorf("panic value %v, want boom in %s", pe.Value, where)
			}
			if !strings.Contains(string(pe.Stack), "hostile_crash_test.go") {
				t.Errorf("the crash stack does not reach the panic site:\n%s", pe.Stack)
			}
			if stderr != "" {
				t.Errorf("something reached the screen through stderr:\n%s", stderr)
			}
			if strings.Contains(out, "goroutine") || strings.Contains(out, "Caught panic") {
				t.Errorf("a stack trace reached the terminal:\n%q", out)
			}
			if where == "init" {
				return // nothing was drawn, nothing to restore
			}
			enter := strings.LastIndex(out, "\x1b[?1049h")
			leave := strings.LastIndex(out, "\x1b[?1049l")
			if enter < 0 || leave < enter {
				t.Errorf("the alternate screen was not left after the panic:\n%q", out)
			}
			if i := strings.LastIndex(out, "\x1b[?25h"); i < 0 || i < strings.LastIndex(out, "\x1b[?25l") {
				t.Errorf("the cursor was left hidden:\n%q", out)
			}
		})
	}
}

// TestBubbleTeaAloneWouldPrintAStackTrace is the control: without the
// guard, Bubble Tea prints the panic and its stack to stderr, which is what
// the test above would see if the guard failed.
func TestBubbleTeaAloneWouldPrintAStackTrace(t *testing.T) {
	var buf syncBuffer
	stderr := captureStderr(t, func() {
		p := tea.NewProgram(panicky{where: "update"}, tea.WithInput(nil), tea.WithOutput(&buf), tea.WithWindowSize(40, 10))
		_, _ = p.Run()
	})
	if !strings.Contains(stderr, "goroutine") {
		t.Fatalf("expected Bubble Tea's own stack trace on stderr, got %q", stderr)
	}
}

func TestAGuardedProgramThatQuitsReturnsTheReadersModel(t *testing.T) {
	var buf syncBuffer
	final, err := runGuarded(context.Background(), quitter{}, tea.WithInput(nil), tea.WithOutput(&buf), tea.WithWindowSize(40, 10))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := final.(quitter); !ok {
		t.Errorf("final model %T, want the model passed in", final)
	}
}

type quitter struct{}

func (quitter) Init() tea.Cmd                         { return tea.Quit }
func (q quitter) Update(tea.Msg) (tea.Model, tea.Cmd) { return q, nil }
func (quitter) View() tea.View                        { return tea.NewView("bye") }
