// Package feeds reads news feeds (RSS, Atom, JSON Feed, with
// github.com/mmcdole/gofeed) and OPML subscription lists, finds the feed a
// page links to, and fetches feeds through caveat's HTTP client with
// conditional requests and a cached copy for working offline. Like
// articles, it loads: an item becomes an article, which model analyses.
package feeds

import (
	"time"
)

// MaxItems is how many items of one feed are kept, newest first as the
// feed lists them: a feed is a list of recent stories, and one with tens
// of thousands of items is a dump that would only drown the list.
const MaxItems = 1000

// Feed is one parsed feed.
type Feed struct {
	// Source is the URL or file it was read from.
	Source string
	Title  string
	// Link is the site the feed belongs to.
	Link  string
	Items []Item
	// Dropped is how many items past MaxItems were left out.
	Dropped int
}

// Item is one entry of a feed.
type Item struct {
	GUID  string
	Link  string
	Title string
	// Outlet is the feed's title (else its site's host): who published it.
	Outlet string
	Date   time.Time
	// Content is the entry's full text as HTML (content:encoded, Atom
	// content, JSON Feed content_html), when the feed carries it; Summary
	// is the description the feed gives instead or as well.
	Content string
	Summary string
}

// Key names the item for its read state: the GUID, else the link, else
// the title (an entry with neither is still one row).
func (it Item) Key() string {
	switch {
	case it.GUID != "":
		return "guid:" + it.GUID
	case it.Link != "":
		return "link:" + it.Link
	}
	return "title:" + it.Title
}

// FullText reports whether the feed carries the item's whole text, so it
// is analysed from the feed instead of by fetching its link.
func (it Item) FullText() bool { return it.Content != "" }
