package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"

	"golang.org/x/term"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/feeds"
	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/report"
	"github.com/caveat-reader/caveat/store"
	"github.com/caveat-reader/caveat/ui"
)

// FeedsCmd is `caveat feeds`: the subscribed feeds in one list, and
// subscribing.
type FeedsCmd struct {
	Open   FeedsOpenCmd   `cmd:"" default:"withargs" help:"Every subscribed feed in one list (the default)."`
	Add    FeedsAddCmd    `cmd:"" help:"Subscribe to feeds: feed URLs, or pages that link their feed."`
	Import FeedsImportCmd `cmd:"" help:"Subscribe to every feed of an OPML file."`
}

// FeedsOpenCmd opens the feed view on every subscription.
type FeedsOpenCmd struct {
	LoadFlags
	SaveFlags
	FeedFlags
	NoMouse bool `name:"no-mouse" help:"Leave the mouse to the terminal, for selecting text."`
}

// Run opens the subscriptions, or prints them analysed when standard
// output is not a terminal.
func (c *FeedsOpenCmd) Run(ctx context.Context, env *ioEnv) error {
	if c.NoSave {
		return errors.New("caveat feeds reads the subscriptions from the store; --no-save has none")
	}
	fs := newFeedSession(env, c.SaveFlags, c.FeedFlags, c.options(env.stdin))
	defer fs.close()
	if fs.st == nil {
		return errReported
	}
	subs, err := fs.st.Subscriptions()
	if err != nil {
		return err
	}
	if len(subs) == 0 {
		return errors.New("no subscriptions yet: caveat feeds add URL, or caveat feeds import subscriptions.opml")
	}
	urls := make([]string, len(subs))
	for i, s := range subs {
		urls[i] = s.URL
	}
	if !isTerminal(env.stdout) {
		return fs.printList(ctx, env, urls)
	}
	return fs.runFeedView(ctx, env, urls, c.FeedFlags, c.NoMouse)
}

// FeedsAddCmd subscribes to feeds.
type FeedsAddCmd struct {
	LoadFlags
	DataFlags
	URLs []string `arg:"" name:"url" help:"Feed URLs, or pages whose head links a feed."`
}

// Run checks each URL is a feed (or a page offering one) and subscribes;
// a bad URL is told in one line and the others are still added.
func (c *FeedsAddCmd) Run(ctx context.Context, env *ioEnv) error {
	st, err := c.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	f := &feeds.Fetcher{Opts: c.options(env.stdin), Cache: st}
	failed := 0
	for _, u := range c.URLs {
		sub, err := subscription(ctx, f, u)
		if err == nil {
			_, err = st.Subscribe(sub)
		}
		if err != nil {
			failed++
			sayError(env.stderr, "%s: %v", u, err)
			continue
		}
		fmt.Fprintln(env.stdout, articles.VisibleLine("subscribed: "+sub.URL+"  "+sub.Title))
	}
	if failed > 0 {
		return errReported
	}
	return nil
}

// subscription reads url to subscribe to it: the feed itself, or the
// first feed the page links.
func subscription(ctx context.Context, f *feeds.Fetcher, url string) (store.Subscription, error) {
	if !isHTTP(url) {
		return store.Subscription{}, errors.New("only http and https feeds can be subscribed to")
	}
	feed, _, err := f.Get(ctx, url, true)
	var nf *feeds.NotFeedError
	if errors.As(err, &nf) && len(nf.Links) > 0 {
		url = nf.Links[0].URL
		feed, _, err = f.Get(ctx, url, true)
	}
	if err != nil {
		return store.Subscription{}, err
	}
	return store.Subscription{URL: url, Title: feed.Title}, nil
}

// FeedsImportCmd subscribes to the feeds of an OPML file.
type FeedsImportCmd struct {
	LoadFlags
	DataFlags
	File string `arg:"" name:"file" type:"path" help:"An OPML subscription list, as feed readers export it."`
}

// Run imports the file's feeds without fetching them (a list can be long;
// each is read when the feeds are opened).
func (c *FeedsImportCmd) Run(env *ioEnv) error {
	data, err := articles.ReadFile(c.File, c.options(env.stdin))
	if err != nil {
		return fmt.Errorf("%s: %w", c.File, err)
	}
	subs, skipped, err := feeds.ParseOPML(data)
	if err != nil {
		return fmt.Errorf("%s: %w", c.File, err)
	}
	for _, s := range skipped {
		sayError(env.stderr, "%s: skipped %s: only http and https feeds are read", c.File, s)
	}
	st, err := c.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	add := make([]store.Subscription, len(subs))
	for i, s := range subs {
		add[i] = store.Subscription{URL: s.URL, Title: s.Title}
	}
	n, err := st.Subscribe(add...)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "imported %s from %s (%d new)\n", report.Count(len(subs), "feed", "feeds"), articles.VisibleLine(c.File), n)
	return nil
}

