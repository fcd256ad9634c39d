package ui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/ui/feedview"
)

// pump runs cmd and every command its messages' updates return, each on
// its own goroutine as Bubble Tea does, until none is left. Spinner ticks
// and cursor blinks are dropped: they only repeat themselves.
func pump(t testing.TB, m *Model, cmd tea.Cmd) *Model {
	t.Helper()
	return pumpWith(t, m, cmd, nil)
}

// pumpWith is pump calling after(m) after each update; what after
// returns is run too.
func pumpWith(t testing.TB, m *Model, cmd tea.Cmd, after func(*Model) tea.Cmd) *Model {
	t.Helper()
	msgs := make(chan tea.Msg)
	outstanding := 0
	start := func(c tea.Cmd) {
		if c == nil {
			return
		}
		outstanding++
		go func() { msgs <- c() }()
	}
	start(cmd)
	deadline := time.After(20 * time.Second)
	for outstanding > 0 {
		var msg tea.Msg
		select {
		case msg = <-msgs:
			outstanding--
		case <-deadline:
			t.Fatal("pump: commands still running after 20 s")
		}
		switch msg := msg.(type) {
		case nil, spinner.TickMsg:
			continue
		case tea.BatchMsg:
			for _, c := range msg {
				start(c)
			}
			continue
		}
		if strings.Contains(strings.ToLower(fmt.Sprintf("%T", msg)), "blink") {
			continue
		}
		next, c := m.Update(msg)
		m = next.(*Model)
		start(c)
		if after != nil {
			start(after(m))
		}
	}
	return m
}

// send delivers one message and pumps what follows from it.
func send(t testing.TB, m *Model, msg tea.Msg) *Model {
	t.Helper()
	next, cmd := m.Update(msg)
	return pump(t, next.(*Model), cmd)
}

func typeKeys(t testing.TB, m *Model, keys ...string) *Model {
	t.Helper()
	for _, k := range keys {
		m = send(t, m, keyMsg(k))
	}
	return m
}

// feedItem is an item whose analysis is of text (or fails with err).
func feedItem(key, title string, day int, text string, err error) feedview.Item {
	return feedview.Item{Key: key, Title: title, Outlet: "Loopback News", Date: time.Date(2026, 11, day, 9, 0, 0, 0, time.UTC),
		Analyse: func(context.Context) (reading.Doc, error) {
			if err != nil {
				return reading.Doc{}, err
			}
			a := &articles.Article{Source: "https://loopback.example/" + key, Title: title, Text: text, Format: articles.Text}
			return reading.Doc{Article: a, Analysis: model.Analyze(text)}, nil
		}}
}

const (
	anonText   = "A senior official, speaking on condition of anonymity, said the talks had failed. Officials met on Monday.\n"
	denialText = "The ministry denied the report on Tuesday. It denied a second report too. The minister spoke in public.\n"
	plainText  = "The council approved the bridge on Wednesday by nine votes to two, the mayor said.\n"
)

func threeItems() []feedview.Item {
	return []feedview.Item{
		feedItem("a", "Talks failed, official says", 28, anonText, nil),
		feedItem("b", "Ministry denies report", 29, denialText, nil),
		feedItem("c", "Council approves bridge", 30, plainText, nil),
		feedItem("d", "Gone missing", 27, "", errors.New("HTTP 404 Not Found (check the address)")),
	}
}

// openFeed is the reader on one feed of items, every item analysed.
func openFeed(t testing.TB, items []feedview.Item, st Store, markRead func(string) error) *Model {
	t.Helper()
	cfg := feedview.Config{Sources: []feedview.Source{{Name: "loopback", Load: func(context.Context, bool) (feedview.Batch, error) {
		return feedview.Batch{Title: "Loopback News", Items: items}, nil
	}}}, MarkRead: markRead, Workers: 2, ItemTimeout: 5 * time.Second}
	m := NewFeedModel(context.Background(), cfg, Options{Store: st})
	m = send(t, m, resize(120, 30))
	return pump(t, m, m.Init())
}

