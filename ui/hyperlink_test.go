package ui

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// The hyperlink writer takes only plain web addresses; anything that
// could end the sequence early, smuggle another one in, or disguise its
// host is refused.
func TestHyperlinkOpenAllowsOnlyPlainWebAddresses(t *testing.T) {
	for _, c := range []struct {
		url string
		ok  bool
	}{
		{"https://example.org/report?id=3&x=y#part", true},
		{"http://example.org", true},
		{"HTTPS://EXAMPLE.ORG/A", true},
		{"https://example.org/caf%C3%A9", true},
		{"https://example.org/a;b", true},
		{"", false},
		{"javascript:alert(1)", false},
		{"file:///etc/passwd", false},
		{"mailto:a@example.org", false},
		{"data:text/html,hi", false},
		{"//example.org/no-scheme", false},
		{"/relative/path", false},
		{"https://", false},
		{"https:example.org", false},
		{"https://user:secret@bank.example/", false},
		{"https://bank.example@evil.example/", false},
		{"https://example.org/\x1b]8;;https://evil.example\x1b\\", false},
		{"https://example.org/\x1b\\", false},
		{"https://example.org/\x07", false},
		{"https://example.org/\u009c", false},
		{"https://example.org/\u009d", false},
		{"https://example.org/\x7f", false},
		{"https://example.org/a b", false},
		{"https://example.org/\ttab", false},
		{"https://example.org/\nline", false},
		{"https://example.org/\u202eevil", false},
		{"https://exämple.org/", false},
		{"https://example.org/" + strings.Repeat("a", maxLinkURL), false},
		{"https://example.org/" + strings.Repeat("a", maxLinkURL-len("https://example.org/")), true},
	} {
		got := hyperlinkOpen(c.url)
		switch {
		case c.ok && got != "\x1b]8;;"+c.url+"\x1b\\":
			t.Errorf("%q: got %q, want the link", c.url, got)
		case !c.ok && got != "":
			t.Errorf("%q: made a link %q, want none", c.url, got)
		}
	}
}

// osc8 matches one OSC 8 sequence, ended by ST or BEL.
var osc8 = regexp.MustCompile("\x1b\\]8;[^\x1b\x07]*(?:\x1b\\\\|\x07)")

// checkOnlySafeHyperlinks fails unless every escape sequence of frame is
// SGR styling or an OSC 8 hyperlink that hyperlinkOpen allows (or its
// close), and returns the addresses linked.
func checkOnlySafeHyperlinks(t *testing.T, frame string) []string {
	t.Helper()
	var urls []string
	rest := osc8.ReplaceAllStringFunc(frame, func(seq string) string {
		if seq == hyperlinkClose {
			return ""
		}
		url := strings.TrimSuffix(strings.TrimPrefix(seq, "\x1b]8;;"), "\x1b\\")
		if hyperlinkOpen(url) != seq {
			t.Errorf("a hyperlink caveat would not write: %q", seq)
		}
		urls = append(urls, url)
		return ""
	})
	if safe := articles.TerminalSafe(rest); safe != rest {
		t.Errorf("the frame holds more than styling and allowed hyperlinks:\n%q", rest)
	}
	return urls
}

// Link text is a hyperlink to its address, made by caveat; a hostile
// destination (escape sequences, BEL, C1 ST, other schemes, a user name
// disguising the host) makes no link and reaches the terminal as nothing
// but text.
func TestHyperlinksOnlyFromAllowedAddresses(t *testing.T) {
	text := strings.Join([]string{
		"The council published [the report](https://example.org/report \"title\") on Monday.",
		"Critics answered in [a letter](<https://example.org/letter>).",
		"See [this](https://example.org/\x1b]8;;https://evil.example/\x07) and [that](https://example.org/\u009c\x1b]52;c;aGk=\x07).",
		"Also [run me](javascript:alert(1)), [bank](https://bank.example@evil.example/) and ![a chart](https://example.org/chart.png).",
	}, "\n\n")
	a := &model.Analysis{Text: text}
	for _, p := range strings.SplitAfter(text, "\n\n") {
		start := 0
		if n := len(a.Sentences); n > 0 {
			start = a.Sentences[n-1].End + 2
		}
		end := start + len(strings.TrimRight(p, "\n"))
		a.Paragraphs = append(a.Paragraphs, model.Span{Start: start, End: end})
		a.Sentences = append(a.Sentences, model.Sentence{Span: model.Span{Start: start, End: end}, Paragraph: len(a.Paragraphs) - 1})
	}
	doc := &reading.Doc{Article: &articles.Article{Source: "links.md", Title: "Links", Format: articles.Markdown, Markdown: true, Text: text}, Analysis: a}
	m := openModel(t, 120, 20, doc)
	m.opts.Hyperlinks = true
	frame := m.View().Content
	urls := checkOnlySafeHyperlinks(t, frame)
	want := []string{"https://example.org/report", "https://example.org/letter"}
	if strings.Join(urls, " ") != strings.Join(want, " ") {
		t.Errorf("linked %q, want %q", urls, want)
	}
	// The link's cells are its text, exactly.
	for _, txt := range []string{"the report", "a letter"} {
		i := strings.Index(frame, txt)
		before := frame[:max(0, i)]
		if i < 0 || strings.LastIndex(before, "\x1b]8;;https") < strings.LastIndex(before, "\n") {
			t.Errorf("%q is not inside a hyperlink opened on its row", txt)
			continue
		}
		after := ansi.Strip(strings.SplitN(frame[i:], hyperlinkClose, 2)[0])
		if after != txt {
			t.Errorf("hyperlink around %q holds %q", txt, after)
		}
	}
	// Off, the frame has no hyperlink at all.
	m.opts.Hyperlinks = false
	if n := len(osc8.FindAllString(m.View().Content, -1)); n != 0 {
		t.Errorf("hyperlinks off: %d OSC 8 sequences in the frame", n)
	}
}

