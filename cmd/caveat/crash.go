package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/caveat-reader/caveat/articles"
)

// crashStack is what a panic value re-raised after the terminal was
// restored (ui.PanicError) offers: the stack of the original panic, which
// the stack at the point of re-raising would hide.
type crashStack interface {
	CrashStack() []byte
}

// reportCrash turns a panic into one line on stderr and a crash file with
// the details under the XDG state directory: a reader never shows a stack
// trace to its user.
func reportCrash(stderr io.Writer, r any) {
	stack := debug.Stack()
	if cs, ok := r.(crashStack); ok && len(cs.CrashStack()) > 0 {
		stack = cs.CrashStack()
	}
	what := crashSummary(r)
	path, err := writeCrashFile(r, stack)
	if err != nil {
		sayError(stderr, "internal error: %s (the crash report could not be saved: %s)", what, crashSummary(err))
		return
	}
	sayError(stderr, "internal error: %s (details in %s)", what, path)
}

// crashSummary is the panic value as one short visible line: a panic
// message can hold newlines, terminal controls or a whole article's text.
func crashSummary(r any) string {
	s := articles.VisibleLine(fmt.Sprint(r))
	const max = 200
	if len(s) > max {
		cut := max
		for cut > 0 && s[cut]&0xc0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// crashDir is $XDG_STATE_HOME/caveat, or ~/.local/state/caveat.
func crashDir() (string, error) {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "caveat"), nil
}

func writeCrashFile(r any, stack []byte) (string, error) {
	dir, err := crashDir()
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	now := time.Now().UTC()
	body := fmt.Sprintf("caveat %s crashed at %s\npanic: %v\n\n%s", version, now.Format(time.RFC3339), r, stack)
	// Two crashes in one millisecond (two windows) must not overwrite
	// each other: create the file exclusively, with a counter on collision.
	base := filepath.Join(dir, "crash-"+now.Format("20060102T150405.000Z"))
	for i := 0; i < 100; i++ {
		path := base + ".txt"
		if i > 0 {
			path = fmt.Sprintf("%s-%d.txt", base, i)
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		if _, err := f.WriteString(body); err != nil {
			f.Close()
			return "", err
		}
		return path, f.Close()
	}
	return "", errors.New("too many crash files in one millisecond")
}