// rowOf is the screen line holding title.
func rowOf(t testing.TB, m *Model, title string) string {
	t.Helper()
	for _, l := range screenLines(m) {
		if strings.Contains(l, title) {
			return l
		}
	}
	t.Fatalf("no row for %q on screen:\n%s", title, strings.Join(screenLines(m), "\n"))
	return ""
}

// TestFeedViewListsItemsWithTheirSourcing: one row per item, newest
// first, with its counts and anonymous share; the failed item's row
// carries its error; the header says all are done.
func TestFeedViewListsItemsWithTheirSourcing(t *testing.T) {
	m := openFeed(t, threeItems(), nil, nil)
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "Loopback News") || !strings.Contains(screen, "4 items analysed") || !strings.Contains(screen, "1 could not be read") {
		t.Errorf("header:\n%s", screen)
	}
	anon := rowOf(t, m, "Talks failed")
	if !strings.Contains(anon, "◌  1") || !strings.Contains(anon, "50% unnamed") || !strings.Contains(anon, "2026-11-28") {
		t.Errorf("anonymous item's row: %q", anon)
	}
	if den := rowOf(t, m, "Ministry denies"); !strings.Contains(den, "✕  2") || !strings.Contains(den, "0% unnamed") {
		t.Errorf("denial item's row: %q", den)
	}
	if bad := rowOf(t, m, "Gone missing"); !strings.Contains(bad, "could not read") || !strings.Contains(bad, "HTTP 404") {
		t.Errorf("failed item's row: %q", bad)
	}
	lines := screenLines(m)
	order := []string{"Council approves", "Ministry denies", "Talks failed", "Gone missing"}
	last := -1
	for _, title := range order {
		for i, l := range lines {
			if strings.Contains(l, title) {
				if i <= last {
					t.Errorf("%q is not below the newer items:\n%s", title, strings.Join(lines, "\n"))
				}
				last = i
			}
		}
	}
}

// TestFeedViewOpensAnItemAndComesBack: enter reads the selected item in
// the reader (its text, its claims, marks saved to the store), the item
// is recorded read, and esc comes back with the same row selected and
// now dimmed.
func TestFeedViewOpensAnItemAndComesBack(t *testing.T) {
	st := &fakeStore{}
	var read []string
	m := openFeed(t, threeItems(), st, func(k string) error { read = append(read, k); return nil })
	m = typeKeys(t, m, "down", "down") // newest first: Council, Ministry, Talks
	m = send(t, m, keyMsg("enter"))
	m = settleRenders(t, m)
	screen := strings.Join(screenLines(m), "\n")
	if m.mode != modeRead || !strings.Contains(screen, "speaking on condition of anonymity") {
		t.Fatalf("enter did not open the item:\n%s", screen)
	}
	if len(read) != 1 || read[0] != "a" {
		t.Errorf("read state recorded %q, want [a]", read)
	}
	if len(st.loads) != 1 || st.loads[0] != "Talks failed, official says" {
		t.Errorf("the store was asked for %q", st.loads)
	}
	m = typeKeys(t, m, "n", "m")
	if len(st.marks) != 1 || st.marks[0].State != reading.Checked {
		t.Errorf("marking the claim saved %+v", st.marks)
	}
	m = send(t, m, keyMsg("esc"))
	if m.mode != modeFeed {
		t.Fatalf("esc did not come back to the feed: mode %v", m.mode)
	}
	if row := rowOf(t, m, "Talks failed"); !strings.HasPrefix(row, "▸") {
		t.Errorf("the opened item is no longer selected: %q", row)
	}
	for _, l := range strings.Split(m.View().Content, "\n") {
		if strings.Contains(l, "Talks failed") && !strings.Contains(l, "\x1b[2m") {
			t.Errorf("the read item is not dimmed: %q", l)
		}
		if strings.Contains(l, "Ministry denies") && strings.Contains(l, "\x1b[2m") {
			t.Errorf("an unread item is dimmed: %q", l)
		}
	}
	// Opening it again shows the same article of the session, not a copy.
	m = send(t, m, keyMsg("enter"))
	if len(m.sess.slots) != 1 || len(read) != 1 {
		t.Errorf("reopening made %d articles and %d read records", len(m.sess.slots), len(read))
	}
}

