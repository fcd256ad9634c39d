package main

import (
	"bytes"
	"testing"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/report"
	"github.com/caveat-reader/caveat/ui"
)

// FuzzFrameHoldsNoControl: any bytes, loaded as text, markdown or HTML
// the way the command loads them, analysed, and drawn as the reader's
// styled frame at any size and as piped output: past caveat's own SGR
// styling, neither holds a C0 control but newline and tab, DEL, a C1
// control, a bidi control or a byte that is not UTF-8.
func FuzzFrameHoldsNoControl(f *testing.F) {
	names := []string{"fuzz.txt", "fuzz.md", "fuzz.html"}
	for _, c := range payloadClasses {
		f.Add([]byte(markdownFixture(c.payload)), uint8(1), uint8(100), uint8(30))
		f.Add([]byte(htmlFixture(c.payload, c.htmlCharset)), uint8(2), uint8(60), uint8(20))
	}
	f.Add([]byte("[x](http://a/&#7;) ![&#x9d;](&#x9b;) `&#27;` <http://&#x85;>\n\n[r]: &#x90; \"&#x9c;\"\n"), uint8(1), uint8(90), uint8(14))
	f.Add([]byte("<title>&#x9d;</title><p>A source said &#x9b;2J &amp;#x9d; may.</p>"), uint8(2), uint8(120), uint8(40))
	f.Fuzz(func(t *testing.T, data []byte, format, w, h uint8) {
		art, err := articles.FromBytes(names[int(format)%len(names)], data, "")
		if err != nil {
			return // refused in one line: nothing is drawn
		}
		d := &reading.Doc{Article: art, Analysis: model.Analyze(art.Text)}
		frame := ui.Frame(d, int(w)+1, int(h)+1, ui.Options{})
		if i, r := firstUnsafe(ownStyling.ReplaceAllString(frame, "")); i >= 0 {
			t.Fatalf("the frame holds %U at byte %d", r, i)
		}
		var plain bytes.Buffer
		if err := report.WritePlain(&plain, *d, int(w)); err != nil {
			t.Fatal(err)
		}
		if i, r := firstUnsafe(plain.String()); i >= 0 {
			t.Fatalf("piped output holds %U at byte %d", r, i)
		}
	})
}
