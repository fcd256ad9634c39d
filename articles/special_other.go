//go:build !unix

package articles

import "os"

// openNonBlocking opens path for reading; where non-blocking opens do not
// exist the deadline still bounds the reads once open.
func openNonBlocking(path string) (*os.File, error) {
	return os.Open(path)
}
