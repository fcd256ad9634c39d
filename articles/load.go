package articles

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"
	"unsafe"
)

// DefaultMaxSize is the largest input read unless Options.MaxSize says
// otherwise.
const DefaultMaxSize = 20 << 20

// Options tune loading.
type Options struct {
	// MaxSize is the largest input in bytes; 0 means DefaultMaxSize.
	MaxSize int64
	// Timeout bounds a URL fetch as a whole; 0 means 30 s.
	Timeout time.Duration
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
	// Fetched holds pages already downloaded, by input URL (the feed
	// reader fetched them to see whether they were feeds): Load reads
	// them instead of fetching again.
	Fetched map[string]*Raw
}

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

// Load reads one input: "-" for standard input, an http(s) URL, or a file
// path. Errors are one line and name the input.
func Load(ctx context.Context, input string, opts Options) (*Article, error) {
	var (
		data        []byte
		contentType string
		err         error
	)
	switch {
	case input == "-":
		in := opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		data, err = readCapped(in, opts.maxSize())
	case isURL(input):
		var a *Article
		if raw := opts.Fetched[input]; raw != nil {
			a, err = articleOfRaw(input, raw)
		} else {
			a, err = fetchArticle(ctx, input, opts)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", input, err)
		}
		return a, nil
	default:
		data, err = readFile(input, opts.maxSize(), opts.Timeout)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", input, err)
	}
	a, err := fromBytes(input, data, contentType, true)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", input, err)
	}
	return a, nil
}

// FromBytes makes an article of bytes already read, detecting the format
// from the content type (may be empty), the name's extension and the bytes.
func FromBytes(name string, data []byte, contentType string) (*Article, error) {
	return fromBytes(name, data, contentType, false)
}

// fromBytes is FromBytes; owned says data is the caller's to give away
// (read by Load, never used again), so a plain text's Text is data
// itself instead of a copy: on a 10 MB file, 10 MB less to allocate and
// copy, and no moment when both are alive.
func fromBytes(name string, data []byte, contentType string, owned bool) (*Article, error) {
	format, err := detectFormat(name, data, contentType)
	if err != nil {
		return nil, err
	}
	if err := refuseNUL(data); err != nil {
		return nil, err
	}
	if format == HTML {
		return fromHTML(name, data, contentType)
	}
	valid, warnings := validUTF8(data)
	var text string
	if owned || len(warnings) > 0 {
		// Nothing else holds valid (the caller's bytes given away, or
		// validUTF8's own copy), and nothing writes it again.
		text = unsafe.String(unsafe.SliceData(valid), len(valid))
	} else {
		text = string(valid)
	}
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("empty: no text to read")
	}
	a := &Article{
		Source:   name,
		Title:    guessTitle(name, text),
		Format:   format,
		Text:     text,
		Markdown: format == Markdown,
		Warnings: warnings,
	}
	guardNesting(a)
	return a, nil
}

// guardNesting shows a markdown article nested too deeply to render in
// reasonable time as plain text: its bytes, and so every offset, stay as
// they are; only how it is drawn changes.
func guardNesting(a *Article) {
	if a.Markdown && tooDeeplyNested(a.Text) {
		a.Markdown = false
		a.Warnings = append(a.Warnings, fmt.Sprintf("markdown nested over %d levels deep: shown as plain text", maxMarkdownNesting))
	}
}

// readFile refuses directories, devices, sockets and oversized files
// before reading them; a pipe is read with a deadline (special.go).
func readFile(path string, max int64, timeout time.Duration) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, errors.New("no such file")
		case errors.Is(err, fs.ErrPermission):
			return nil, errors.New("permission denied")
		}
		return nil, err
	}
	if info.IsDir() {
		return nil, errors.New("is a directory, not an article")
	}
	if err := refuseSpecial(info.Mode()); err != nil {
		return nil, err
	}
	if info.Mode()&fs.ModeNamedPipe != 0 {
		return readPipe(path, max, timeout)
	}
	if info.Size() > max {
		return nil, tooLarge(info.Size(), max)
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, errors.New("permission denied")
		}
		return nil, err
	}
	defer f.Close()
	return readCappedSized(f, max, info.Size())
}

// readCapped reads at most max bytes and fails, without reading the rest,
// when there is more.
func readCapped(r io.Reader, max int64) ([]byte, error) {
	return readCappedSized(r, max, 0)
}

// readCappedSized is readCapped expecting about hint bytes (a regular
// file's size): read into one buffer of that size (and a byte, to see
// the end), where io.ReadAll's growing buffer allocated twice the file
// and copied it as it grew. A file that grows as it is read still reads
// whole, up to max.
func readCappedSized(r io.Reader, limit, hint int64) ([]byte, error) {
	data := make([]byte, 0, min(max(hint, 0), limit)+512)
	lr := io.LimitReader(r, limit+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := lr.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(-1, limit)
	}
	return data, nil
}

func tooLarge(size, max int64) error {
	if size >= 0 {
		return fmt.Errorf("too large: %s, over the limit of %s (raise it with --max-size)", humanBytes(size), humanBytes(max))
	}
	return fmt.Errorf("too large: over the limit of %s (raise it with --max-size)", humanBytes(max))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
