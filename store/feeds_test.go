package store

import (
	"testing"
)

// TestFeedStateSurvivesReopening: subscriptions, the cached answer with
// its validators, and read items are all there after closing and opening
// the database again.
func TestFeedStateSurvivesReopening(t *testing.T) {
	dir := t.TempDir()
	s := openAt(t, dir)
	n, err := s.Subscribe(Subscription{URL: "https://a.example/rss", Title: "A"}, Subscription{URL: "https://b.example/atom"})
	must(t, err)
	if n != 2 {
		t.Errorf("Subscribe added %d, want 2", n)
	}
	if n, _ := s.Subscribe(Subscription{URL: "https://a.example/rss", Title: "renamed"}); n != 0 {
		t.Errorf("subscribing twice added %d, want 0", n)
	}
	must(t, s.SaveCached("https://a.example/rss", CachedFeed{ETag: `"v1"`, LastModified: "Mon, 02 Jan 2006 15:04:05 GMT", Body: []byte("<rss/>")}))
	must(t, s.TouchCached("https://a.example/rss", `"v2"`, ""))
	must(t, s.MarkRead("guid:one"))
	must(t, s.Close())

	s = openAt(t, dir)
	defer s.Close()
	subs, err := s.Subscriptions()
	must(t, err)
	if len(subs) != 2 || subs[0].URL != "https://a.example/rss" || subs[0].Title != "A" || subs[1].URL != "https://b.example/atom" {
		t.Errorf("subscriptions = %+v", subs)
	}
	c, ok, err := s.Cached("https://a.example/rss")
	must(t, err)
	if !ok || c.ETag != `"v2"` || c.LastModified != "Mon, 02 Jan 2006 15:04:05 GMT" || string(c.Body) != "<rss/>" || c.Fetched.IsZero() {
		t.Errorf("cached = %+v, %v", c, ok)
	}
	if _, ok, _ := s.Cached("https://nowhere.example/"); ok {
		t.Error("a feed never fetched has a cached copy")
	}
	read, err := s.ReadItems([]string{"guid:one", "guid:two"})
	must(t, err)
	if !read["guid:one"] || read["guid:two"] || len(read) != 1 {
		t.Errorf("read = %v, want only guid:one", read)
	}
}