// TestFeedViewSortsAndFilters: s cycles the orders; / filters as typed.
func TestFeedViewSortsAndFilters(t *testing.T) {
	m := openFeed(t, threeItems(), nil, nil)
	// order is the rows' titles top to bottom, among want.
	order := func(m *Model, want ...string) []string {
		var out []string
		for _, l := range screenLines(m) {
			for _, w := range want {
				if strings.Contains(l, w) {
					out = append(out, w)
				}
			}
		}
		return out
	}
	titles := []string{"Talks", "Ministry", "Council", "Gone"}
	m = typeKeys(t, m, "s")
	if got := order(m, titles...); !slices.Equal(got, []string{"Talks", "Council", "Ministry", "Gone"}) && !slices.Equal(got, []string{"Talks", "Ministry", "Council", "Gone"}) {
		t.Errorf("most anonymous: %q", got)
	}
	if !strings.Contains(rowOf(t, m, "Council"), "▸") {
		t.Error("sorting lost the selected item")
	}
	m = typeKeys(t, m, "s")
	if got := order(m, titles...); !slices.Equal(got, []string{"Ministry", "Talks", "Council", "Gone"}) {
		t.Errorf("most denials: %q (ties keep the feed order)", got)
	}
	// The keys go in at typing speed: their commands (filter results,
	// cursor blinks) run while the next keys arrive.
	var cmds []tea.Cmd
	for _, k := range []string{"/", "b", "r", "i", "d", "g"} {
		next, cmd := m.Update(keyMsg(k))
		m, cmds = next.(*Model), append(cmds, cmd)
	}
	m = pump(t, m, tea.Batch(cmds...))
	screen := strings.Join(screenLines(m), "\n")
	if !strings.Contains(screen, "Council approves bridge") || strings.Contains(screen, "Ministry denies") || strings.Contains(screen, "Talks failed") {
		t.Errorf("filter “bridg”:\n%s", screen)
	}
	if m.mode != modeFeed {
		t.Error("typing the filter left the feed view")
	}
}

// TestFeedViewItemsFailAlone: a slow item is given up on after the
// per-item timeout and a panicking one fails with its own error, while
// the others are analysed.
func TestFeedViewItemsFailAlone(t *testing.T) {
	items := threeItems()[:1]
	items = append(items,
		feedview.Item{Key: "slow", Title: "Slow item", Analyse: func(ctx context.Context) (reading.Doc, error) {
			<-ctx.Done()
			time.Sleep(50 * time.Millisecond)
			return reading.Doc{}, ctx.Err()
		}},
		feedview.Item{Key: "boom", Title: "Broken item", Analyse: func(context.Context) (reading.Doc, error) { panic("bad entry") }})
	cfg := feedview.Config{Sources: []feedview.Source{{Name: "x", Load: func(context.Context, bool) (feedview.Batch, error) {
		return feedview.Batch{Items: items}, nil
	}}}, ItemTimeout: 200 * time.Millisecond}
	m := NewFeedModel(context.Background(), cfg, Options{})
	m = send(t, m, resize(120, 30))
	m = pump(t, m, m.Init())
	if row := rowOf(t, m, "Slow item"); !strings.Contains(row, "gave up after 200ms") {
		t.Errorf("slow row: %q", row)
	}
	if row := rowOf(t, m, "Broken item"); !strings.Contains(row, "internal error: bad entry") {
		t.Errorf("panicking row: %q", row)
	}
	if row := rowOf(t, m, "Talks failed"); !strings.Contains(row, "◌  1") {
		t.Errorf("the good item: %q", row)
	}
}

