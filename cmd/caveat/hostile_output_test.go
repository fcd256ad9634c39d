package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/store"
	"github.com/caveat-reader/caveat/ui"
)

// ownStyling matches the only escape sequences caveat itself writes into
// a frame: SGR colours and emphasis.
var ownStyling = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// printingCommands are every command that prints article text, as run
// on a fixture (the path is appended) with the data directory given.
func printingCommands(dataDir string) map[string][]string {
	d := "--data-dir=" + dataDir
	return map[string][]string{
		"piped reader":         {"--no-save"},
		"piped reader narrow":  {"--no-save", "--width", "24"},
		"frame 100x40":         {"--frame", "100x40"},
		"frame 60x20":          {"--frame", "60x20"},
		"analyze text":         {"analyze", "--format", "text"},
		"analyze json":         {"analyze", "--format", "json", "--include-text"},
		"extract markdown":     {"extract", "--format", "markdown"},
		"extract text":         {"extract", "--format", "text"},
		"export markdown":      {"export", d, "--format", "markdown"},
		"export json":          {"export", d, "--format", "json"},
		"export annotations":   {"export", d, "--format", "annotations"},
		"history after visits": {"history", d},
	}
}

// TestNoControlReachesAnyOutput is issue 17's check: every payload class
// in every construct, through every printing command, and nothing on
// standard output or standard error that a terminal could obey.
func TestNoControlReachesAnyOutput(t *testing.T) {
	dir := t.TempDir()
	data := t.TempDir()
	fixtures := writeHostileFixtures(t, dir)
	recordVisits(t, data, fixtures)
	for name, args := range printingCommands(data) {
		for _, f := range fixtures {
			t.Run(f.class+"/"+f.format+"/"+name, func(t *testing.T) {
				a := append([]string{}, args...)
				if name == "history after visits" {
					a = append(a, "--format", "text")
				} else {
					a = append(a, f.path)
				}
				_, out, errOut := runHostile(t, "", a...)
				assertTerminalSafe(t, "stdout", out)
				assertTerminalSafe(t, "stderr", errOut)
			})
		}
	}
	t.Run("history json", func(t *testing.T) {
		_, out, errOut := runHostile(t, "", "history", "--data-dir", data, "--format", "json")
		assertTerminalSafe(t, "stdout", out)
		assertTerminalSafe(t, "stderr", errOut)
	})
}

// TestStyledFrameHoldsOnlyItsOwnStyling draws the styled frame, as the
// reader and `--frame` on a terminal write it, of every fixture at
// several sizes: past SGR styling, no escape and no control.
func TestStyledFrameHoldsOnlyItsOwnStyling(t *testing.T) {
	for _, f := range writeHostileFixtures(t, t.TempDir()) {
		d, err := loadDoc(context.Background(), f.path, articles.Options{})
		if err != nil {
			t.Fatalf("%s: %v", f.path, err)
		}
		for _, size := range [][2]int{{120, 40}, {80, 24}, {60, 20}, {200, 60}} {
			frame := ui.Frame(d, size[0], size[1], ui.Options{})
			assertTerminalSafe(t, f.class+"/"+f.format+" frame", ownStyling.ReplaceAllString(frame, ""))
		}
	}
}

// recordVisits puts every fixture in the history of the data directory,
// as the reader does when it opens one.
func recordVisits(t *testing.T, data string, fixtures []hostileFixture) {
	t.Helper()
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, f := range fixtures {
		d, err := loadDoc(context.Background(), f.path, articles.Options{})
		if err != nil {
			t.Fatalf("%s: %v", f.path, err)
		}
		if err := st.Visit(record(d)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestReaderInTmuxWritesNoArticleControl opens each markdown and HTML
// fixture in the real reader under tmux, with everything the program
// writes to the pane recorded (pipe-pane): the stream may hold the
// reader's own control sequences, but no C1 control, bidi control or
// PWNED payload reaches it, nothing sets the title or the clipboard, and
// the screen holds no escape but styling.
func TestReaderInTmuxWritesNoArticleControl(t *testing.T) {
	bin := buildBinary(t)
	env := []string{"XDG_DATA_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir(), "CAVEAT_TEST_PANIC="}
	for _, f := range writeHostileFixtures(t, t.TempDir()) {
		if f.format == "txt" {
			continue // the text path is the piped and frame paths' already; keep the run short
		}
		t.Run(f.class+"/"+f.format, func(t *testing.T) {
			h, record := startHostileRecorded(t, env, bin, f.path)
			h.waitFor("the first frame", func(s string) bool { return strings.Contains(s, "quit") || strings.Contains(s, "caveat-exited-") })
			for _, k := range []string{"n", "n", "s", "Escape", "c", "Escape", "?", "?"} {
				h.keys(k)
			}
			h.keys("q")
			h.waitFor("caveat to exit", func(s string) bool { return strings.Contains(s, "caveat-exited-") })
			checkNotInjected(t, h)
			assertTerminalSafe(t, "screen", sgrOnly.ReplaceAllString(h.rawScreen(), ""))
			stream := record()
			if strings.Contains(stream, "PWNED") && !strings.Contains(stream, "PWNED-TITLE") {
				t.Errorf("a payload reached the pane outside visible text")
			}
			checkStream(t, stream)
		})
	}
}

// checkStream: what the program wrote to the pane holds no C1 control in
// any encoding, no bidi control, and no OSC but the reader's own (no
// hyperlink: glamour's carry article URLs).
func checkStream(t *testing.T, stream string) {
	t.Helper()
	for i := 0; i < len(stream); {
		i0 := i
		r, size := decodeStream(stream[i:])
		i += size
		if (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c {
			t.Fatalf("the pane received %U at byte %d: %q", r, i0, stream[max(0, i0-40):min(len(stream), i0+40)])
		}
	}
	for _, osc := range regexp.MustCompile(`\x1b\][^\x07\x1b]*`).FindAllString(stream, -1) {
		// Bubble Tea's own: the window title set and reset, the
		// background colour query.
		if osc != "\x1b]2;caveat" && osc != "\x1b]2;" && osc != "\x1b]11;?" {
			t.Errorf("an OSC other than the reader's title reached the pane: %q", osc)
		}
	}
}

// startHostileRecorded is startHostile with every byte the command writes
// to the pane recorded; record returns them so far.
func startHostileRecorded(t *testing.T, env []string, command ...string) (h *hostileTerm, record func() string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "pane")
	h = startHostileWith(t, func(h *hostileTerm) {
		if out, err := h.tmuxIn("pipe-pane", "-o", "-t", h.name, "cat >> "+file); err != nil {
			t.Fatalf("tmux pipe-pane: %v\n%s", err, out)
		}
	}, env, command...)
	return h, func() string {
		b, _ := os.ReadFile(file)
		return string(b)
	}
}

// decodeStream decodes one rune of a byte stream; a byte that is not
// UTF-8 comes back as itself (0x9D alone is a C1 control to a terminal).
func decodeStream(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size == 1 {
		return rune(s[0]), 1
	}
	return r, size
}
