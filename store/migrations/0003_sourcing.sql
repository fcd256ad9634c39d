-- 0003: the texts of versions read, and the sourcing of every article read or analysed with saving on,
-- by outlet (the site's domain), for `caveat outlets`. One row per
-- article text (its hash), refreshed when it is analysed again.
CREATE TABLE sourcing (
	hash                TEXT PRIMARY KEY,
	outlet              TEXT NOT NULL,
	source              TEXT NOT NULL,
	title               TEXT NOT NULL,
	sentences           INTEGER NOT NULL, -- sentences, boilerplate left out
	anonymous_sentences INTEGER NOT NULL, -- of those, resting on unnamed sources
	anonymous           INTEGER NOT NULL, -- claims per kind
	denials             INTEGER NOT NULL,
	uncertain           INTEGER NOT NULL,
	analysed            INTEGER NOT NULL  -- unix milliseconds
);
CREATE INDEX sourcing_by_outlet ON sourcing (outlet, analysed);

-- The text of each version of a versioned source (a path or a URL),
-- deflate-compressed, so a changed article can be set beside the version
-- read before (caveat diff in the reader).
CREATE TABLE texts (
	hash TEXT PRIMARY KEY,
	text BLOB NOT NULL
);