// TestFeedViewShowsNoEscapeFromTitles: control sequences in a feed's
// titles, outlet and note reach the screen as visible symbols.
func TestFeedViewShowsNoEscapeFromTitles(t *testing.T) {
	items := []feedview.Item{feedItem("x", "Evil \x1b]2;PWNED\x07title \x1b[2J\x1b[31mred\x1b[0m", 1, plainText, nil)}
	items[0].Outlet = "Out\x1b]52;c;QUJD\x07let"
	cfg := feedview.Config{Sources: []feedview.Source{{Name: "x", Load: func(context.Context, bool) (feedview.Batch, error) {
		return feedview.Batch{Title: "Feed \x1b[5mblink", Items: items, Note: "note \x9b31m"}, nil
	}}}}
	m := NewFeedModel(context.Background(), cfg, Options{})
	m = send(t, m, resize(120, 20))
	m = pump(t, m, m.Init())
	raw := m.View().Content
	for _, bad := range []string{"\x1b]", "\x1b[2J", "\x1b[31m", "\x1b[5m", "\x07", "\u009b"} {
		if strings.Contains(raw, bad) {
			t.Errorf("the screen carries %q from the feed", bad)
		}
	}
	if !strings.Contains(raw, "␛") {
		t.Error("escapes should be shown as ␛")
	}
}

// TestFeedViewRefreshAddsNewItems: r reloads the feed asking the server
// (refresh set); a new item is listed and analysed, the others keep their
// analysis and are not analysed again; the note of the load is shown.
func TestFeedViewRefreshAddsNewItems(t *testing.T) {
	items := threeItems()[:2]
	var refreshes []bool
	analysed := map[string]int{}
	count := func(it feedview.Item) feedview.Item {
		inner := it.Analyse
		it.Analyse = func(ctx context.Context) (reading.Doc, error) {
			analysed[it.Key]++ // one worker: no race
			return inner(ctx)
		}
		return it
	}
	for i := range items {
		items[i] = count(items[i])
	}
	cfg := feedview.Config{Workers: 1, Sources: []feedview.Source{{Name: "x", Load: func(_ context.Context, refresh bool) (feedview.Batch, error) {
		refreshes = append(refreshes, refresh)
		b := feedview.Batch{Title: "Loopback News", Items: items}
		if refresh {
			b.Items = append(b.Items, count(feedItem("new", "Fresh story", 30, plainText, nil)))
			b.Note = "unchanged since 5 min ago (304)"
		}
		return b, nil
	}}}}
	m := NewFeedModel(context.Background(), cfg, Options{})
	m = send(t, m, resize(120, 30))
	m = pump(t, m, m.Init())
	m = typeKeys(t, m, "r")
	screen := strings.Join(screenLines(m), "\n")
	if !slices.Equal(refreshes, []bool{false, true}) {
		t.Errorf("loads with refresh %v, want [false true]", refreshes)
	}
	if !strings.Contains(rowOf(t, m, "Fresh story"), "unnamed") || !strings.Contains(screen, "3 items analysed") || !strings.Contains(screen, "(304)") {
		t.Errorf("after r:\n%s", screen)
	}
	if analysed["a"] != 1 || analysed["b"] != 1 || analysed["new"] != 1 {
		t.Errorf("analyses per item: %v, want one each", analysed)
	}
}

// TestFeedItemsAreASession: two opened items are two articles of the
// session: ] switches between them and L lists both.
func TestFeedItemsAreASession(t *testing.T) {
	m := openFeed(t, threeItems(), nil, nil)
	m = typeKeys(t, m, "enter")
	m = typeKeys(t, m, "esc", "down", "enter")
	m = settleRenders(t, m)
	if len(m.sess.slots) != 2 || m.sess.active != 1 {
		t.Fatalf("%d articles, active %d", len(m.sess.slots), m.sess.active)
	}
	m = settleRenders(t, typeKeys(t, m, "]"))
	if m.sess.active != 0 || !strings.Contains(strings.Join(screenLines(m), "\n"), "council approved the bridge") {
		t.Errorf("] should show the first opened item:\n%s", strings.Join(screenLines(m), "\n"))
	}
	m = typeKeys(t, m, "L")
	screen := strings.Join(screenLines(m), "\n")
	if m.mode != modeIndex || !strings.Contains(screen, "Council approves bridge") || !strings.Contains(screen, "Ministry denies report") {
		t.Errorf("L should list both items:\n%s", screen)
	}
}
