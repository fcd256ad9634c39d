package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/feeds"
	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/store"
	"github.com/caveat-reader/caveat/ui"
	"github.com/caveat-reader/caveat/ui/feedview"
)

// FeedFlags tune how feeds are read, for the reader and `caveat feeds`.
type FeedFlags struct {
	Feed       bool          `name:"feed" help:"Read a page's feed (the one it links in its head) instead of the page."`
	RefreshAge time.Duration `name:"refresh-age" default:"15m" help:"On opening a feed, use its cached copy without asking the server when it is younger than this (r always asks)."`
	Workers    int           `name:"feed-workers" default:"4" help:"How many feed items are read and analysed at once."`
}

// feedSession is what reading feeds needs: the loading options, the
// fetcher with its cache, and the store for read state (nil with
// --no-save or when the database cannot be opened).
type feedSession struct {
	opts    articles.Options
	fetcher *feeds.Fetcher
	reader  *feeds.Reader
	st      *store.Store
	// first is a feed already fetched while telling feeds from articles,
	// used for its first load instead of fetching it again; sources load
	// in parallel, hence the lock.
	mu    sync.Mutex
	first map[string]firstLoad
	// pages are the inputs that answered with a page, not a feed, kept
	// to be read as articles without a second download.
	pages map[string]*articles.Raw
}

type firstLoad struct {
	feed   *feeds.Feed
	status feeds.Status
}

// newFeedSession opens the store unless the session is private. A store
// that cannot be opened costs the cache and the read state, not the feed.
func newFeedSession(env *ioEnv, save SaveFlags, ff FeedFlags, opts articles.Options) *feedSession {
	fs := &feedSession{opts: opts, first: map[string]firstLoad{}, pages: map[string]*articles.Raw{}}
	fs.fetcher = &feeds.Fetcher{Opts: opts, MaxAge: ff.RefreshAge}
	fs.reader = feeds.NewReader(opts)
	if !save.NoSave {
		st, err := save.openStore()
		if err != nil {
			sayError(env.stderr, "feeds: %v (reading without the cache or read state)", err)
		} else {
			fs.st = st
			fs.fetcher.Cache = st
		}
	}
	return fs
}

func (fs *feedSession) close() {
	if fs.st != nil {
		fs.st.Close()
	}
}

// sources are the feed view's sources for the feed inputs.
func (fs *feedSession) sources(inputs []string) []feedview.Source {
	out := make([]feedview.Source, len(inputs))
	for i, in := range inputs {
		out[i] = feedview.Source{Name: in, Load: func(ctx context.Context, refresh bool) (feedview.Batch, error) {
			return fs.batch(ctx, in, refresh)
		}}
	}
	return out
}

// batch reads one feed for the feed view, read state included.
func (fs *feedSession) batch(ctx context.Context, input string, refresh bool) (feedview.Batch, error) {
	fs.mu.Lock()
	first := fs.first[input]
	delete(fs.first, input)
	fs.mu.Unlock()
	feed, status := first.feed, first.status
	if feed == nil || refresh {
		var err error
		if feed, status, err = fs.fetcher.Get(ctx, input, refresh); err != nil {
			return feedview.Batch{}, err
		}
	}
	keys := make([]string, len(feed.Items))
	for i, it := range feed.Items {
		keys[i] = it.Key()
	}
	read := map[string]bool{}
	if fs.st != nil {
		read, _ = fs.st.ReadItems(keys)
	}
	b := feedview.Batch{Title: feed.Title, Note: status.Note}
	if feed.Dropped > 0 {
		b.Note = fmt.Sprintf("showing the first %d of %d items", len(feed.Items), len(feed.Items)+feed.Dropped)
	}
	for i, it := range feed.Items {
		b.Items = append(b.Items, feedview.Item{Key: keys[i], Title: it.Title, Outlet: it.Outlet, Date: it.Date, Read: read[keys[i]],
			Analyse: func(ctx context.Context) (reading.Doc, error) {
				d, err := fs.itemDoc(ctx, it)
				if err != nil {
					return reading.Doc{}, err
				}
				return *d, nil
			}})
	}
	return b, nil
}

// itemDoc is the one-way flow for a feed item: feeds loads, model
// analyses.
func (fs *feedSession) itemDoc(ctx context.Context, it feeds.Item) (*reading.Doc, error) {
	var d reading.Doc
	var bad error
	err := fs.reader.Read(ctx, it, func(a *articles.Article) {
		an, err := analyzeGuarded(a.Text)
		if err != nil {
			bad = fmt.Errorf("%s: %w", a.Source, err)
			return
		}
		d = reading.Doc{Article: a, Analysis: an}
	})
	if err == nil {
		err = bad
	}
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// markRead is the feed view's read state, or nil without a store.
func (fs *feedSession) markRead() func(string) error {
	if fs.st == nil {
		return nil
	}
	return fs.st.MarkRead
}

// runFeedView opens the feed view on inputs (feed files and URLs).
func (fs *feedSession) runFeedView(ctx context.Context, env *ioEnv, inputs []string, ff FeedFlags, noMouse bool) error {
	var persist ui.Store
	if fs.st != nil {
		// The session owns the database: the reader's calls are drained
		// as the view ends, and the session closes it.
		r := newReaderStore(func() (*store.Store, error) { return fs.st, nil })
		defer r.drain()
		persist = r
	}
	// An item's own fetch has the --timeout; analysing it gets a margin.
	timeout := fs.opts.Timeout
	if timeout <= 0 {
		timeout = articles.DefaultTimeout
	}
	cfg := feedview.Config{Sources: fs.sources(inputs), MarkRead: fs.markRead(), Workers: ff.Workers, ItemTimeout: timeout + 10*time.Second}
	failed, err := ui.RunFeed(ctx, cfg, ui.Options{NoMouse: noMouse, Store: persist})
	for _, f := range failed {
		sayError(env.stderr, "%s", f)
	}
	if err == nil && len(failed) > 0 {
		return errReported
	}
	return err
}
