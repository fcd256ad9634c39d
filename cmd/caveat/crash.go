package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"
)

// reportCrash turns a panic into one line on stderr and a crash file with
// the details under the XDG state directory: a reader never shows a stack
// trace to its user.
func reportCrash(stderr io.Writer, r any) {
	path, err := writeCrashFile(r, debug.Stack())
	if err != nil {
		fmt.Fprintf(stderr, "caveat: internal error: %v (the crash report could not be saved: %v)\n", r, err)
		return
	}
	fmt.Fprintf(stderr, "caveat: internal error: %v (details in %s)\n", r, path)
}

func writeCrashFile(r any, stack []byte) (string, error) {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(home, ".local", "state")
	}
	dir = filepath.Join(dir, "caveat")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	path := filepath.Join(dir, "crash-"+time.Now().UTC().Format("20060102T150405.000Z")+".txt")
	body := fmt.Sprintf("caveat %s crashed at %s\npanic: %v\n\n%s", version, time.Now().UTC().Format(time.RFC3339), r, stack)
	return path, os.WriteFile(path, []byte(body), 0o600)
}
