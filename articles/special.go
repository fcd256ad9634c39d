package articles

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// A path that is not a regular file can block: open() on a FIFO waits
// for a writer, a read on a terminal device waits for a key. Among
// several inputs that would stall the ordered output of every input
// after it. So devices and sockets are refused in one line, and pipes
// (a FIFO, or /dev/fd/N from a shell's <(...)) are opened without
// waiting for a writer and read with a deadline.

// defaultPipeTimeout is the read deadline of a pipe when Options.Timeout
// is 0.
const defaultPipeTimeout = 30 * time.Second

// refuseSpecial says why a file of this mode cannot be an article, or nil
// for regular files and pipes.
func refuseSpecial(mode fs.FileMode) error {
	switch {
	case mode.IsRegular(), mode&fs.ModeNamedPipe != 0:
		return nil
	case mode&fs.ModeSocket != 0:
		return errors.New("is a socket, not an article file")
	case mode&fs.ModeDevice != 0:
		return errors.New("is a device, not an article file (use - to read standard input)")
	}
	return fmt.Errorf("is not a regular file (%s)", mode.Type())
}

// readPipe reads a pipe to its end, at most max bytes, giving up after
// timeout: a FIFO nobody writes to ends at once (no writer: end of file),
// one whose writer never finishes ends at the deadline.
func readPipe(path string, max int64, timeout time.Duration) ([]byte, error) {
	if timeout <= 0 {
		timeout = defaultPipeTimeout
	}
	f, err := openNonBlocking(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, errors.New("permission denied")
		}
		return nil, err
	}
	defer f.Close()
	if err := f.SetReadDeadline(time.Now().Add(timeout)); err != nil {
		return nil, fmt.Errorf("a pipe that cannot be read with a deadline: %w", err)
	}
	data, err := readCapped(f, max)
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded):
		return nil, fmt.Errorf("a pipe still open after %s: gave up reading it (--timeout sets how long to wait)", timeout)
	case err == nil && len(data) == 0:
		return nil, errors.New("a pipe with nothing written to it (no writer)")
	}
	return data, err
}
