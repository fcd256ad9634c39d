//go:build unix

package articles

import (
	"os"
	"syscall"
)

// openNonBlocking opens a FIFO for reading without waiting for a writer;
// the file is then read through the runtime's poller, so deadlines work.
func openNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
