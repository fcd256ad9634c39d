package articles

import "testing"

func TestLinksOfMarkdown(t *testing.T) {
	md := "A [report](https://example.org/r) said *[more](http://x.test/m)* here.\n\n" +
		"Not [this](javascript:alert(1)) nor [that](file:///etc/passwd); <https://auto.test/a> is.\n"
	got := Links(md)
	if len(got) != 3 {
		t.Fatalf("links: %+v", got)
	}
	for i, want := range []struct{ text, url, at string }{
		{"report", "https://example.org/r", "report]"},
		{"more", "http://x.test/m", "more]"},
		{"https://auto.test/a", "https://auto.test/a", "https://auto.test/a>"},
	} {
		l := got[i]
		if l.Text != want.text || l.URL != want.url || md[l.Offset:l.Offset+len(want.at)] != want.at {
			t.Errorf("link %d: %+v, want %v", i, l, want)
		}
	}
}
