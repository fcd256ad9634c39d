package model

import (
	"runtime"

	"github.com/caveat-reader/caveat/model/text/postag"
)

// forgetTagsFrom is the length of text from which an analysis, once
// detection is done, empties the tagger's cache of words (postag's
// Forget) and collects before the source ledger is built: the ledger
// tags only a few words (noun-like speech verbs and clause-opening bare
// forms, a handful of words around each) and runs at the analysis's
// peak of memory, where the cache held 3.7 MB of 10 MB of news.
// Refilling it costs the next text a few thousand words' sums (2.5 MB
// allocated), nothing beside a text this long; shorter texts, many of
// them analysed at once, keep it, as does the 1 MB benchmark, which
// would otherwise measure a cold cache each run.
const forgetTagsFrom = 4 << 20

// forgetTags empties the tagger's cache after detecting in text, when
// text is long enough (forgetTagsFrom), and collects once. Detection
// ends with the heap at its goal, much of it garbage (the cache among
// it), and under a soft memory limit (cmd/caveat's memlimit.go) the
// ledger's build then began with the collector already running, back
// to back, with its garbage and its allocations of room for every
// mention still to come: on 10.5 MB of news the heap peaked there at
// ~53 MB for ~40 MB live. Collected first, the ledger starts from what
// is live, in one collection where it paid several.
func forgetTags(text string) {
	if len(text) >= forgetTagsFrom {
		postag.Default().Forget()
		runtime.GC()
	}
}
