package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/store"
)

// DataFlags choose where caveat keeps what it remembers between runs.
type DataFlags struct {
	DataDir string `name:"data-dir" type:"path" placeholder:"DIR" help:"Keep reading positions, marks and history in DIR (default: $XDG_DATA_HOME/caveat or ~/.local/share/caveat)."`
}

// SaveFlags are DataFlags plus --no-save, for the reader.
type SaveFlags struct {
	DataFlags
	NoSave bool `name:"no-save" help:"A private session: read nothing saved and save nothing."`
}

// openStore opens the database. A refused database (damaged, or from a
// newer caveat) comes back as a one-line error naming the file.
func (f DataFlags) openStore() (*store.Store, error) {
	st, err := store.Open(f.DataDir)
	var ro *store.ReadOnlyError
	if errors.As(err, &ro) {
		return nil, fmt.Errorf("%w: make it writable, or pass --data-dir with a writable directory", err)
	}
	return st, err
}

// storeSource is the name under which the store remembers where an
// article came from: a file path made absolute, so that "story.txt" in two
// directories are two sources and a re-read from elsewhere is the same one.
func storeSource(a *articles.Article) string {
	src := a.Source
	if src == "" || src == "-" || strings.Contains(src, "://") || strings.HasPrefix(src, "sample:") {
		return src
	}
	if abs, err := filepath.Abs(src); err == nil {
		return abs
	}
	return src
}

// record describes a loaded article to the store.
func record(d *reading.Doc) store.ArticleRecord {
	return store.NewRecord(storeSource(d.Article), d.Article.Title, d.Article.Text)
}
