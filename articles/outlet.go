package articles

import (
	"net/url"
	"strings"
)

// Outlet names the article's outlet: the domain of its URL (the page's
// canonical link, else where it was fetched from), lower-cased, without
// "www.". A file or a pipe with no URL has none ("").
func (a *Article) Outlet() string {
	u, err := url.Parse(a.URL)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
