package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/feeds"
)

// errMixedInputs: a session is either the feed view or articles.
var errMixedInputs = errors.New("feeds and articles cannot be opened together: open the feeds and the articles separately")

// classify tells which inputs are feeds. A file is a feed when its bytes
// start like one. A URL is asked only when it is the only input or with
// --feed (asking costs a fetch): a feed answer is a feed, and a page that
// links feeds is read as its first feed with --feed, else the user is
// asked on a terminal (ask), else told how to open the feed. It returns
// the feed inputs, or none when the inputs are articles; an input that
// cannot be read at all is an error naming it.
func (fs *feedSession) classify(ctx context.Context, env *ioEnv, inputs []string, ff FeedFlags, ask bool) ([]string, error) {
	var feedIns []string
	articlesToo := false
	for _, in := range inputs {
		switch {
		case in == "" || in == "-":
			articlesToo = true
		case isHTTP(in):
			if len(inputs) > 1 && !ff.Feed {
				articlesToo = true
				continue
			}
			feedIn, err := fs.probe(ctx, env, in, ff, ask)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", in, err)
			}
			if feedIn == "" {
				articlesToo = true
			} else {
				feedIns = append(feedIns, feedIn)
			}
		case isFeedFile(in):
			feedIns = append(feedIns, in)
		default:
			articlesToo = true
		}
	}
	if len(feedIns) > 0 && articlesToo {
		return nil, errMixedInputs
	}
	return feedIns, nil
}

// probe fetches a URL to see whether it is a feed: the feed's address, or
// "" to read it as an article.
func (fs *feedSession) probe(ctx context.Context, env *ioEnv, in string, ff FeedFlags, ask bool) (string, error) {
	// The reader's own spinner is not up yet: say what is being waited for.
	if isTerminal(env.stderr) {
		fmt.Fprintf(env.stderr, "\r\x1b[Kcaveat: reading %s…", articles.VisibleLine(in))
		defer fmt.Fprint(env.stderr, "\r\x1b[K")
	}
	feed, status, err := fs.fetcher.Get(ctx, in, false)
	if err == nil {
		fs.mu.Lock()
		fs.first[in] = firstLoad{feed: feed, status: status}
		fs.mu.Unlock()
		return in, nil
	}
	var nf *feeds.NotFeedError
	if !errors.As(err, &nf) {
		return "", err
	}
	fs.mu.Lock()
	fs.pages[in] = nf.Raw
	fs.mu.Unlock()
	switch {
	case len(nf.Links) == 0 && ff.Feed:
		return "", errors.New("the page links no feed")
	case len(nf.Links) == 0:
		return "", nil
	case ff.Feed:
		return nf.Links[0].URL, nil
	case ask && confirm(env, in, nf.Links[0]):
		return nf.Links[0].URL, nil
	case !ask:
		sayError(env.stderr, "%s offers a feed (%s): caveat --feed %s opens it", in, nf.Links[0].URL, in)
	}
	return "", nil
}

// confirm asks on the terminal whether to open the page's feed.
func confirm(env *ioEnv, page string, l feeds.Link) bool {
	name := l.URL
	if l.Title != "" {
		name = fmt.Sprintf("“%s” (%s)", l.Title, l.URL)
	}
	fmt.Fprintf(env.stderr, "caveat: %s\n", articles.VisibleLine(fmt.Sprintf("%s offers a feed, %s. Open the feed instead of the page? [y/N] ", page, name)))
	line, _ := bufio.NewReader(io.LimitReader(env.stdin, 64)).ReadString('\n')
	a := strings.ToLower(strings.TrimSpace(line))
	return a == "y" || a == "yes"
}

// isFeedFile reports whether the file at path starts like a feed. Only
// regular files are sniffed: opening a FIFO or a device could block, and
// the article path refuses those (or reads them with a deadline) in one
// line. Errors (no such file) are left to it too.
func isFeedFile(path string) bool {
	if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
		return false
	}
	data, err := readHead(path, 4096)
	return err == nil && feeds.IsFeed(data)
}

func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, n)
	k, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return buf[:k], nil
}

func isHTTP(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}
