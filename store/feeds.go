package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// Subscription is one subscribed feed.
type Subscription struct {
	URL   string
	Title string
}

// Subscribe adds feeds, keeping the first title given for a feed already
// there (re-importing an OPML file changes nothing). It reports how many
// were new.
func (s *Store) Subscribe(subs ...Subscription) (added int, err error) {
	ctx := context.Background()
	err = s.tx(ctx, func(tx *sql.Tx) error {
		for _, sub := range subs {
			res, err := tx.ExecContext(ctx, "INSERT INTO feed_subscriptions (url, title, added) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING",
				sub.URL, sub.Title, s.now().UnixMilli())
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n > 0 {
				added++
			}
		}
		return nil
	})
	return added, err
}

// Subscriptions are the subscribed feeds in the order they were added.
func (s *Store) Subscriptions() ([]Subscription, error) {
	rows, err := s.db.QueryContext(context.Background(), "SELECT url, title FROM feed_subscriptions ORDER BY added, url")
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []Subscription
	for rows.Next() {
		var sub Subscription
		if err := rows.Scan(&sub.URL, &sub.Title); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, sub)
	}
	return out, s.wrap(rows.Err())
}

// CachedFeed is the last answer of a feed.
type CachedFeed struct {
	ETag, LastModified string
	Body               []byte
	// Fetched is when the server last answered, a 304 included.
	Fetched time.Time
}

// Cached returns the cached answer of the feed at url; ok is false when
// there is none.
func (s *Store) Cached(url string) (c CachedFeed, ok bool, err error) {
	var fetched int64
	err = s.db.QueryRowContext(context.Background(), "SELECT etag, last_modified, body, fetched FROM feed_cache WHERE url = ?", url).
		Scan(&c.ETag, &c.LastModified, &c.Body, &fetched)
	if errors.Is(err, sql.ErrNoRows) {
		return CachedFeed{}, false, nil
	}
	if err != nil {
		return CachedFeed{}, false, s.wrap(err)
	}
	c.Fetched = time.UnixMilli(fetched)
	return c, true, nil
}

// SaveCached replaces the cached answer of the feed at url. Fetched is
// set to now.
func (s *Store) SaveCached(url string, c CachedFeed) error {
	ctx := context.Background()
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO feed_cache (url, etag, last_modified, body, fetched) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
			body = excluded.body, fetched = excluded.fetched`, url, c.ETag, c.LastModified, c.Body, s.now().UnixMilli())
		return err
	})
}

// TouchCached records that the server answered 304 for url now, with
// validators it may have renewed; the body stays.
func (s *Store) TouchCached(url, etag, lastModified string) error {
	ctx := context.Background()
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE feed_cache SET fetched = ?,
			etag = CASE WHEN ? = '' THEN etag ELSE ? END,
			last_modified = CASE WHEN ? = '' THEN last_modified ELSE ? END WHERE url = ?`,
			s.now().UnixMilli(), etag, etag, lastModified, lastModified, url)
		return err
	})
}

// MarkRead records that the feed item named key was read.
func (s *Store) MarkRead(key string) error {
	ctx := context.Background()
	return s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO feed_reads (item, read_at) VALUES (?, ?) ON CONFLICT (item) DO UPDATE SET read_at = excluded.read_at",
			key, s.now().UnixMilli())
		return err
	})
}

// ReadItems is the set of keys among keys that were read. One query for
// the whole set: a feed can list thousands of items.
func (s *Store) ReadItems(keys []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(keys) == 0 {
		return out, nil
	}
	want := make(map[string]bool, len(keys))
	for _, k := range keys {
		want[k] = true
	}
	// The read set is small next to a feed's history: scanning it is
	// linear and avoids a statement with thousands of parameters.
	rows, err := s.db.QueryContext(context.Background(), "SELECT item FROM feed_reads")
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, s.wrap(err)
		}
		if want[k] {
			out[k] = true
		}
	}
	return out, s.wrap(rows.Err())
}
