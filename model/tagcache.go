package model

import "github.com/caveat-reader/caveat/model/text/postag"

// forgetTagsFrom is the length of text from which an analysis, once
// detection is done, empties the tagger's cache of words (postag's
// Forget) before the source ledger is built: the ledger tags only a few
// words (noun-like speech verbs and clause-opening bare forms, a
// handful of words around each) and runs at the analysis's peak of
// memory, where the cache held 3.7 MB of 10 MB of news. Refilling it costs the next text a few thousand
// words' sums (2.5 MB allocated), nothing beside a text this long;
// shorter texts, many of them analysed at once, keep it, as does the
// 1 MB benchmark, which would otherwise measure a cold cache each run.
const forgetTagsFrom = 4 << 20

// forgetTags empties the tagger's cache after detecting in text, when
// text is long enough (forgetTagsFrom).
func forgetTags(text string) {
	if len(text) >= forgetTagsFrom {
		postag.Default().Forget()
	}
}