// readFeeds is the reader's feed path: when the inputs are feeds it opens
// the feed view (or prints the analysed list on a pipe) and reports done.
func (c *ReadCmd) readFeeds(ctx context.Context, env *ioEnv, inputs []string, tty bool) (bool, error) {
	if !mayBeFeeds(inputs) {
		return false, nil
	}
	fs := newFeedSession(env, c.SaveFlags, c.FeedFlags, c.options(env.stdin))
	defer fs.close()
	ask := tty && isTerminal(env.stdin)
	feedIns, err := fs.classify(ctx, env, inputs, c.FeedFlags, ask)
	switch {
	case err != nil:
		return true, err
	case len(feedIns) == 0:
		c.fetched = fs.pages
		return false, nil
	case c.Frame != "":
		return true, errors.New("--frame draws articles; the feed view is drawn in a terminal")
	case !tty:
		return true, fs.printList(ctx, env, feedIns)
	}
	return true, fs.runFeedView(ctx, env, feedIns, c.FeedFlags, c.NoMouse)
}

// analyzeFeeds is `caveat analyze` on feeds: one JSON document (or text
// report) per item, in feed order.
func (c *AnalyzeCmd) analyzeFeeds(ctx context.Context, env *ioEnv, use func(*reading.Doc) error) (bool, error) {
	inputs := withSample(c.Inputs)
	if !mayBeFeeds(inputs) {
		return false, nil
	}
	fs := newFeedSession(env, SaveFlags{NoSave: true}, FeedFlags{Feed: c.Feed}, c.options(env.stdin))
	defer fs.close()
	feedIns, err := fs.classify(ctx, env, inputs, FeedFlags{Feed: c.Feed}, false)
	if err != nil || len(feedIns) == 0 {
		c.fetched = fs.pages
		return err != nil, err
	}
	return true, fs.eachItem(ctx, env, feedIns, use)
}

// eachItem reads every feed, then analyses its items on every core and
// hands each to use in feed order; a failed feed or item is one line.
func (fs *feedSession) eachItem(ctx context.Context, env *ioEnv, inputs []string, use func(*reading.Doc) error) error {
	failed := false
	var items []feeds.Item
	for _, in := range inputs {
		b, err := fs.loadFeed(ctx, in)
		if err != nil {
			failed = true
			sayError(env.stderr, "%s: %v", in, err)
			continue
		}
		items = append(items, b...)
	}
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = it.Title
	}
	err := eachLoaded(ctx, env, names, func(ctx context.Context, i int) (*reading.Doc, error) {
		d, err := fs.itemDoc(ctx, items[i])
		if err != nil {
			return nil, fmt.Errorf("%s (%s): %w", items[i].Title, items[i].Link, err)
		}
		if d.Article.Source == "" {
			d.Article.Source = items[i].Link
		}
		return d, nil
	}, use)
	if failed && err == nil {
		return errReported
	}
	return err
}

// loadFeed is one feed's items, from its first load if it was probed.
func (fs *feedSession) loadFeed(ctx context.Context, in string) ([]feeds.Item, error) {
	fs.mu.Lock()
	first := fs.first[in]
	fs.mu.Unlock()
	if first.feed != nil {
		return first.feed.Items, nil
	}
	feed, _, err := fs.fetcher.Get(ctx, in, false)
	if err != nil {
		return nil, err
	}
	return feed.Items, nil
}

// printList is the feed view on a pipe: one line per item with its
// sourcing, in feed order.
func (fs *feedSession) printList(ctx context.Context, env *ioEnv, inputs []string) error {
	out := bufio.NewWriter(env.stdout)
	defer out.Flush()
	return fs.eachItem(ctx, env, inputs, func(d *reading.Doc) error {
		ui.WriteFeedLine(out, *d)
		return out.Flush()
	})
}

// mayBeFeeds reports whether any input could be a feed, before anything
// is opened: the bundled sample and standard input never are.
func mayBeFeeds(inputs []string) bool {
	for _, in := range inputs {
		if isHTTP(in) || (in != "" && in != "-" && isFeedFile(in)) {
			return true
		}
	}
	return false
}

func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
