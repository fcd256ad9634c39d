package articles

import (
	_ "embed"
	"net/url"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Embedded social posts (a tweet, an Instagram post) are quoted from
// elsewhere, not written for the article: the embed goes, the writer's
// sentence introducing it stays. The platforms' embed code marks them
// with its own class names (rules/social-embeds.txt), or frames them.

//go:embed rules/social-embeds.txt
var socialEmbedList string

var socialEmbedClasses = sync.OnceValue(func() map[string]bool { return wordSet(socialEmbedList) })

// socialHosts frame embedded posts in an iframe.
var socialHosts = []string{"twitter.com", "x.com", "instagram.com", "facebook.com", "tiktok.com", "threads.net", "bsky.app"}

// isSocialEmbed reports whether n is an embedded social post.
func isSocialEmbed(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if socialEmbedClasses()[c] {
			return true
		}
	}
	if n.DataAtom == atom.Iframe {
		if u, err := url.Parse(attr(n, "src")); err == nil {
			host := strings.ToLower(u.Hostname())
			for _, h := range socialHosts {
				if host == h || strings.HasSuffix(host, "."+h) {
					return true
				}
			}
		}
	}
	return false
}
