-- 0003: the sourcing of every article read or analysed with saving on,
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
