package feeds

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/store"
)

// acceptFeeds is the Accept header of a feed fetch.
const acceptFeeds = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5, */*;q=0.1"

// Cache keeps the last answer of each feed; *store.Store is one.
type Cache interface {
	Cached(url string) (store.CachedFeed, bool, error)
	SaveCached(url string, c store.CachedFeed) error
	TouchCached(url, etag, lastModified string) error
}

// Fetcher reads feeds from files and URLs. With a Cache, a refresh sends
// the cached copy's validators (a 304 transfers nothing), a copy younger
// than MaxAge is used without asking, and a feed that cannot be reached is
// read from its copy, saying so.
type Fetcher struct {
	Opts   articles.Options
	Cache  Cache
	MaxAge time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Status says where a feed's items came from, for the feed view's header.
type Status struct {
	// Note is one line for the user ("unchanged since 20:14", "offline:
	// …"), empty for a plain fresh download or a file.
	Note string
	// NotModified is a 304 answer; Offline a copy used because the
	// server could not be reached.
	NotModified, Offline bool
}

// NotFeedError is a URL that answered with a page, not a feed; Links are
// the feeds the page offers, if any, and Raw the page itself, so it can be
// read as an article without fetching it again.
type NotFeedError struct {
	Raw   *articles.Raw
	Links []Link
}

func (e *NotFeedError) Error() string {
	if len(e.Links) == 0 {
		return "not a feed, and the page links no feed"
	}
	return fmt.Sprintf("not a feed; the page offers %d feed(s), the first %s", len(e.Links), e.Links[0].URL)
}

func (f *Fetcher) now() time.Time {
	if f.Now != nil {
		return f.Now()
	}
	return time.Now()
}

// Get reads the feed at input, a file or an http(s) URL. force skips the
// MaxAge shortcut (the `r` key). Errors are one line; Get does not name
// input in them, its caller does.
func (f *Fetcher) Get(ctx context.Context, input string, force bool) (*Feed, Status, error) {
	if !isHTTP(input) {
		if strings.Contains(input, "://") {
			return nil, Status{}, fmt.Errorf("only http and https addresses and files are read")
		}
		data, err := articles.ReadFile(input, f.Opts)
		if err != nil {
			return nil, Status{}, err
		}
		feed, err := Parse(input, data)
		return feed, Status{}, err
	}
	cached, have := f.cached(input)
	if have && !force && f.MaxAge > 0 && f.now().Sub(cached.Fetched) < f.MaxAge {
		feed, err := Parse(input, cached.Body)
		if err == nil {
			return feed, Status{Note: "fetched " + ago(f.now(), cached.Fetched) + "; r refreshes"}, nil
		}
	}
	var val articles.Validators
	if have {
		val = articles.Validators{ETag: cached.ETag, LastModified: cached.LastModified}
	}
	raw, err := articles.FetchRaw(ctx, input, f.Opts, acceptFeeds, val)
	switch {
	case err != nil && have && ctx.Err() == nil:
		feed, perr := Parse(input, cached.Body)
		if perr != nil {
			return nil, Status{}, err
		}
		return feed, Status{Offline: true, Note: "offline (" + err.Error() + "): the copy fetched " + ago(f.now(), cached.Fetched)}, nil
	case err != nil:
		return nil, Status{}, err
	case raw.NotModified && have:
		f.touch(input, raw.Validators)
		feed, err := Parse(input, cached.Body)
		return feed, Status{NotModified: true, Note: "unchanged since " + ago(f.now(), cached.Fetched) + " (304)"}, err
	case raw.NotModified:
		return nil, Status{}, fmt.Errorf("the server answered 304 Not Modified to a request that had no cached copy")
	}
	if !IsFeed(raw.Body) {
		return nil, Status{}, &NotFeedError{Raw: raw, Links: Discover(raw.URL, raw.Body)}
	}
	feed, err := Parse(input, raw.Body)
	if err != nil {
		return nil, Status{}, err
	}
	f.save(input, raw)
	return feed, Status{}, nil
}

// cached is the cache's copy of url; a failing cache is no copy (the
// feed is fetched whole).
func (f *Fetcher) cached(url string) (store.CachedFeed, bool) {
	if f.Cache == nil {
		return store.CachedFeed{}, false
	}
	c, ok, err := f.Cache.Cached(url)
	return c, ok && err == nil
}

// save and touch keep the cache; a failed write costs only the next
// refresh's saving, so it is not an error of the feed.
func (f *Fetcher) save(url string, raw *articles.Raw) {
	if f.Cache != nil {
		_ = f.Cache.SaveCached(url, store.CachedFeed{ETag: raw.Validators.ETag, LastModified: raw.Validators.LastModified, Body: raw.Body})
	}
}

func (f *Fetcher) touch(url string, v articles.Validators) {
	if f.Cache != nil {
		_ = f.Cache.TouchCached(url, v.ETag, v.LastModified)
	}
}

// ago says how long ago t was, briefly.
func ago(now, t time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h ago", int(d.Hours()))
	}
	return t.Format("2006-01-02")
}

func isHTTP(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
