// Package feedview is the feed view of the reader: every item of one or
// more feeds in a bubbles list, one row each, with its sourcing (claims
// per kind and the share of sentences on unnamed sources) as the items are
// analysed in the background. It is a component of the ui root model:
// New, Update, View, SetSize, styles handed down, and an OpenMsg when the
// user opens an item, which the root shows in its reader.
//
// Like the rest of ui it never analyses: each Item's Analyse, given by
// the command, loads and analyses off the UI loop.
package feedview

import (
	"context"
	"time"

	"github.com/caveat-reader/caveat/reading"
)

// Item is one entry of a feed as the command hands it over.
type Item struct {
	// Key names the item for its read state (GUID, else link).
	Key    string
	Title  string
	Outlet string
	Date   time.Time
	// Read is whether it was opened before.
	Read bool
	// Analyse loads the item's article and analyses it. It runs off the
	// UI loop, a few at a time, under a per-item timeout.
	Analyse func(ctx context.Context) (reading.Doc, error)
}

// Batch is what one feed holds now.
type Batch struct {
	Title string
	Items []Item
	// Note is one line about where the items came from ("unchanged
	// (304)", "offline: the copy of …", "showing 1000 of 10000 items").
	Note string
}

// Source is one feed of the view. Load reads it; refresh is set by the
// `r` key, asking the server even for a fresh cached copy.
type Source struct {
	Name string
	Load func(ctx context.Context, refresh bool) (Batch, error)
}

// Config is what the feed view shows and how hard it works.
type Config struct {
	Sources []Source
	// MarkRead records that the item named key was opened; nil keeps no
	// read state (--no-save).
	MarkRead func(key string) error
	// Workers bounds how many items are analysed at once (default 4);
	// ItemTimeout bounds each (default 30 s).
	Workers     int
	ItemTimeout time.Duration
}

func (c Config) workers() int {
	if c.Workers > 0 {
		return c.Workers
	}
	return 4
}

func (c Config) itemTimeout() time.Duration {
	if c.ItemTimeout > 0 {
		return c.ItemTimeout
	}
	return 30 * time.Second
}
