package articles

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// TestShownTextMeasuresTheSameEitherWay: whatever a terminal answered to
// the grapheme-cluster query, shown text is as wide per code point as per
// cluster, for every single code point and for the sequences on which
// the two methods (and tmux 3.3) disagree.
func TestShownTextMeasuresTheSameEitherWay(t *testing.T) {
	// The two width tables disagree on nine spacing marks, and on code
	// points newer than Go's Unicode tables (unassigned here, so no
	// policy can name them): left as they are, listed so that a change
	// of either table shows up here.
	known := func(r rune) bool {
		return r == 0x0CF3 || (r >= 0x1D165 && r <= 0x1D166) || (r >= 0x1D16D && r <= 0x1D172)
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF || known(r) || !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.Cc, unicode.Cf, unicode.Co) {
			continue
		}
		v := Visible(string(r))
		if g, w := ansi.StringWidth(v), ansi.StringWidthWc(v); g != w {
			t.Errorf("%U shows as %q: %d cells by cluster, %d by code point", r, v, g, w)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"soft\u00adhyphen", "softhyphen"},
		{"a\u200db", "ab"},
		{"\U0001F468\u200d\U0001F469\u200d\U0001F467", "\U0001F468\U0001F469\U0001F467"},
		{"\u2764\ufe0f", "\u2764"},
		{"\U0001F44D\U0001F3FD", "\U0001F44D"},
		{"1\ufe0f\u20e3", "1\u20e3"},
		{"\U0001F1FA\U0001F1F8 flag", "\U0001F1FA\U0001F1F8 flag"},
		{"\U0001F1FA\U0001F1F8\U0001F1E6 odd", "\U0001F1FA\U0001F1F8 odd"},
		{"tag\U000E0041\U000E007F", "tag"},
	} {
		got := Visible(c.in)
		if got != c.want {
			t.Errorf("Visible(%q) = %q, want %q", c.in, got, c.want)
		}
		if g, w := ansi.StringWidth(got), ansi.StringWidthWc(got); g != w {
			t.Errorf("%q: %d cells by cluster, %d by code point", got, g, w)
		}
	}
}

// TestExtractedTextLosesInvisibleBreaks: soft hyphens and joiners inside
// words of a page would hide "denied" from the detector.
func TestExtractedTextLosesInvisibleBreaks(t *testing.T) {
	page := "<html><body><article><h1>T</h1><p>The ministry de\u00adnied the re\u00adport, and offi\u200dcials said so. " +
		"A family \U0001F468\u200d\U0001F469\u200d\U0001F467 stays one.</p><p>More text about the talks, which went on.</p></article></body></html>"
	a, err := FromBytes("page.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"denied the report", "officials said", "\U0001F468\u200d\U0001F469"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("extracted text %q lacks %q", a.Text, want)
		}
	}
}
