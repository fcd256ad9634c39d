package main

import (
	"strings"
	"testing"
)

// TestReaderEndToEnd runs the real binary in tmux at 120x40 on the bundled
// sample: the first frame shows article text and notes, `n` opens the next
// claim's note, `q` quits with status 0.
func TestReaderEndToEnd(t *testing.T) {
	requireTmux(t)
	bin := buildBinary(t)
	s := startTmux(t, 120, 40, []string{"XDG_DATA_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir()}, bin)

	first := s.waitFor("the first frame", func(screen string) bool {
		return strings.Contains(screen, "Russian officials, speaking on the basis") && strings.Contains(screen, "Anonymous")
	})
	if strings.Contains(first, "┃") {
		t.Fatalf("no claim should be open before a key is pressed:\n%s", first)
	}

	s.keys("n")
	opened := s.waitFor("the first claim's note to open", func(screen string) bool {
		return strings.Contains(screen, "┃")
	})
	s.keys("n")
	s.waitFor("the selection to move to the next claim", func(screen string) bool {
		return screen != opened && strings.Contains(screen, "┃")
	})

	s.keys("q")
	s.waitFor("caveat to exit", func(screen string) bool {
		return strings.Contains(screen, "caveat-exited-0")
	})
}

// TestReaderNeverShowsArticleEscapes opens an article full of terminal
// escapes: none of them may act on the terminal, and its title stays.
func TestReaderNeverShowsArticleEscapes(t *testing.T) {
	requireTmux(t)
	bin := buildBinary(t)
	dir := t.TempDir()
	story := writeFile(t, dir, "story.txt", "Headline here\n\nA source said \x1b]2;PWNED-TITLE\x07 the plan \x1b[2J\x1b[31mfailed\x1b[0m. "+
		"It \x1b]52;c;UFdORUQtQ0xJUA==\x07 may rise.\n")
	s := startTmux(t, 100, 30, []string{"XDG_DATA_HOME=" + dir, "XDG_STATE_HOME=" + dir}, bin, story)
	screen := s.waitFor("the article", func(screen string) bool { return strings.Contains(screen, "Headline here") })
	if !strings.Contains(screen, "␛") {
		t.Errorf("ESC should be shown as a visible symbol:\n%s", screen)
	}
	if title, _ := s.tmux("display-message", "-p", "-t", s.name, "#{pane_title}"); strings.Contains(title, "PWNED") {
		t.Errorf("the article set the window title: %q", title)
	}
	if buf, _ := s.tmux("show-buffer"); strings.Contains(buf, "PWNED") {
		t.Errorf("the article wrote the clipboard: %q", buf)
	}
	s.keys("q")
	s.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-0") })
}

// TestReaderRemembersMarksAndPosition marks a claim and scrolls, quits,
// and opens the same article again with the same data directory: the mark
// and the reading position are back.
func TestReaderRemembersMarksAndPosition(t *testing.T) {
	requireTmux(t)
	bin := buildBinary(t)
	data, state := t.TempDir(), t.TempDir()
	env := []string{"XDG_DATA_HOME=" + data, "XDG_STATE_HOME=" + state}

	s := startTmux(t, 120, 40, env, bin)
	s.waitFor("the first frame", func(screen string) bool { return strings.Contains(screen, "Russian officials, speaking") })
	s.keys("n", "m")
	s.waitFor("the claim to be marked checked", func(screen string) bool { return strings.Contains(screen, "✓") })
	s.keys("G")
	s.waitFor("the end of the article", func(screen string) bool {
		return strings.Contains(screen, "To suggest a correction") && !strings.Contains(screen, "Russian officials, speaking")
	})
	s.keys("q")
	s.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-0") })

	again := startTmux(t, 120, 40, env, bin)
	again.waitFor("the saved position", func(screen string) bool {
		return strings.Contains(screen, "To suggest a correction") && !strings.Contains(screen, "Russian officials, speaking")
	})
	again.keys("g")
	again.waitFor("the saved mark", func(screen string) bool {
		return strings.Contains(screen, "Russian officials, speaking") && strings.Contains(screen, "✓")
	})
	again.keys("q")
	again.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-0") })

	// A private session neither reads nor writes what was saved.
	private := startTmux(t, 120, 40, env, bin, "--no-save")
	screen := private.waitFor("the first frame", func(screen string) bool { return strings.Contains(screen, "Russian officials, speaking") })
	if strings.Contains(screen, "✓") {
		t.Errorf("--no-save showed a saved mark:\n%s", screen)
	}
	private.keys("q")
	private.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-0") })
}

// TestDumbTerminalGetsPlainText: with TERM=dumb caveat prints the
// annotated plain text (markers, no cursor movement, no styles) and exits.
func TestDumbTerminalGetsPlainText(t *testing.T) {
	requireTmux(t)
	bin := buildBinary(t)
	dir := t.TempDir()
	// tmux sets TERM in its panes after -e: env sets it for caveat alone.
	s := startTmux(t, 100, 40, []string{"XDG_DATA_HOME=" + dir, "XDG_STATE_HOME=" + dir}, "env", "TERM=dumb", bin)
	screen := s.waitFor("caveat to print and exit", func(screen string) bool {
		return strings.Contains(screen, "caveat-exited-")
	})
	if !strings.Contains(screen, "caveat-exited-0") || !strings.Contains(screen, "[A") {
		t.Errorf("TERM=dumb: want the plain text with markers and status 0:\n%s", screen)
	}
	if strings.Contains(screen, "│") || strings.Contains(screen, "? help") {
		t.Errorf("TERM=dumb opened the reader:\n%s", screen)
	}
}