// hyperlinkCells wraps exactly the cells asked for, keeps the row's
// styling and text, and never splits a character.
func TestHyperlinkCells(t *testing.T) {
	open := hyperlinkOpen("https://example.org/")
	for _, c := range []struct {
		row      string
		from, to int
		want     string
	}{
		{"  see the report now", 6, 16, "the report"},
		{"\x1b[1mbold\x1b[m link \x1b[4mhere\x1b[m.", 10, 14, "here"},
		{"漢字 links 漢字", 0, 4, "漢字"},
		{"cafe\u0301 au lait", 0, 4, "cafe\u0301"},
		{"short", 2, 40, "ort"},
	} {
		got := hyperlinkCells(c.row, c.from, c.to, open)
		if ansi.Strip(got) != ansi.Strip(c.row) {
			t.Errorf("%q: text changed: %q", c.row, ansi.Strip(got))
		}
		in := strings.SplitN(strings.SplitN(got, open, 2)[1], hyperlinkClose, 2)[0]
		if ansi.Strip(in) != c.want {
			t.Errorf("%q [%d,%d): linked %q, want %q", c.row, c.from, c.to, ansi.Strip(in), c.want)
		}
	}
}

// Whatever the address, the writer makes either no link or one whose
// address is the input, printable ASCII only, so nothing in it can end
// the sequence or start another; whatever the row, a link added to it
// changes neither its text nor its styling.
func FuzzHyperlinkWriter(f *testing.F) {
	for _, s := range []string{"https://example.org/a", "https://e.org/\x1b\\\x1b]52;c;x\x07", "http://a@b/", "https://e.org/\u009c", "javascript:x"} {
		f.Add(s, "  some \x1b[1mstyled\x1b[m text 漢字", 2, 9)
	}
	f.Fuzz(func(t *testing.T, url, row string, from, to int) {
		open := hyperlinkOpen(url)
		if open != "" {
			addr := strings.TrimSuffix(strings.TrimPrefix(open, "\x1b]8;;"), "\x1b\\")
			if addr != url || len(addr) > maxLinkURL {
				t.Fatalf("%q: wrote %q", url, open)
			}
			for i := 0; i < len(addr); i++ {
				if addr[i] <= 0x20 || addr[i] >= 0x7f {
					t.Fatalf("%q: byte %#x in the address", url, addr[i])
				}
			}
		} else {
			open = hyperlinkOpen("https://example.org/")
		}
		if !utf8.ValidString(row) {
			return
		}
		row = articles.TerminalSafe(row)
		got := hyperlinkCells(row, from, to, open)
		if back := strings.ReplaceAll(strings.ReplaceAll(got, open, ""), hyperlinkClose, ""); back != row {
			t.Fatalf("row %q [%d,%d): without the link %q", row, from, to, back)
		}
		if strings.Count(got, open) > 1 || strings.Count(got, open) != strings.Count(got, hyperlinkClose) {
			t.Fatalf("row %q [%d,%d): unbalanced link %q", row, from, to, got)
		}
	})
}

// Hyperlinks are on for the terminals known to show them, off elsewhere.
func TestHyperlinksSupported(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{"TERM": "xterm-kitty"}, true},
		{map[string]string{"TERM": "xterm-256color", "VTE_VERSION": "7600"}, true},
		{map[string]string{"TERM": "xterm-256color", "VTE_VERSION": "4800"}, false},
		{map[string]string{"TERM_PROGRAM": "iTerm.app"}, true},
		{map[string]string{"WT_SESSION": "x"}, true},
		{map[string]string{"TERM": "xterm-256color"}, false},
		{map[string]string{"TERM": "linux"}, false},
		{map[string]string{"TERM": "dumb", "KITTY_WINDOW_ID": "1"}, false},
		{map[string]string{"TERM": "tmux-256color", "TMUX": "/tmp/x", "TERM_PROGRAM": "tmux"}, false},
	} {
		if got := hyperlinksSupported(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: %v, want %v", c.env, got, c.want)
		}
	}
}
