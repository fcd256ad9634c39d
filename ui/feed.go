package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/ui/feedview"
)

// The root model's wiring of the feed view (ui/feedview): in modeFeed the
// screen and the keys are the feed view's; an opened item becomes an
// article of the session, read as any other (marks, notes, [ ] and L),
// and esc in the reader comes back to the list where it was left.

// feedState is the feed view of a session that started from feeds.
type feedState struct {
	view *feedview.Model
	// slots are the session's articles opened from the feed, by item
	// key, so opening an item twice shows the same article, with its
	// place kept.
	slots map[string]int
	// placeholder is set until the first item is opened: the session's
	// only slot is then newSession's "nothing to read".
	placeholder bool
}

// NewFeedModel is the reader opening on the feed view of cfg's feeds.
func NewFeedModel(ctx context.Context, cfg feedview.Config, opts Options) *Model {
	m := NewModel(ctx, nil, opts)
	m.feed = &feedState{view: feedview.New(m.ctx, cfg, feedStyles(m.styles)), slots: map[string]int{}, placeholder: true}
	m.mode = modeFeed
	return m
}

// RunFeed runs the reader on the feed view until the user quits. Items
// that fail show their error in their row; the feeds that could not be
// read are returned, one line each, when none could (the view then ends
// at once) or when the user quits.
func RunFeed(ctx context.Context, cfg feedview.Config, opts Options) ([]string, error) {
	if len(cfg.Sources) == 0 {
		return nil, errors.New("no feed to read")
	}
	if os.Getenv("NO_COLOR") != "" {
		opts.NoColor = true
	}
	final, err := runGuarded(ctx, NewFeedModel(ctx, cfg, opts))
	if m, ok := final.(*Model); ok && m.feed != nil {
		return m.feed.view.Errors(), err
	}
	return nil, err
}

// feedStyles hands the reader's styles down to the feed view.
func feedStyles(st *Styles) feedview.Styles {
	fs := feedview.Styles{Dark: st.Dark, Title: st.Title, Meta: st.Meta, Read: st.Dim, Dim: st.Dim,
		Error: st.Error, Notice: st.Notice, Sel: st.PanelSel, Bar: st.Bar, BarRest: st.BarRest, Help: st.Help}
	for i, k := range model.ReaderKinds {
		fs.Kinds[i], fs.Symbols[i] = st.Mark(k), kindSymbol(k)
	}
	return fs
}

// feedInit starts loading the feeds, if this session has them.
func (m *Model) feedInit() tea.Cmd {
	if m.feed == nil {
		return nil
	}
	return m.feed.view.Init()
}

// feedResize and feedRestyle pass the screen's size and styles down.
func (m *Model) feedResize() {
	if m.feed != nil {
		m.feed.view.SetSize(m.w, m.h)
	}
}

func (m *Model) feedRestyle() {
	if m.feed != nil {
		m.feed.view.SetStyles(feedStyles(m.styles))
	}
}

// feedTick passes other messages (the filter's cursor blink, the list's
// filter results) to the feed view.
func (m *Model) feedTick(msg tea.Msg) tea.Cmd {
	if m.feed == nil {
		return nil
	}
	return m.feed.view.Update(msg)
}

// openFeedItem shows an analysed item in the reader: a new article of
// the session the first time, the same one after.
func (m *Model) openFeedItem(msg feedview.OpenMsg) tea.Cmd {
	f := m.feed
	if f == nil || msg.Doc.Article == nil || msg.Doc.Analysis == nil {
		return nil
	}
	if i, ok := f.slots[msg.Key]; ok {
		m.mode = modeRead
		m.switchDocTo(i)
		return nil
	}
	if f.placeholder {
		m.sess.slots, f.placeholder = nil, false
	}
	doc := &reading.Doc{Article: msg.Doc.Article, Analysis: msg.Doc.Analysis}
	i := len(m.sess.slots)
	m.sess.slots = append(m.sess.slots, &slot{input: Input{Name: msg.Doc.Article.Title}, state: slotReady, view: newDocView(doc)})
	f.slots[msg.Key] = i
	m.mode = modeRead
	m.sess.active = i
	m.relayout()
	if m.opts.Store == nil {
		return nil
	}
	m.sess.slots[i].view.restored = false
	return restoreCmd(m.opts.Store, i, *doc)
}

// backToFeed is esc in the reader of a feed session: the place in the
// article is saved and the list comes back as it was.
func (m *Model) backToFeed() {
	m.savePosition(m.current())
	m.closePanel()
	m.mode = modeFeed
}

// syncFeedKeys lets esc go back to the feed from the reader when it has
// nothing else to end.
func (m *Model) syncFeedKeys(d *docView) {
	if m.feed == nil || m.mode != modeRead || m.panel != panelNone || (d != nil && d.search != nil) {
		return
	}
	m.keys.Escape.SetEnabled(true)
	m.keys.Escape.SetHelp("esc", "feed")
}

// WriteFeedLine prints one analysed feed item as the feed view's row
// reads, for a pipe: counts per kind, the anonymous share, the title and
// where it is from.
func WriteFeedLine(w io.Writer, d reading.Doc) {
	t := d.Analysis.Tally()
	var b strings.Builder
	for i, k := range model.ReaderKinds {
		fmt.Fprintf(&b, "%s %d  ", kindSymbol(k), t.Counts[i])
	}
	fmt.Fprintf(&b, "%3d%% unnamed  %s", int(t.AnonShare()*100+0.5), articles.VisibleLine(d.Article.Title))
	if meta := articles.VisibleLine(metaLine(d.Article)); meta != "" {
		b.WriteString("  (" + meta + ")")
	}
	fmt.Fprintln(w, b.String())
}
