package articles

import (
	"strings"
	"testing"
)

func TestVisibleShowsControlsAsSymbols(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text\nsecond line", "plain text\nsecond line"},
		{"red \x1b[31mtext", "red ␛[31mtext"},
		{"title \x1b]0;owned\x07", "title ␛]0;owned␇"},
		{"nul\x00 del\x7f", "nul␀ del␡"},
		{"c1 \u009b2J", "c1 ⟨U+009B⟩2J"},
		{"bidi \u202eevil", "bidi ⟨U+202E⟩evil"},
		{"tab\there", "tab here"},
		{"crlf\r\nend", "crlf\nend"},
		{"joiner\u2060gone", "joinergone"},
		{"bad \xff byte", "bad \ufffd byte"},
	}
	for _, c := range cases {
		if got := Visible(c.in); got != c.want {
			t.Errorf("Visible(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestVisibleLineIsOneLineWithoutControls(t *testing.T) {
	got := VisibleLine("a\x1b[2J.txt\n  caveat: forged\tline ")
	if want := "a␛[2J.txt caveat: forged line"; got != want {
		t.Errorf("VisibleLine = %q, want %q", got, want)
	}
	for _, in := range []string{"\x1b]52;c;aGk=\x07", "x\ny\rz", "\u0085\u2028"} {
		got := VisibleLine(in)
		if strings.ContainsAny(got, "\n\r\x1b\x07") || strings.ContainsRune(got, 0x85) {
			t.Errorf("VisibleLine(%q) = %q: holds a control or a line break", in, got)
		}
	}
}

func TestOutletIsTheURLsDomain(t *testing.T) {
	for url, want := range map[string]string{
		"https://www.Example.ORG/news/a?b=c": "example.org",
		"http://news.example.co.uk:8080/x":   "news.example.co.uk",
		"":                                   "",
		"not a url":                          "",
	} {
		if got := (&Article{URL: url}).Outlet(); got != want {
			t.Errorf("Outlet of %q = %q, want %q", url, got, want)
		}
	}
}
