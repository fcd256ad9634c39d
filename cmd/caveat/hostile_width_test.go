package main

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/ui"
)

// drawnWidth is how many cells a terminal that has not confirmed
// grapheme clustering draws s in: per code point (wcwidth), escapes
// ignored, U+00AD as 1 cell as glibc's wcwidth and tmux 3.3 draw it
// (go-runewidth says 0).
func drawnWidth(s string) int {
	s = ansi.Strip(s)
	w := 0
	for _, r := range s {
		if r == 0x00AD {
			w++
			continue
		}
		w += ansi.StringWidthWc(string(r))
	}
	return w
}

// cellAt is the character drawn at cell column col of s, or "".
func cellAt(s string, col int) string {
	s = ansi.Strip(s)
	c := 0
	for i, r := range s {
		if c == col {
			_, size := utf8.DecodeRuneInString(s[i:])
			return s[i : i+size]
		}
		c += drawnWidth(string(r))
		if c > col {
			return ""
		}
	}
	return ""
}

// widthArticle is news text full of the characters terminals and width
// tables disagree on: soft hyphens (common in news HTML), joiners
// between letters, emoji ZWJ sequences, flags, variation selectors,
// skin tones, keycaps, wide CJK.
func widthArticle() string {
	rich := "The min\u00adis\u00adtry de\u00adnied the re\u00adport, a\u200db official said " +
		"\U0001F468\u200d\U0001F469\u200d\U0001F467\U0001F468\u200d\U0001F469\u200d\U0001F467 \U0001F1FA\U0001F1F8\U0001F1EC\U0001F1E7 " +
		"\u2764\ufe0f\u2764\ufe0f \U0001F44D\U0001F3FD\U0001F44D\U0001F3FD 1\ufe0f\u20e3 \u65b0\u805e\u5831\u9053 and talks may resume. " +
		// Clusters drawn wider than they are counted by cluster:
		// Devanagari conjuncts, Thai sara am.
		"\u0915\u094d\u0937\u0915\u094d\u0937\u0915\u094d\u0937 \u0928\u092e\u0938\u094d\u0924\u0947 \u0e01\u0e33\u0e01\u0e33\u0e01\u0e33 "
	var b strings.Builder
	b.WriteString("# Head\u00adline \U0001F468\u200d\U0001F469\u200d\U0001F467 \u2764\ufe0f\n\n")
	for i := range 12 {
		b.WriteString(strings.Repeat(rich, 1+i%3) + "\n\n")
		if i%4 == 1 {
			b.WriteString("- A source said \U0001F44D\U0001F3FD it may fail\u00ad\u00ad\u00ad\u00ad\u00ad\u00ad\n- second\n\n")
		}
	}
	return b.String()
}

// TestFramesMeasureAsTerminalsDraw draws the reader's frame of text
// rich in those characters at several sizes: every line is exactly the
// terminal's width as a per-code-point terminal draws it, and in the
// wide layout the margin rule stands in one column on every row of the
// body.
func TestFramesMeasureAsTerminalsDraw(t *testing.T) {
	for _, ext := range []string{"md", "txt", "html"} {
		text := widthArticle()
		if ext == "html" {
			text = "<html><head><title>W\u00adidth \U0001F1FA\U0001F1F8</title></head><body><article><h1>Width</h1><p>" +
				strings.ReplaceAll(text, "\n\n", "</p><p>") + "</p></article></body></html>"
		}
		art, err := articles.FromBytes("width."+ext, []byte(text), "")
		if err != nil {
			t.Fatal(err)
		}
		d, err := loadDoc(context.Background(), writeFile(t, t.TempDir(), "width."+ext, text), articles.Options{})
		if err != nil || d.Article.Text != art.Text {
			t.Fatalf("load: %v", err)
		}
		for _, size := range [][2]int{{40, 12}, {60, 20}, {89, 24}, {90, 24}, {100, 30}, {120, 40}, {157, 50}, {200, 60}} {
			w, h := size[0], size[1]
			frame := ui.Frame(d, w, h, ui.Options{})
			rows := strings.Split(frame, "\n")
			if len(rows) != h {
				t.Fatalf("%s %dx%d: %d rows", ext, w, h, len(rows))
			}
			for i, row := range rows {
				if got := drawnWidth(row); got != w {
					t.Errorf("%s %dx%d: row %d is %d cells as drawn: %q", ext, w, h, i, got, ansi.Strip(row))
				}
			}
			if w < 90 {
				continue // the notes are a strip below the text: no margin rule
			}
			rule := strings.Index(ansi.Strip(rows[1]), "│")
			if rule < 0 {
				t.Fatalf("%s %dx%d: no margin rule on the first body row: %q", ext, w, h, ansi.Strip(rows[1]))
			}
			col := drawnWidth(ansi.Strip(rows[1])[:rule])
			for i := 1; i < h-2; i++ {
				if c := cellAt(rows[i], col); c != "│" {
					t.Errorf("%s %dx%d: row %d has %q, not the margin rule, at column %d: %q", ext, w, h, i, c, col, ansi.Strip(rows[i]))
				}
				// Wrapped, never cut: the text holds no ellipsis.
				if text := ansi.Strip(rows[i]); strings.Contains(text[:max(0, strings.Index(text, "│"))], "…") {
					t.Errorf("%s %dx%d: row %d of the text was cut: %q", ext, w, h, i, text)
				}
			}
		}
	}
}

// TestTmuxDrawsTheMarginRuleInOneColumn opens the same text in the real
// reader under tmux 3.3 (which does not answer the grapheme-cluster
// query, draws soft hyphens as a cell and fuses emoji ZWJ sequences) at
// two widths: on the screen tmux drew, the margin rule stands in one
// column on every row of the body.
func TestTmuxDrawsTheMarginRuleInOneColumn(t *testing.T) {
	bin := buildBinary(t)
	path := writeFile(t, t.TempDir(), "width.md", widthArticle())
	for _, w := range []int{100, 150} {
		s := startTmux(t, w, 30, []string{"XDG_DATA_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir()}, bin, "--no-save", path)
		screen := s.waitFor("the article", func(sc string) bool {
			return strings.Contains(sc, "quit") && strings.Contains(sc, "│") && !strings.Contains(sc, "loading")
		})
		rows := strings.Split(screen, "\n")
		col := -1
		for i := 1; i < 27 && i < len(rows); i++ {
			at := strings.Index(rows[i], "│")
			if at < 0 {
				t.Fatalf("%d columns: row %d has no margin rule:\n%s", w, i, screen)
			}
			// tmux's cells for what is left in shown text are wcwidth's.
			c := drawnWidth(rows[i][:at])
			if col < 0 {
				col = c
			}
			if c != col {
				t.Errorf("%d columns: row %d has the rule at column %d, row 1 at %d:\n%s", w, i, c, col, screen)
			}
		}
		s.keys("q")
	}
}
