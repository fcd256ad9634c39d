-- 0002: feeds. Subscriptions; the last answer of each feed with its
-- validators (ETag, Last-Modified), so a refresh can be conditional and
-- reading works offline; and which feed items were read, keyed by the
-- item's GUID, else its link ("guid:…" or "link:…").
CREATE TABLE feed_subscriptions (
	url   TEXT PRIMARY KEY,
	title TEXT NOT NULL,
	added INTEGER NOT NULL -- unix milliseconds
);

CREATE TABLE feed_cache (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL,
	last_modified TEXT NOT NULL,
	body          BLOB NOT NULL,
	fetched       INTEGER NOT NULL -- unix milliseconds of the last answer, 304 included
);

CREATE TABLE feed_reads (
	item    TEXT PRIMARY KEY,
	read_at INTEGER NOT NULL -- unix milliseconds
);
