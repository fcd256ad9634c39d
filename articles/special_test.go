//go:build unix

package articles

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFOWithoutWriterIsRefusedAtOnce: open() on a FIFO would wait for
// a writer forever; caveat says so in one line instead.
func TestFIFOWithoutWriterIsRefusedAtOnce(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	_, err := loadWithin(t, fifo, Options{})
	if err == nil || !strings.Contains(err.Error(), "no writer") {
		t.Fatalf("got %v, want the no-writer error", err)
	}
}

// TestPipeThatNeverEndsStopsAtTheDeadline: a writer that holds the pipe
// open without finishing costs the timeout, not forever.
func TestPipeThatNeverEndsStopsAtTheDeadline(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	fmt.Fprint(w, "A source said it may. ")
	_, err = loadWithin(t, fmt.Sprintf("/dev/fd/%d", r.Fd()), Options{Timeout: 200 * time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "gave up") {
		t.Fatalf("got %v, want the deadline error", err)
	}
}

// TestProcessSubstitutionPipeIsRead: caveat <(curl …) hands a pipe whose
// writer finishes: it reads like a file.
func TestProcessSubstitutionPipeIsRead(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	fmt.Fprint(w, "A source said it may.\n")
	w.Close()
	a, err := loadWithin(t, fmt.Sprintf("/dev/fd/%d", r.Fd()), Options{})
	if err != nil || a.Text != "A source said it may.\n" {
		t.Fatalf("got %v, %v", a, err)
	}
}

func TestDevicesAndSocketsAreRefused(t *testing.T) {
	for _, dev := range []string{"/dev/null", "/dev/zero", "/dev/tty"} {
		if _, err := os.Stat(dev); err != nil {
			continue
		}
		if _, err := loadWithin(t, dev, Options{}); err == nil || !strings.Contains(err.Error(), "is a device") {
			t.Errorf("%s: got %v, want the device refusal", dev, err)
		}
	}
	sock := filepath.Join(t.TempDir(), "sock")
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fd)
	if err := syscall.Bind(fd, &syscall.SockaddrUnix{Name: sock}); err != nil {
		t.Fatal(err)
	}
	if _, err := loadWithin(t, sock, Options{}); err == nil || !strings.Contains(err.Error(), "is a socket") {
		t.Errorf("socket: got %v, want the socket refusal", err)
	}
}

// loadWithin loads input and fails the test if that blocks.
func loadWithin(t *testing.T, input string, opts Options) (*Article, error) {
	t.Helper()
	type result struct {
		a   *Article
		err error
	}
	done := make(chan result, 1)
	go func() {
		a, err := Load(context.Background(), input, opts)
		done <- result{a, err}
	}()
	select {
	case r := <-done:
		return r.a, r.err
	case <-time.After(10 * time.Second):
		t.Fatalf("loading %s blocked", input)
		return nil, nil
	}
}
