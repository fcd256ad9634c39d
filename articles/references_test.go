package articles

import "testing"

func TestVisibleMarkdownResolvesReferencesFirst(t *testing.T) {
	cases := []struct{ in, want string }{
		{"osc &#x9d;0;x&#x9c;", "osc ⟨U+009D⟩0;x&#x9c;"}, // &#x9c; is œ, as in a browser
		{"esc &#27;]0;x&#7;", "esc ␛]0;x␇"},
		{"dec &#157; hex &#X9D; padded &#x0000009d;", "dec ⟨U+009D⟩ hex ⟨U+009D⟩ padded ⟨U+009D⟩"},
		{"bidi &#x202e;x &lrm; &rlm;", "bidi ⟨U+202E⟩x ⟨U+200E⟩ ⟨U+200F⟩"},
		{"soft&shy;hyphen a&zwj;b", "softhyphen ab"},
		{"del &#127; nul &#0;", "del ␡ nul &#0;"},        // &#0; renders as U+FFFD
		{"tab &Tab; nl &NewLine;", "tab   nl &NewLine;"}, // a newline is kept by Visible
		{"kept &amp; &lt;b&gt; &eacute; &#233; &#x1F600;", "kept &amp; &lt;b&gt; &eacute; &#233; &#x1F600;"},
		{"not refs & &#; &#x; &nosuch; &#12345678; &amp", "not refs & &#; &#x; &nosuch; &#12345678; &amp"},
		{"raw \u009d and \x1b[2J", "raw ⟨U+009D⟩ and ␛[2J"},
	}
	for _, c := range cases {
		if got := VisibleMarkdown(c.in); got != c.want {
			t.Errorf("VisibleMarkdown(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
