package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// screenStyled is the pane with its styling, to see what is dimmed.
func (s *tmuxSession) screenStyled() string {
	out, _ := s.tmux("capture-pane", "-p", "-e", "-t", s.name)
	return out
}

// lineWith is the line of screen holding text.
func lineWith(screen, text string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	return ""
}

// TestFeedViewEndToEnd runs the binary on a loopback feed: the list with
// its counts, an item opened in the reader and esc back to the list; on a
// second run the item is dimmed as read, and the refresh was a
// conditional request answered 304.
func TestFeedViewEndToEnd(t *testing.T) {
	requireTmux(t)
	bin := buildBinary(t)
	ln := newLoopbackNews(t, 4)
	data, state := t.TempDir(), t.TempDir()
	env := []string{"XDG_DATA_HOME=" + data, "XDG_STATE_HOME=" + state}

	s := startTmux(t, 120, 30, env, bin, ln.URL+"/rss.xml")
	screen := s.waitFor("every item analysed", func(screen string) bool { return strings.Contains(screen, "4 items analysed") })
	if row := lineWith(screen, "Story 1"); !strings.Contains(row, "◌  1 ✕  1 ≈  1") || !strings.Contains(row, "33% unnamed") {
		t.Errorf("Story 1's row: %q\n%s", row, screen)
	}
	if row := lineWith(screen, "Story 2"); !strings.Contains(row, "file: address") {
		t.Errorf("the file: item's row: %q", row)
	}
	if row := lineWith(screen, "Story 3"); !strings.Contains(row, "HTTP 404") {
		t.Errorf("the missing item's row: %q", row)
	}
	// Newest first: Story 3, 2, 1, 0.
	s.keys("Down", "Down")
	s.waitFor("Story 1 selected", func(screen string) bool { return strings.HasPrefix(lineWith(screen, "Story 1"), "▸") })
	s.keys("Enter")
	s.waitFor("the item in the reader", func(screen string) bool {
		return strings.Contains(screen, "number 1 had stalled") && strings.Contains(screen, "Anonymous")
	})
	s.keys("n", "m")
	s.waitFor("the claim marked", func(screen string) bool { return strings.Contains(screen, "✓") })
	s.keys("Escape")
	s.waitFor("the list again, position kept", func(screen string) bool { return strings.HasPrefix(lineWith(screen, "Story 1"), "▸") })
	s.keys("q")
	s.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-0") })

	s = startTmux(t, 120, 30, env, bin, "--refresh-age", "0s", ln.URL+"/rss.xml")
	screen = s.waitFor("every item analysed again", func(screen string) bool { return strings.Contains(screen, "4 items analysed") })
	if !strings.Contains(screen, "unchanged") || !strings.Contains(screen, "304") {
		t.Errorf("the refresh should say the feed is unchanged:\n%s", screen)
	}
	styled := s.screenStyled()
	if read := lineWith(styled, "Story 1"); !strings.Contains(read, "\x1b[2m") {
		t.Errorf("the read item is not dimmed: %q", read)
	}
	if unread := lineWith(styled, "Story 0"); strings.Contains(unread, "\x1b[2m") {
		t.Errorf("an unread item is dimmed: %q", unread)
	}
	ln.mu.Lock()
	seen := append([]string(nil), ln.validated...)
	ln.mu.Unlock()
	if len(seen) != 2 || seen[0] != "" || seen[1] != `"rss-v1"` {
		t.Errorf("If-None-Match seen by the server: %q", seen)
	}
	// The marked claim is still there when the item is opened again.
	s.keys("Down", "Down", "Enter")
	s.waitFor("the item with its mark", func(screen string) bool {
		return strings.Contains(screen, "number 1 had stalled") && strings.Contains(screen, "✓")
	})
	s.keys("q")
	s.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-0") })

	// Offline: the server is gone, the cached copy is read and says so.
	ln.Close()
	s = startTmux(t, 120, 30, env, bin, "--refresh-age", "0s", ln.URL+"/rss.xml")
	s.waitFor("the cached copy, offline", func(screen string) bool {
		return strings.Contains(screen, "offline") && strings.Contains(screen, "Story 1")
	})
	s.keys("q")
	s.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-0") })
}

