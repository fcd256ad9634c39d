package articles

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// wordSamples mix scripts, apostrophes, white space of every kind and
// broken UTF-8, where the word counters could part from their splitters.
var wordSamples = []string{
	"",
	"   \t\n ",
	"Don't miss OUR  newsletter!",
	"rock’n’roll '90s ''quoted'' it's' end'",
	"Ünïcode ÉTÉ straße İstanbul ΣΟΦΊΑ",
	"서울\u00a0시청\u2003앞 – 12:30",
	"a\u0085b\u3000c\vd\fe\rf",
	"bad \xff\xfe bytes\xc3 here",
	"x-ray e.g. 3.5% 100,000",
}

func TestTextWords(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Don't miss OUR newsletter!", []string{"don't", "miss", "our", "newsletter"}},
		{"rock’n’roll it's' ''x", []string{"rock'n'roll", "it's", "x"}},
		{"ÉTÉ à Straße, 2026", []string{"été", "à", "straße", "2026"}},
		{"  ... ", nil},
	}
	for _, c := range cases {
		if got := textWords(c.text); !slices.Equal(got, c.want) {
			t.Errorf("textWords(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestWordCountersMatchSplitters(t *testing.T) {
	for _, s := range wordSamples {
		if got, want := countTextWords(s), len(textWords(s)); got != want {
			t.Errorf("countTextWords(%q) = %d, textWords gives %d", s, got, want)
		}
		for limit := range 4 {
			if got, want := countTextWordsTo(s, limit), min(limit, len(textWords(s))); got != want {
				t.Errorf("countTextWordsTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, strings.Fields gives %d", s, got, want)
		}
	}
}

func TestInnerCountMatchesInnerText(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div>Sign<b>up</b> for <a href="/x">our&nbsp;daily</a>
		letter, don’t<i>miss</i> it <p>  Ünïcode   ÉTÉ</p><script>var x = 1</script></div>`))
	if err != nil {
		t.Fatal(err)
	}
	text := innerText(doc)
	if got, want := innerCount(doc, wordCount), wordCount(text); got != want || want != 15 {
		t.Errorf("innerCount(wordCount) = %d, wordCount(innerText) = %d, want 14", got, want)
	}
	if got, want := innerCount(doc, countTextWords), len(textWords(text)); got != want || want != 14 {
		t.Errorf("innerCount(countTextWords) = %d, textWords(innerText) has %d, want 17", got, want)
	}
	for limit := range 20 {
		if got, want := innerCountTo(doc, countTextWordsTo, limit), min(limit, 14); got != want {
			t.Errorf("innerCountTo(countTextWordsTo, %d) = %d, want %d", limit, got, want)
		}
	}
}

// linkShare measures the linked text as if it were joined and trimmed.
func TestLinkShareTrimsJoinedLinks(t *testing.T) {
	doc, err := html.Parse(strings.NewReader("<div>Read <a> \n </a><a>  more\u00a0here </a> and <a>x </a><a>  </a> now</div>"))
	if err != nil {
		t.Fatal(err)
	}
	div := doc.FirstChild.LastChild.FirstChild // html > body > div
	text, share := linkShare(div)
	wantText := "Read  \n   more\u00a0here  and x    now"
	wantLinked := len("more\u00a0here x")
	if text != wantText || share != float64(wantLinked)/float64(len(wantText)) {
		t.Errorf("linkShare = %q, %v; want %q, %d/%d", text, share, wantText, wantLinked, len(wantText))
	}
	if _, share := linkShare(doc); share != float64(wantLinked)/float64(len(wantText)) {
		t.Errorf("linkShare(document) = %v", share)
	}
}
