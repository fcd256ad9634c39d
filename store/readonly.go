package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ReadOnlyError says the database cannot be opened for writing because
// its directory (or the file) is read-only: a read-only file system, or
// permissions. SQLite itself only says "unable to open database file
// (14)"; this says where, and the command adds what to do.
type ReadOnlyError struct {
	Path string
	// Err is what refused the write test.
	Err error
}

func (e *ReadOnlyError) Error() string {
	return fmt.Sprintf("%s: the data directory is read-only (%v)", e.Path, rootCause(e.Err))
}

func (e *ReadOnlyError) Unwrap() error { return e.Err }

// readOnly explains a failure to open the database at path when the
// reason is that nothing can be written there; otherwise it returns err.
// A refusal (damaged, newer) is kept as it is.
func readOnly(path string, err error) error {
	var refused *RefusedError
	if err == nil || errors.As(err, &refused) {
		return err
	}
	if werr := writable(path); werr != nil {
		return &ReadOnlyError{Path: path, Err: werr}
	}
	return err // writable: the cause is something else
}

// writable tries what opening path for writing needs: creating a file
// beside it, and opening it read-write if it exists.
func writable(path string) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".caveat-write-test-*")
	if err != nil {
		return err
	}
	f.Close()
	os.Remove(f.Name())
	db, err := os.OpenFile(path, os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return db.Close()
}

// rootCause is the innermost error: "read-only file system" rather than
// the whole "open …: read-only file system".
func rootCause(err error) error {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err
		}
		err = next
	}
}