// TestHostileFeedEndToEnd: titles full of control sequences, items
// linking to file: and gopher: addresses and into a redirect loop, and a
// feed of 10,000 items: clear one-line errors in the rows, no escape
// acting on the terminal.
func TestHostileFeedEndToEnd(t *testing.T) {
	requireTmux(t)
	bin := buildBinary(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/hostile.json":
			w.Header().Set("Content-Type", "application/feed+json")
			fmt.Fprintf(w, `{"version":"https://jsonfeed.org/version/1.1","title":"Evil \u001b]2;PWNED-TITLE\u0007feed","items":[`+
				`{"id":"1","url":"file:///etc/passwd","title":"Local \u001b[2J\u001b[31mfile\u001b[0m"},`+
				`{"id":"2","url":"gopher://old.example/1","title":"Clip \u001b]52;c;UFdORUQtQ0xJUA==\u0007board"},`+
				`{"id":"3","url":"%s/loop","title":"Loop"}]}`, "http://"+r.Host)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/many.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			var b strings.Builder
			b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>`)
			for i := range 10000 {
				fmt.Fprintf(&b, `<item><title>Many %d</title><guid>m%d</guid><description>Short.</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p&gt;Item %d, officials said.&lt;/p&gt;</content:encoded></item>`, i, i, i)
			}
			b.WriteString("</channel></rss>")
			w.Write([]byte(b.String()))
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	env := []string{"XDG_DATA_HOME=" + dir, "XDG_STATE_HOME=" + dir}

	s := startTmux(t, 160, 20, env, bin, srv.URL+"/hostile.json")
	screen := s.waitFor("every item tried", func(screen string) bool { return strings.Contains(screen, "3 could not be read") })
	for title, want := range map[string]string{"Local": "file: address", "Clip": "gopher: address", "Loop": "redirect loop"} {
		if row := lineWith(screen, title); !strings.Contains(row, want) {
			t.Errorf("%s's row should say %q: %q", title, want, row)
		}
	}
	if !strings.Contains(screen, "␛") {
		t.Errorf("escapes should be shown as ␛:\n%s", screen)
	}
	if title, _ := s.tmux("display-message", "-p", "-t", s.name, "#{pane_title}"); strings.Contains(title, "PWNED") {
		t.Errorf("the feed set the window title: %q", title)
	}
	if buf, _ := s.tmux("show-buffer"); strings.Contains(buf, "PWNED") {
		t.Errorf("the feed wrote the clipboard: %q", buf)
	}
	s.keys("q")
	s.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-0") })

	s = startTmux(t, 120, 20, env, bin, srv.URL+"/many.xml")
	s.waitFor("the capped list", func(screen string) bool {
		return strings.Contains(screen, "showing the first 1000 of 10000 items") && strings.Contains(screen, "1000 items")
	})
	s.keys("q")
	s.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-0") })
}

// TestUnreadableFeedEndsTheView: on a terminal, a feed that cannot be
// read at all ends the view at once with its one-line error.
func TestUnreadableFeedEndsTheView(t *testing.T) {
	requireTmux(t)
	bin := buildBinary(t)
	ln := newLoopbackNews(t, 40)
	dir := t.TempDir()
	big := writeFile(t, dir, "big.xml", ln.rss(40))
	s := startTmux(t, 100, 20, []string{"XDG_DATA_HOME=" + dir, "XDG_STATE_HOME=" + dir}, bin, "--max-size", "2KB", big)
	screen := s.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-1") })
	if !strings.Contains(screen, "caveat: "+big+": too large") {
		t.Errorf("no one-line error:\n%s", screen)
	}
}
