package ui

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/report"

	"github.com/caveat-reader/caveat/cells"
)

// styling matches the escape sequences the reader itself writes: SGR
// colours and emphasis. Anything else with an ESC came from the article.
var styling = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// FuzzRender: any text, loaded as the command loads it and analysed, is
// drawn by the reader at any size and by the plain renderer without a
// panic; the reader's frame holds no escape but its own styling, and the
// plain output holds none at all.
func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"A source said the plan may fail.\n\nThe ministry denied the report.\n",
		"Title \x1b]0;PWNED\x07\n\nIt \x1b]52;c;UFdORUQ=\x07 may \x1b[2J\x1b[31mrise\x1b[0m. See \x1b]8;;http://x/\x1b\\link\x1b]8;;\x1b\\.\n",
		"C0 \x01\x07\x08\x0b\x0c\x1f DEL \x7f C1 \u0080\u009b2J\u009d0;x\u009c bidi \u202eevil\u202c \u2066iso\u2069 may.\n",
		"A source said \xff\xfe the \xc3( plan \xe2\x82 may fail.\n",
		strings.Repeat("> ", 30) + "A source said it may.\n",
		"- a\n  - b\n    - c may\n      - d said officials\n",
		strings.Repeat("P may.\n\n", 40),
		strings.Repeat("word ", 400),
		"# Head\n\n| a | b |\n|---|---|\n| officials said | may |\n\n```\ncode \x1b[31m\n```\n",
		"\u2060\u2063\u2061\u2062\u2064\ufeff sentinel runes a source said may\n",
		"",
	} {
		f.Add(s, true, uint8(80), uint8(24))
		f.Add(s, false, uint8(1), uint8(1))
	}
	f.Fuzz(func(t *testing.T, text string, markdown bool, w, h uint8) {
		name := "fuzz.txt"
		if markdown {
			name = "fuzz.md"
		}
		art, err := articles.FromBytes(name, []byte(text), "")
		if err != nil {
			return // refused with an error: nothing to draw
		}
		d := &reading.Doc{Article: art, Analysis: model.Analyze(art.Text)}

		var plain bytes.Buffer
		if err := report.WritePlain(&plain, *d, int(w)); err != nil {
			t.Fatal(err)
		}
		if i := bytes.IndexByte(plain.Bytes(), 0x1b); i >= 0 {
			t.Fatalf("ESC in plain output at %d: %q", i, plain.Bytes()[max(0, i-20):min(plain.Len(), i+20)])
		}

		m := NewModel(context.Background(), []Input{{Name: name}}, Options{})
		next, _ := m.Update(loadedMsg{index: 0, doc: d})
		for _, size := range [][2]int{{int(w), int(h)}, {0, 0}, {1, 1}, {80, 24}, {int(w) + 40, int(h) + 12}} {
			next, _ = next.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			frame := next.View().Content
			if rest := styling.ReplaceAllString(frame, ""); strings.ContainsRune(rest, 0x1b) {
				t.Fatalf("an escape from the article reached the frame at %dx%d: %q", size[0], size[1], rest)
			}
			for _, line := range strings.Split(frame, "\n") {
				if size[0] > 0 && cells.StringWidth(line) > size[0] {
					t.Fatalf("a line of %d cells in a %d-cell terminal: %q", cells.StringWidth(line), size[0], ansi.Strip(line))
				}
			}
		}
	})
}
