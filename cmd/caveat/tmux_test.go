package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// tmuxSession drives the real binary in a detached tmux session, as a
// person at a terminal would: keys in, screen text out.
type tmuxSession struct {
	t    *testing.T
	name string
}

// builtBinary is the caveat binary built once for the whole test run.
var builtBinary struct {
	once sync.Once
	dir  string
	path string
	err  error
}

// TestMain removes the shared binary after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	if builtBinary.dir != "" {
		os.RemoveAll(builtBinary.dir)
	}
	os.Exit(code)
}

// buildBinary compiles caveat once per test run.
func buildBinary(t testing.TB) string {
	t.Helper()
	builtBinary.once.Do(func() {
		dir, err := os.MkdirTemp("", "caveat-bin-")
		if err != nil {
			builtBinary.err = err
			return
		}
		builtBinary.dir, builtBinary.path = dir, filepath.Join(dir, "caveat")
		if out, err := exec.Command("go", "build", "-tags", "caveat_testhooks", "-o", builtBinary.path, ".").CombinedOutput(); err != nil {
			builtBinary.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if builtBinary.err != nil {
		t.Fatal(builtBinary.err)
	}
	return builtBinary.path
}

// requireTmux skips where tmux is missing, except in CI, which installs it
// (.ci/run): there a missing tmux is a failure, not a skip.
func requireTmux(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is not installed; .ci/run should have installed it")
		}
		t.Skip("tmux not installed")
	}
}

// startTmux runs command in a new session of the given size. The session
// has its own tmux server socket so tests never touch a user's tmux.
func startTmux(t *testing.T, width, height int, env []string, command ...string) *tmuxSession {
	t.Helper()
	requireTmux(t)
	s := &tmuxSession{t: t, name: fmt.Sprintf("caveat-test-%d", time.Now().UnixNano())}
	args := []string{"new-session", "-d", "-s", s.name, "-x", fmt.Sprint(width), "-y", fmt.Sprint(height)}
	for _, e := range env {
		args = append(args, "-e", e)
	}
	args = append(args, strings.Join(quoteAll(command), " ")+"; echo caveat-exited-$?; sleep 30")
	// The tests' tmux server exits when the last test's session is
	// killed; a session started while it shuts down fails with "server
	// exited unexpectedly", and a second try starts a new server.
	out, err := s.tmux(args...)
	for try := 0; err != nil && strings.Contains(out, "server exited unexpectedly") && try < 5; try++ {
		time.Sleep(100 * time.Millisecond)
		out, err = s.tmux(args...)
	}
	if err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	t.Cleanup(func() { s.tmux("kill-session", "-t", s.name) })
	return s
}

func (s *tmuxSession) tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-L", "caveat-tests"}, args...)...).CombinedOutput()
	return string(out), err
}

// keys types keys as tmux send-keys names them ("n", "Tab", "q").
func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	if out, err := s.tmux(append([]string{"send-keys", "-t", s.name}, keys...)...); err != nil {
		s.t.Fatalf("send-keys: %v\n%s", err, out)
	}
}

// screen is the visible pane as plain text.
func (s *tmuxSession) screen() string {
	out, _ := s.tmux("capture-pane", "-p", "-t", s.name)
	return out
}

// waitFor polls the screen until ok accepts it or the deadline passes.
func (s *tmuxSession) waitFor(what string, ok func(string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		last = s.screen()
		if ok(last) {
			return last
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("timed out waiting for %s; screen:\n%s", what, last)
	return ""
}

func quoteAll(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return out
}
