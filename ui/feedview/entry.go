package feedview

import (
	"cmp"
	"slices"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// entryState is how far an item's analysis has got.
type entryState int

const (
	pending entryState = iota
	analysed
	failed
)

// entry is one item in the view. The list holds rows pointing at entries,
// so an analysis arriving updates its row without rebuilding the list.
type entry struct {
	item Item
	// order is the item's place in the feeds as listed, the last tie-break.
	order int
	state entryState
	doc   reading.Doc
	tally model.Tally
	// queued is set once the item is handed to the pool.
	queued bool
	// err is the one-line error of a failed item, already visible text.
	err string
	// title and outlet are the item's, made safe for the terminal once.
	title, outlet string
	// row is the row as last drawn, for drawn's key (nil: never drawn).
	row   string
	drawn *rowKey
}

func newEntry(it Item, order int) *entry {
	e := &entry{item: it, order: order, title: articles.VisibleLine(it.Title), outlet: articles.VisibleLine(it.Outlet)}
	if e.title == "" {
		e.title = "(untitled)"
	}
	return e
}

// settle records an item's analysis.
func (e *entry) settle(r result) {
	if r.err != nil {
		e.state, e.err = failed, articles.VisibleLine(r.err.Error())
		return
	}
	e.state, e.doc, e.tally = analysed, r.doc, r.doc.Analysis.Tally()
	if t := articles.VisibleLine(r.doc.Article.Title); e.item.Title == "" && t != "" {
		e.title = t
	}
}

// row is an entry as a list item; the fuzzy filter matches its title and
// outlet.
type row struct{ e *entry }

func (r row) FilterValue() string { return r.e.title + " " + r.e.outlet }

// sortKind is an order of the list.
type sortKind int

const (
	byNewest sortKind = iota
	byAnonymous
	byDenials
	byUncertain
	sortKinds
)

func (s sortKind) String() string {
	return [...]string{"newest", "most anonymous", "most denials", "most uncertain"}[s]
}

// sortEntries orders es for s. Items not analysed yet (or failed) go
// after the analysed ones in the claim orders; ties keep the feed's
// order, so the list never shuffles between equal rows.
func sortEntries(es []*entry, s sortKind) {
	slices.SortStableFunc(es, func(a, b *entry) int {
		if s != byNewest {
			if c := cmp.Compare(rank(b), rank(a)); c != 0 {
				return c
			}
		}
		switch s {
		case byNewest:
			if c := b.item.Date.Compare(a.item.Date); c != 0 {
				return c
			}
		case byAnonymous:
			if c := cmp.Compare(b.tally.AnonShare(), a.tally.AnonShare()); c != 0 {
				return c
			}
			if c := cmp.Compare(b.tally.Counts[0], a.tally.Counts[0]); c != 0 {
				return c
			}
		case byDenials:
			if c := cmp.Compare(b.tally.Counts[1], a.tally.Counts[1]); c != 0 {
				return c
			}
		case byUncertain:
			if c := cmp.Compare(b.tally.Counts[2], a.tally.Counts[2]); c != 0 {
				return c
			}
		}
		return cmp.Compare(a.order, b.order)
	})
}

// rank puts analysed items before pending ones before failed ones.
func rank(e *entry) int {
	switch e.state {
	case analysed:
		return 2
	case pending:
		return 1
	}
	return 0
}
