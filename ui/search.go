package ui

import (
	"sort"
	"strings"
	"unicode"

	"github.com/caveat-reader/caveat/model"
)

// maxMatches caps a search: each match is a span carried through the
// renderer, and a query like "e" on a long article would otherwise lay it
// out with hundreds of thousands of them.
const maxMatches = 5000

// search is a committed search: the query the user typed and its matches
// as byte spans of the analysed text, in text order. Searching for what
// the user typed is the one place ui looks for text; the matches are then
// placed on screen by offset like any flag.
type search struct {
	query   string
	matches []model.Span
	// cur is the match n/N reached.
	cur int
	// capped is set when there were more than maxMatches.
	capped bool
}

// findMatches finds query in text. A query in lower case matches any case
// (as in less and vim); one with a capital matches exactly.
func findMatches(text, query string) (out []model.Span, capped bool) {
	if query == "" {
		return nil, false
	}
	hay, needle := text, query
	if !hasUpper(query) {
		// Lower-casing keeps byte offsets only when no character changes
		// its length; otherwise the search stays exact rather than wrong.
		if lt, lq := strings.ToLower(text), strings.ToLower(query); len(lt) == len(text) && len(lq) == len(query) {
			hay, needle = lt, lq
		}
	}
	for at := 0; at <= len(hay)-len(needle); {
		i := strings.Index(hay[at:], needle)
		if i < 0 {
			break
		}
		if len(out) == maxMatches {
			return out, true
		}
		out = append(out, model.Span{Start: at + i, End: at + i + len(needle)})
		at += i + len(needle)
	}
	return out, false
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// spans are the matches as spans for the renderer.
func (s *search) spans() []spanRef {
	out := make([]spanRef, len(s.matches))
	for i, m := range s.matches {
		out[i] = spanRef{m.Start, m.End}
	}
	return out
}

// firstFrom is the first match at or after byte offset off, going round
// to the first match.
func (s *search) firstFrom(off int) int {
	i := sort.Search(len(s.matches), func(i int) bool { return s.matches[i].Start >= off })
	if i == len(s.matches) {
		return 0
	}
	return i
}

// step moves to the next (1) or previous (-1) match, going round; it
// reports whether it went round.
func (s *search) step(dir int) bool {
	n := len(s.matches)
	raw := s.cur + dir
	s.cur = (raw%n + n) % n
	return raw < 0 || raw >= n
}
