package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// Issue 17: a hostile fixture set carrying every payload class in every
// construct an article can hold. Generated into a temporary directory;
// none of it is committed.

// payloadClass is one way a control can travel inside an article.
type payloadClass struct {
	name string
	// payload is inserted as written into text and markdown files, and
	// into HTML (where references are decoded by the HTML parser).
	payload string
	// htmlCharset, when set, is the charset the HTML fixture declares
	// (raw C1 bytes are characters in windows-1252, not in UTF-8).
	htmlCharset string
}

// payloadClasses are the classes of issues 7 and 17. The OSC payloads
// carry PWNED so that a terminal obeying them shows it in the title or
// the clipboard.
var payloadClasses = []payloadClass{
	{name: "raw C0", payload: "\x1b]0;PWNED-TITLE\x07 \x1b]52;c;UFdORUQtQ0xJUA==\x07 \x1b[2J bel\x07 bs\x08 vt\x0b"},
	{name: "UTF-8 C1", payload: "\u009d0;PWNED-TITLE\u009c \u0090qPWNED\u009c \u009b2J \u0085 \u009f"},
	{name: "raw C1 bytes", payload: "\x9d0;PWNED-TITLE\x9c \x90q\x9c \x9b2J \x85", htmlCharset: "windows-1252"},
	{name: "numeric references", payload: "&#x9d;0;PWNED-TITLE&#x9c; &#27;]0;PWNED-TITLE&#7; &#x1b;[2J &#7; &#x90;q&#x9c; &#155;2J &#x202e;rev &#127; &#0; &#x85; &#X9D; &#157;0;x&#156; &#x0000009d;"},
	{name: "named references", payload: "&shy; soft&shy;hyphen &zwj; a&zwj;b &lrm; &rlm; &Tab; &NewLine; &amp;#x9d; &ZeroWidthSpace; &nbsp;"},
	{name: "bidi controls", payload: "\u202eevil\u202c \u2066iso\u2069 \u200fr \u200el \u061c \u202a\u202b\u202d"},
	{name: "width characters", payload: "soft\u00adhy\u00adphen a\u200db \U0001F468\u200d\U0001F469\u200d\U0001F467 \U0001F1FA\U0001F1F8 \u2764\ufe0f \U0001F44D\U0001F3FD 1\ufe0f\u20e3 \U0001F1E6"},
}

// markdownFixture puts p in every markdown construct.
func markdownFixture(p string) string {
	return "# Heading " + p + "\n\n" +
		"A source said " + p + " the plan may fail. Officials denied the report.\n\n" +
		"## Links " + p + "\n\n" +
		"See [link " + p + "](http://example.org/" + p + " \"title " + p + "\") and ![image " + p + "](http://example.org/i" + p + ".png \"img " + p + "\").\n\n" +
		"A [reference " + p + "][r] and <http://example.org/auto" + p + ">.\n\n" +
		"[r]: http://example.org/ref" + p + " \"ref " + p + "\"\n\n" +
		"Inline `code " + p + "` and *emphasis " + p + "* and **strong " + p + "**.\n\n" +
		"```\nfenced " + p + "\n```\n\n" +
		"> A quote " + p + " that may be wrong, an official said.\n\n" +
		"- item " + p + "\n- second item, sources said\n\n" +
		"1. first " + p + "\n2. second\n\n" +
		"| head " + p + " | b |\n|---|---|\n| cell " + p + " | officials said it may |\n\n" +
		"<span>inline html " + p + "</span>\n\n" +
		"Term " + p + "\n\n---\n\nThe ministry denied " + p + " the claim.\n"
}

