package feeds

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html/charset"
)

// Subscription is a feed listed in an OPML file.
type Subscription struct {
	URL   string
	Title string
}

type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Body    []opmlOutline `xml:"body>outline"`
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr"`
	XMLURL   string        `xml:"xmlUrl,attr"`
	Outlines []opmlOutline `xml:"outline"`
}

// maxOPMLDepth bounds folder nesting: real lists nest a level or two.
const maxOPMLDepth = 32

// ParseOPML lists the feeds of an OPML subscription list, folders
// flattened, each feed once, in file order. Outlines whose xmlUrl is not
// http(s) are reported in skipped rather than failing the whole list.
func ParseOPML(data []byte) (subs []Subscription, skipped []string, err error) {
	var doc opmlDoc
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = charset.NewReaderLabel
	if err := dec.Decode(&doc); err != nil {
		return nil, nil, fmt.Errorf("not an OPML subscription list: %s", oneLine(err.Error()))
	}
	seen := map[string]bool{}
	var visit func([]opmlOutline, int)
	visit = func(os []opmlOutline, depth int) {
		if depth > maxOPMLDepth {
			return
		}
		for _, o := range os {
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				if pu, err := url.Parse(u); err != nil || (pu.Scheme != "http" && pu.Scheme != "https") {
					skipped = append(skipped, u)
				} else if !seen[u] {
					seen[u] = true
					subs = append(subs, Subscription{URL: u, Title: oneLine(firstOf(o.Title, o.Text))})
				}
			}
			visit(o.Outlines, depth+1)
		}
	}
	visit(doc.Body, 0)
	if len(subs) == 0 && len(skipped) == 0 {
		return nil, nil, errors.New("the OPML file lists no feeds (no outline has an xmlUrl)")
	}
	return subs, skipped, nil
}

func firstOf(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
