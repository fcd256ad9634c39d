package articles

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// PlainText returns the article as plain text: for markdown, the text a
// reader sees with the markup, link targets and images removed (for
// `caveat extract --format text`); other articles as they are.
func (a *Article) PlainText() string {
	if !a.Markdown {
		return a.Text
	}
	return PlainTextOf(a.Text)
}

// PlainTextOf renders markdown as plain text, one block a paragraph. It
// parses with goldmark (the parser Glamour uses), so what counts as text
// is what the reader shows.
func PlainTextOf(md string) string {
	src := []byte(md)
	md2 := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	root := md2.Parser().Parse(text.NewReader(src))
	var b textBuf
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Text:
			if entering {
				b.add(unescape(n.Value(src)))
				switch {
				case n.HardLineBreak():
					b.addByte('\n')
				case n.SoftLineBreak():
					b.addByte(' ')
				}
			}
		case *ast.String:
			if entering {
				b.add(unescape(n.Value))
			}
		case *ast.AutoLink:
			if entering {
				b.add(n.Label(src))
			}
		case *ast.Image, *ast.RawHTML, *ast.HTMLBlock, *ast.ThematicBreak:
			return ast.WalkSkipChildren, nil
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			if entering {
				lines := n.Lines()
				for i := 0; i < lines.Len(); i++ {
					seg := lines.At(i)
					b.add(seg.Value(src))
				}
				endBlock(&b)
			}
			return ast.WalkSkipChildren, nil
		case *ast.ListItem:
			if entering {
				b.addString("- ")
			}
		case *east.TableCell:
			if !entering {
				b.addByte('\t')
			}
		case *east.TableRow, *east.TableHeader:
			if !entering {
				trimTrailing(&b)
				b.addByte('\n')
			}
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading, *east.Table:
			if !entering {
				endBlock(&b)
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(string(b)) + "\n"
}

// textBuf collects the text; blocks end with one blank line however many
// end at the same place (a paragraph closing a list item closing a quote).
type textBuf []byte

func (b *textBuf) add(p []byte)       { *b = append(*b, p...) }
func (b *textBuf) addString(s string) { *b = append(*b, s...) }
func (b *textBuf) addByte(c byte)     { *b = append(*b, c) }

func endBlock(b *textBuf) {
	trimTrailing(b)
	b.addString("\n\n")
}

func trimTrailing(b *textBuf) {
	s := *b
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\n') {
		s = s[:len(s)-1]
	}
	*b = s
}

// unescape undoes markdown's backslash escapes and character references,
// as a renderer would.
func unescape(v []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}
