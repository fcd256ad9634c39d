package feeds

import (
	"bytes"
	"errors"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
)

// errNotFeed is a document gofeed cannot read as any kind of feed.
var errNotFeed = errors.New("not a feed caveat can read (RSS, Atom or JSON Feed)")

// sniffSize is how much of a document IsFeed looks at, as gofeed does.
const sniffSize = 4096

// IsFeed reports whether data starts like an RSS, Atom or JSON feed.
func IsFeed(data []byte) bool {
	head := data[:min(len(data), sniffSize)]
	return gofeed.DetectFeedType(bytes.NewReader(head)) != gofeed.FeedTypeUnknown
}

// Parse reads an RSS, Atom or JSON feed. source names it in errors and
// resolves relative item links.
func Parse(source string, data []byte) (*Feed, error) {
	if !IsFeed(data) {
		return nil, errNotFeed
	}
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, errors.New("the feed is malformed: " + oneLine(err.Error()))
	}
	f := &Feed{Source: source, Title: oneLine(gf.Title), Link: gf.Link}
	outlet := f.Title
	if outlet == "" {
		outlet = hostOf(gf.Link, source)
	}
	base, _ := url.Parse(source)
	for i, gi := range gf.Items {
		if i == MaxItems {
			f.Dropped = len(gf.Items) - MaxItems
			break
		}
		if gi == nil {
			continue
		}
		f.Items = append(f.Items, item(gi, outlet, base))
	}
	return f, nil
}

// item turns one gofeed entry into an Item.
func item(gi *gofeed.Item, outlet string, base *url.URL) Item {
	it := Item{GUID: strings.TrimSpace(gi.GUID), Link: resolve(base, strings.TrimSpace(gi.Link)), Title: oneLine(gi.Title),
		Outlet: outlet, Content: gi.Content, Summary: gi.Description}
	if it.Link == "" && len(gi.Links) > 0 {
		it.Link = resolve(base, strings.TrimSpace(gi.Links[0]))
	}
	switch {
	case gi.PublishedParsed != nil:
		it.Date = *gi.PublishedParsed
	case gi.UpdatedParsed != nil:
		it.Date = *gi.UpdatedParsed
	}
	return it
}

// resolve makes a relative link absolute against the feed's own address
// when that is a URL; anything else is kept as written (and refused when
// the item is opened, with its scheme named).
func resolve(base *url.URL, link string) string {
	if link == "" || base == nil || base.Scheme == "" {
		return link
	}
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() {
		return link
	}
	return base.ResolveReference(u).String()
}

// hostOf is the host of the first of addrs that is a URL with one.
func hostOf(addrs ...string) string {
	for _, a := range addrs {
		if u, err := url.Parse(a); err == nil && u.Host != "" {
			return u.Host
		}
	}
	return ""
}

// oneLine collapses white space, newlines included, to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
