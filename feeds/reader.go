package feeds

import (
	"context"
	"runtime"

	"github.com/caveat-reader/caveat/articles"
)

// acceptPages is the Accept header of an item's page.
const acceptPages = "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.1"

// Reader reads feed items as articles for many items at once: fetches
// overlap freely, but the work that needs a processor (extracting the
// article, and whatever the caller does with it in use, its analysis) runs
// on one core less than the machine has, so the screen showing the items
// always has a core to answer keys on.
type Reader struct {
	Opts articles.Options
	cpu  chan struct{}
}

// NewReader is a Reader with opts for fetching.
func NewReader(opts articles.Options) *Reader {
	return &Reader{Opts: opts, cpu: make(chan struct{}, max(1, runtime.GOMAXPROCS(0)-1))}
}

// Read makes the item's article (its full text from the feed, else its
// fetched page) and calls use with it, both inside a processor slot.
func (r *Reader) Read(ctx context.Context, it Item, use func(*articles.Article)) error {
	raw, err := it.fetch(ctx, r.Opts)
	if err != nil {
		return err
	}
	select {
	case r.cpu <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-r.cpu }()
	a, err := it.fromFetched(raw)
	if err != nil {
		return err
	}
	use(a)
	return nil
}
