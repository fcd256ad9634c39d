package articles

import (
	"net/url"
	"strings"
	"sync"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"golang.org/x/net/html"
)

// mdConverter turns article HTML into CommonMark with GFM tables, which
// Glamour renders. It is built on first use, not at start-up: plain-text
// runs never pay for it.
var mdConverter = sync.OnceValue(func() *converter.Converter {
	return converter.NewConverter(converter.WithPlugins(
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(
			commonmark.WithHeadingStyle(commonmark.HeadingStyleATX),
			commonmark.WithBulletListMarker("-"),
		),
		table.NewTablePlugin(),
	))
})

// toMarkdown converts the extracted article to markdown; links are made
// absolute against the page's URL when it is known.
func toMarkdown(n *html.Node, pageURL *url.URL) (string, error) {
	var opts []converter.ConvertOptionFunc
	if pageURL != nil {
		opts = append(opts, converter.WithDomain(pageURL.Scheme+"://"+pageURL.Host))
	}
	out, err := mdConverter().ConvertNode(n, opts...)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(out)) + "\n", nil
}
