package ui

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/feeds"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/ui/feedview"
)

// loopbackFeed is a feed of n summary-only items whose pages a loopback
// server serves, analysed as the command does: fetched, extracted,
// analysed.
func loopbackFeed(b *testing.B, n int) feedview.Config {
	b.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html><head><title>%[1]s</title></head><body><nav>Home World</nav><article><h1>%[1]s</h1>`, r.URL.Path)
		for range 12 {
			fmt.Fprint(w, `<p>A senior official, speaking on condition of anonymity, said the plan had stalled, and the ministry denied it; talks may resume next week, the mayor said on Monday.</p>`)
		}
		fmt.Fprint(w, `</article></body></html>`)
	}))
	b.Cleanup(srv.Close)
	reader := feeds.NewReader(articles.Options{Timeout: 10 * time.Second})
	items := make([]feedview.Item, n)
	for i := range items {
		it := feeds.Item{GUID: fmt.Sprint(i), Link: fmt.Sprintf("%s/story/%d", srv.URL, i), Title: fmt.Sprintf("Story %d", i), Outlet: "Loopback"}
		items[i] = feedview.Item{Key: it.Key(), Title: it.Title, Outlet: it.Outlet, Analyse: func(ctx context.Context) (reading.Doc, error) {
			var d reading.Doc
			err := reader.Read(ctx, it, func(a *articles.Article) { d = reading.Doc{Article: a, Analysis: model.Analyze(a.Text)} })
			return d, err
		}}
	}
	return feedview.Config{Sources: []feedview.Source{{Name: "loopback", Load: func(context.Context, bool) (feedview.Batch, error) {
		return feedview.Batch{Title: "Loopback", Items: items}, nil
	}}}}
}

// BenchmarkFeedHundredItems: a feed of 100 items on loopback, from
// opening to every item analysed (target < 5 s); the 100 rows are all
// listed at once, before any analysis arrives. While the analyses arrive
// a key (j, then the frame) is pressed after each message: key-ms-max is
// the slowest (target < 16 ms), key-ms-p50 the median.
func BenchmarkFeedHundredItems(b *testing.B) {
	cfg := loopbackFeed(b, 100)
	var keys []time.Duration
	for b.Loop() {
		m := NewFeedModel(context.Background(), cfg, Options{})
		next, _ := m.Update(resize(120, 40))
		m = next.(*Model)
		m, ks := pumpPressing(b, m, m.Init(), func(m *Model) bool {
			done, total := m.feed.view.Progress()
			return total > 0 && done < total
		})
		keys = append(keys, ks...)
		if done, total := m.feed.view.Progress(); done != 100 || total != 100 {
			b.Fatalf("%d of %d items analysed", done, total)
		}
	}
	slices.Sort(keys)
	if len(keys) > 0 {
		b.ReportMetric(float64(keys[len(keys)-1].Microseconds())/1000, "key-ms-max")
		b.ReportMetric(float64(keys[len(keys)*95/100].Microseconds())/1000, "key-ms-p95")
		b.ReportMetric(float64(keys[len(keys)/2].Microseconds())/1000, "key-ms-p50")
	}
}

// pumpPressing is pump that, after each message while busy(m), presses j
// and draws the frame, timing the two together. It also checks that the
// whole list is shown before any analysis has arrived.
func pumpPressing(b *testing.B, m *Model, cmd tea.Cmd, busy func(*Model) bool) (*Model, []time.Duration) {
	var keys []time.Duration
	listed := false
	m = pumpWith(b, m, cmd, func(m *Model) tea.Cmd {
		if done, total := m.feed.view.Progress(); total > 0 && !listed {
			listed = true
			if total != 100 || done != 0 {
				b.Fatalf("the list showed %d items, %d analysed, at first", total, done)
			}
		}
		if !busy(m) {
			return nil
		}
		t0 := time.Now()
		_, c := m.Update(keyMsg("j"))
		_ = m.View()
		keys = append(keys, time.Since(t0))
		return c
	})
	return m, keys
}

// BenchmarkFeedKey: j and the frame on a feed view of 100 analysed rows.
func BenchmarkFeedKey(b *testing.B) {
	cfg := loopbackFeed(b, 100)
	m := NewFeedModel(b.Context(), cfg, Options{})
	m = send(b, m, resize(120, 40))
	m = pump(b, m, m.Init())
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := "j"
		if i%80 >= 40 {
			k = "k"
		}
		next, _ := m.Update(keyMsg(k))
		m = next.(*Model)
		_ = m.View()
	}
}
