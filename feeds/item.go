package feeds

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/caveat-reader/caveat/articles"
)

// Article is the item as an article to analyse: its full text from the
// feed when the feed carries it, else the page its link points to,
// fetched and extracted as any URL. A link that is not http or https is
// refused in one line, never opened.
func (it Item) Article(ctx context.Context, opts articles.Options) (*articles.Article, error) {
	if it.FullText() {
		a, err := articles.FromHTMLFragment(it.Link, it.Title, it.Content)
		if err != nil {
			return nil, err
		}
		a.Site = it.Outlet
		if !it.Date.IsZero() {
			a.Date = it.Date.Format("2006-01-02")
		}
		return a, nil
	}
	if err := checkLink(it.Link); err != nil {
		return nil, err
	}
	a, err := articles.Load(ctx, it.Link, opts)
	if err != nil {
		return nil, err
	}
	if a.Title == "" {
		a.Title = it.Title
	}
	if a.Site == "" {
		a.Site = it.Outlet
	}
	return a, nil
}

// checkLink refuses an item link that caveat must not follow.
func checkLink(link string) error {
	if link == "" {
		return errors.New("the entry has neither its text nor a link")
	}
	u, err := url.Parse(link)
	if err != nil {
		return fmt.Errorf("the entry's link is not a valid address: %s", articles.VisibleLine(link))
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		if s == "" {
			return fmt.Errorf("the entry's link %s is not an http(s) address", articles.VisibleLine(link))
		}
		return fmt.Errorf("the entry links to a %s: address; only http and https are read", articles.VisibleLine(s))
	}
	return nil
}
