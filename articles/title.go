package articles

import (
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// guessTitle takes the first line as the title when it reads like a
// headline (short, no closing full stop); otherwise the file's name.
func guessTitle(name, text string) string {
	first := strings.TrimSpace(text)
	if i := strings.IndexByte(first, '\n'); i >= 0 {
		first = strings.TrimSpace(first[:i])
	}
	first = strings.TrimLeft(first, "# ")
	if first != "" && utf8.RuneCountInString(first) <= 120 && !strings.HasSuffix(first, ".") {
		return first
	}
	if name == "-" || name == "" {
		return "standard input"
	}
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// titleSeps are what pages put between a headline and their own name.
var titleSeps = []string{" - ", " | ", " – ", " — ", " · ", " :: "}

// withoutSiteName drops a trailing site name from a page's title
// ("Storm hits coast - Los Angeles Times"): the header shows the site
// beside the title already. Only a suffix that is the page's site name,
// or its host's name, goes; a headline that merely contains a dash stays.
func withoutSiteName(title, site, host string) string {
	norm := func(s string) string {
		s = strings.ToLower(s)
		s = strings.TrimPrefix(s, "the ")
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '.' || r == '-' {
				return -1
			}
			return r
		}, s)
	}
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	if i := strings.IndexByte(host, '.'); i > 0 {
		host = host[:i]
	}
	for _, sep := range titleSeps {
		// A site name holding a separator itself ("Remember 80/90 -
		// Memorabilia") is matched whole, before the last separator is.
		if n := len(title) - len(site); site != "" && n > len(sep) && strings.EqualFold(title[n:], site) && strings.HasSuffix(title[:n], sep) {
			if head := strings.TrimSpace(title[:n-len(sep)]); head != "" {
				return head
			}
		}
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), norm(title[i+len(sep):])
		if tail != "" && head != "" && ((site != "" && tail == norm(site)) || (host != "" && tail == norm(host))) {
			return head
		}
	}
	return title
}
