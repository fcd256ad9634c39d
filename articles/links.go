package articles

import (
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// Link is a web link of a markdown article: its text, where the text
// starts in the article (a byte offset), and its address.
type Link struct {
	Text   string
	Offset int
	URL    string
}

// Links are the http(s) links of a markdown text, in text order. Other
// schemes (javascript:, file:, mailto:) are left out: a reader opens only
// web pages from an article.
func Links(md string) []Link {
	src := []byte(md)
	p := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()
	root := p.Parse(text.NewReader(src))
	var out []Link
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest, label string
		off := -1
		switch n := n.(type) {
		case *ast.Link:
			dest = string(n.Destination)
			label, off = linkText(n, src)
		case *ast.AutoLink:
			dest = string(n.URL(src))
			label = string(n.Label(src))
			// An autolink keeps no position of its own: it starts after
			// the text before it and its "<".
			if prev, ok := n.PreviousSibling().(*ast.Text); ok && prev.Segment.Stop < len(src) && src[prev.Segment.Stop] == '<' {
				off = prev.Segment.Stop + 1
			}
		default:
			return ast.WalkContinue, nil
		}
		if u, err := url.Parse(dest); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && off >= 0 {
			out = append(out, Link{Text: VisibleLine(label), Offset: off, URL: u.String()})
		}
		return ast.WalkSkipChildren, nil
	})
	return out
}

// linkText is a link's text and the offset of its first text segment.
func linkText(n ast.Node, src []byte) (string, int) {
	var b strings.Builder
	off := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			if off < 0 {
				off = t.Segment.Start
			}
			b.Write(t.Segment.Value(src))
		}
		return ast.WalkContinue, nil
	})
	return b.String(), off
}