// htmlFixture puts p in every HTML construct the extractor reads.
func htmlFixture(p, charset string) string {
	if charset == "" {
		charset = "utf-8"
	}
	para := "<p>A source said " + p + " the plan may fail, and officials said talks could resume. " +
		"The ministry denied the report, which was based on anonymous sources familiar with the matter.</p>\n"
	return "<!doctype html><html><head><meta charset=\"" + charset + "\">" +
		"<title>Title " + p + "</title>" +
		"<meta property=\"og:title\" content=\"OG title " + p + "\">" +
		"<meta property=\"og:site_name\" content=\"Site " + p + "\">" +
		"<meta name=\"author\" content=\"Author " + p + "\">" +
		"<meta name=\"description\" content=\"Description " + p + "\">" +
		"<meta property=\"article:published_time\" content=\"2024-01-02" + p + "\">" +
		"<link rel=\"canonical\" href=\"http://example.org/canon" + p + "\">" +
		"</head><body><article>" +
		"<h1>Heading " + p + "</h1>\n<p class=\"byline\">By Reporter " + p + "</p>\n" + para +
		"<h2>Sub " + p + "</h2>\n" + para +
		"<p>See <a href=\"http://example.org/" + p + "\" title=\"t " + p + "\">link " + p + "</a> and <a href=\"javascript:" + p + "\">js " + p + "</a>.</p>\n" +
		"<ul><li>item " + p + "</li><li>second, sources said</li></ul>\n<ol><li>first " + p + "</li></ol>\n" +
		"<table><tr><th>head " + p + "</th><th>b</th></tr><tr><td>cell " + p + "</td><td>officials said it may</td></tr></table>\n" +
		"<pre><code>code block " + p + "</code></pre>\n<p>Inline <code>code " + p + "</code> and <em>em " + p + "</em>.</p>\n" +
		"<blockquote><p>A quote " + p + " that may be wrong, an official said.</p></blockquote>\n" +
		"<figure><img src=\"http://example.org/i" + p + ".png\" alt=\"alt " + p + "\"><figcaption>Caption " + p + "</figcaption></figure>\n" +
		para + para +
		"</article></body></html>\n"
}

// hostileFixture is one file of the set.
type hostileFixture struct {
	class, format, path string
}

// writeHostileFixtures writes every class in text, markdown and HTML.
func writeHostileFixtures(t *testing.T, dir string) []hostileFixture {
	t.Helper()
	var out []hostileFixture
	for i, c := range payloadClasses {
		base := fmt.Sprintf("c%d-%s", i, strings.ReplaceAll(c.name, " ", "-"))
		files := map[string]string{
			"txt":  "Title " + c.payload + "\n\n" + strings.ReplaceAll(markdownFixture(c.payload), "#", ""),
			"md":   markdownFixture(c.payload),
			"html": htmlFixture(c.payload, c.htmlCharset),
		}
		for _, ext := range []string{"txt", "md", "html"} {
			p := filepath.Join(dir, base+"."+ext)
			if err := os.WriteFile(p, []byte(files[ext]), 0o644); err != nil {
				t.Fatal(err)
			}
			out = append(out, hostileFixture{class: c.name, format: ext, path: p})
		}
	}
	return out
}

// terminalUnsafe is what no output of caveat may hold outside its own
// styling: C0 controls but newline and tab, DEL, C1 controls, and the
// bidirectional controls (embeddings, overrides, isolates, marks).
func terminalUnsafe(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c
}

// firstUnsafe is the byte offset and rune of the first unsafe character
// of out, or -1. A byte that is not UTF-8 counts as unsafe too: a lone
// 0x80..0x9F byte is a C1 control to an 8-bit terminal.
func firstUnsafe(out string) (int, rune) {
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRuneInString(out[i:])
		if (r == utf8.RuneError && size == 1) || terminalUnsafe(r) {
			if r == utf8.RuneError {
				r = rune(out[i])
			}
			return i, r
		}
		i += size
	}
	return -1, 0
}

// assertTerminalSafe fails when out holds an unsafe character.
func assertTerminalSafe(t *testing.T, what, out string) {
	t.Helper()
	if i, r := firstUnsafe(out); i >= 0 {
		t.Errorf("%s: control %U at byte %d: %q", what, r, i, out[max(0, i-40):min(len(out), i+40)])
	}
}
