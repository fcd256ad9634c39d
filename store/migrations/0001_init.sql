-- 0001: articles read, their reading position, and marks on their claims.
-- An article is identified by the SHA-256 of its text, so a moved file
-- keeps its marks; source is what it was opened as, so a changed article
-- can find its previous version.
CREATE TABLE articles (
	hash       TEXT PRIMARY KEY,
	source     TEXT NOT NULL,
	title      TEXT NOT NULL,
	words      INTEGER NOT NULL,
	first_seen INTEGER NOT NULL, -- unix milliseconds
	last_read  INTEGER NOT NULL, -- unix milliseconds
	position   INTEGER          -- byte offset of the top line; NULL: never scrolled
);
CREATE INDEX articles_by_source ON articles (source, last_read);
CREATE INDEX articles_by_last_read ON articles (last_read);

-- A mark is keyed by its flag's kind and span in the article. The sentence
-- text and its hash are kept so that a mark can be re-attached when the
-- article (or the detector) changes and the span moves.
CREATE TABLE marks (
	article        TEXT NOT NULL REFERENCES articles (hash) ON DELETE CASCADE,
	kind           TEXT NOT NULL,
	start          INTEGER NOT NULL,
	"end"          INTEGER NOT NULL,
	sentence_start INTEGER NOT NULL,
	sentence_hash  TEXT NOT NULL,
	sentence       TEXT NOT NULL,
	state          TEXT NOT NULL CHECK (state IN ('', 'checked', 'disputed')),
	note           TEXT NOT NULL,
	updated        INTEGER NOT NULL, -- unix milliseconds
	PRIMARY KEY (article, kind, start, "end")
);
