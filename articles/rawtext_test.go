package articles

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// treeDump writes every node with its type, namespace, data and
// attributes, so two trees compare equal only when they are the same.
func treeDump(n *html.Node) string {
	var b strings.Builder
	var dump func(*html.Node, int)
	dump = func(n *html.Node, depth int) {
		b.WriteString(strings.Repeat(" ", depth))
		b.WriteString(string(rune('0' + n.Type)))
		b.WriteString(n.Namespace + "|" + n.Data + "|")
		for _, a := range n.Attr {
			b.WriteString(a.Namespace + ":" + a.Key + "=" + a.Val + ";")
		}
		b.WriteByte('\n')
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			dump(c, depth+1)
		}
	}
	dump(n, 0)
	return b.String()
}

// sameTree fails when the placeholders of a page are all put back and
// the tree is not the one html.Parse gives; it reports whether they were.
func sameTree(t *testing.T, name string, page []byte) bool {
	t.Helper()
	want, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return false // parseTree then takes its other ways
	}
	spans := rawTextSpans(page)
	got, err := html.Parse(&placeholderReader{text: page, spans: spans})
	if err != nil {
		return false
	}
	raw := rawRestorer{text: page, spans: spans}
	measureTree(got, &raw)
	if !raw.complete() {
		return false
	}
	if g, w := treeDump(got), treeDump(want); g != w {
		t.Errorf("%s: tree differs from html.Parse's", name)
	}
	return true
}

// rawTextCases are pages where a script or style text is easy to misjudge.
var rawTextCases = []string{
	"<html><head><script>var a = 1 < 2;</script><style>p>a{}</style></head><body><p>Text.</p></body></html>",
	"<p>x</p><script>if (a</b) {}</script><p>y</p>",
	"<script>document.write('<script>x<\\/script>')</script><p>after</p>",
	"<script><!-- <script>inner</script> --></script><p>after</p>",
	"<script><!--\nvar x;\n//--></script><p>after</p>",
	"<!-- <script>not a script</script> --><p>after</p>",
	"<!--><script>a</script><!---><style>b</style>",
	"<!-- a --!><script>c</script>",
	"<div data-x='<script>in an attribute</script>'><p>z</p></div><script>real</script>",
	"<div data-x=\"a>b\" title=<script>x</script>",
	"<textarea><script>text</script></textarea><script>s</script>",
	"<title><style>t</style></title><style>s</style>",
	"<noscript><script>n</script></noscript><script>s</script>",
	"<svg><style>.a{fill:red}</style><script>svg()</script></svg><style>b{}</style><script>html()</script>",
	"<svg><foreignObject><style>x{}</style></foreignObject></svg><script>y</script>",
	"<math><mi><script>mi()</script></mi></math><script>z</script>",
	"<svg><p><script>broken out</script></svg>",
	"<svg><![CDATA[<script>x</script>]]></svg><script>y</script>",
	"<table><script>a</script><div><script>b</script></div><style>c</style></table>",
	"<select><style>s</style><script>t</script></select>",
	"<frameset><style>f</style></frameset>",
	"<SCRIPT type=text/javascript>Upper</SCRIPT ><StYlE>Mixed</sTyLe/>",
	"<script>line\r\nends\rhere</script>",
	"<script/>self closing</script><p>q</p>",
	"<script>unclosed",
	"<style>",
	"<plaintext><script>p</script>",
	"<p>\x01<script>a</script>",
	"<p>&#1;</p><script>a</script>",
	"<p>&#1;0&#1;</p><script>a</script><div title=\"&#1;1&#1;\"><style>b</style></div>",
	"<script a=\"1\" b='2' c=3 d = 4 =e/>x</script>",
	"<script></script><style></style><p>empty</p>",
	"<iframe><script>i</script></iframe><xmp><style>x</style></xmp>",
	"</ script><script>a</script></>< script>b</script>",
	"<?xml x='>'?><script>c</script><!DOCTYPE html><style>d</style>",
	"<template><script>t</script></template><script>u</script>",
}

func TestPlaceholdersKeepTheTree(t *testing.T) {
	parsedTwice := 0
	for _, page := range rawTextCases {
		if !sameTree(t, page, []byte(page)) {
			parsedTwice++
		}
		// Put back or parsed again, the tree is html.Parse's.
		doc, err := parseHTML([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if want, _ := html.Parse(strings.NewReader(page)); treeDump(doc) != treeDump(want) {
			t.Errorf("%q: parseHTML's tree differs from html.Parse's", page)
		}
	}
	if parsedTwice == 0 {
		t.Error("no case was parsed twice: the second parse went untested")
	}
	for _, pg := range loadBench(t, 1) {
		text, _ := decodeHTML(pg.html, "")
		if !sameTree(t, pg.key, text) {
			t.Errorf("%s: the page was parsed twice", pg.key)
		}
		doc, err := parseHTML(text)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := html.Parse(bytes.NewReader(text))
		if treeDump(doc) != treeDump(want) {
			t.Errorf("%s: parseHTML's tree differs from html.Parse's", pg.key)
		}
	}
}

// TestSkimFindsScripts keeps the speed-up honest: the skim must find the
// plain scripts and styles of a page, not fall back on every one.
func TestSkimFindsScripts(t *testing.T) {
	page := []byte(rawTextCases[0])
	spans := rawTextSpans(page)
	if len(spans) != 2 {
		t.Fatalf("%d spans, want 2", len(spans))
	}
	for i, want := range []string{"var a = 1 < 2;", "p>a{}"} {
		if got := string(page[spans[i].start:spans[i].end]); got != want {
			t.Errorf("span %d %q, want %q", i, got, want)
		}
	}
	if !sameTree(t, "page", page) {
		t.Error("placeholders not put back")
	}
}

func FuzzParsePage(f *testing.F) {
	for _, c := range rawTextCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		sameTree(t, "fuzzed page", page)
	})
}

// BenchmarkParse compares the two ways to a measured tree on the
// benchmark's sample pages: the page parsed as it is, and with its script
// and style texts as placeholders (what parseHTML does).
func BenchmarkParse(b *testing.B) {
	var texts [][]byte
	for _, pg := range loadBench(b, 6) {
		text, _ := decodeHTML(pg.html, "")
		texts = append(texts, text)
	}
	b.Run("plain", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			doc, _, _ := parseTree(texts[i%len(texts)], nil)
			measureTree(doc, nil)
		}
	})
	b.Run("placeholders", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if _, err := parseHTML(texts[i%len(texts)]); err != nil {
				b.Fatal(err)
			}
		}
	})
}
