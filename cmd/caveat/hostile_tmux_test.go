package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// hostileTerm is a tmux server of its own (so its clipboard and options
// are the test's), with set-clipboard on: an OSC 52 reaching the pane
// would land in a tmux buffer, and an OSC 0/2 would set the pane title.
type hostileTerm struct {
	*tmuxSession
	socket string
}

// tmuxIn runs tmux against this test's server.
func (h *hostileTerm) tmuxIn(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-L", h.socket}, args...)...).CombinedOutput()
	return string(out), err
}

// startHostile runs command at 80x24 once the server is set up: the shell
// waits for a go-file, so nothing the command writes precedes the options.
func startHostile(t *testing.T, env []string, command ...string) *hostileTerm {
	t.Helper()
	return startHostileWith(t, nil, env, command...)
}

// startHostileWith is startHostile with setup run on the server before
// the command starts.
func startHostileWith(t *testing.T, setup func(*hostileTerm), env []string, command ...string) *hostileTerm {
	t.Helper()
	requireTmux(t)
	dir := t.TempDir()
	goFile := filepath.Join(dir, "go")
	h := &hostileTerm{socket: "caveat-hostile-" + strings.ReplaceAll(t.Name(), "/", "-")}
	h.tmuxSession = &tmuxSession{t: t, name: "hostile"}
	args := []string{"-f", "/dev/null", "new-session", "-d", "-s", h.name, "-x", "80", "-y", "24"}
	for _, e := range env {
		args = append(args, "-e", e)
	}
	args = append(args, "while [ ! -e "+goFile+" ]; do sleep 0.02; done; "+strings.Join(quoteAll(command), " ")+"; echo caveat-exited-$?; sleep 30")
	if out, err := h.tmuxIn(args...); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	t.Cleanup(func() { h.tmuxIn("kill-server") })
	if out, err := h.tmuxIn("set-option", "-s", "set-clipboard", "on"); err != nil {
		t.Fatalf("tmux set-clipboard: %v\n%s", err, out)
	}
	if setup != nil {
		setup(h)
	}
	if err := os.WriteFile(goFile, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return h
}

// screen and rawScreen read this test's server, not the shared one.
func (h *hostileTerm) screen() string {
	out, _ := h.tmuxIn("capture-pane", "-p", "-J", "-t", h.name)
	return out
}

func (h *hostileTerm) rawScreen() string {
	out, _ := h.tmuxIn("capture-pane", "-p", "-e", "-t", h.name)
	return out
}

func (h *hostileTerm) keys(keys ...string) {
	h.t.Helper()
	if out, err := h.tmuxIn(append([]string{"send-keys", "-t", h.name}, keys...)...); err != nil {
		h.t.Fatalf("send-keys: %v\n%s", err, out)
	}
}

func (h *hostileTerm) waitFor(what string, ok func(string) bool) string {
	h.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		if last = h.screen(); ok(last) {
			return last
		}
		time.Sleep(50 * time.Millisecond)
	}
	h.t.Fatalf("timed out waiting for %s; screen:\n%s", what, last)
	return ""
}

func (h *hostileTerm) title() string {
	out, _ := h.tmuxIn("display-message", "-p", "-t", h.name, "#{pane_title}")
	return out
}

func (h *hostileTerm) clipboard() string {
	out, _ := h.tmuxIn("show-buffer")
	return out
}

// TestHostileTermCanSeeInjection is the control: a program that does
// print the sequences changes the title and the clipboard, so the checks
// of the reader below can fail.
func TestHostileTermCanSeeInjection(t *testing.T) {
	h := startHostile(t, nil, "printf", `\033]2;PWNED-TITLE\007\033]52;c;UFdORUQtQ0xJUA==\007done\n`)
	h.waitFor("printf to run", func(s string) bool { return strings.Contains(s, "caveat-exited-0") })
	if !strings.Contains(h.title(), "PWNED-TITLE") {
		t.Errorf("the control's OSC 2 did not set the title: %q", h.title())
	}
	if !strings.Contains(h.clipboard(), "PWNED-CLIP") {
		t.Errorf("the control's OSC 52 did not reach the clipboard: %q", h.clipboard())
	}
}

// TestReaderWithHostileInputs opens each hostile fixture in the reader at
// 80x24: the frame appears (or the reader ends with the one-line error),
// the article's escapes never act on the terminal, q quits.
func TestReaderWithHostileInputs(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	cases := hostileCases(t, dir)
	env := []string{"XDG_DATA_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir(), "CAVEAT_TEST_PANIC="}
	for _, c := range cases {
		if c.name == "single 5 MB line" {
			continue // covered by the piped paths; here it only costs time
		}
		t.Run(c.name, func(t *testing.T) {
			h := startHostile(t, env, bin, c.path)
			if c.fails != "" {
				screen := h.waitFor("the reader to end", func(s string) bool { return strings.Contains(s, "caveat-exited-") })
				if joined := strings.ReplaceAll(screen, "\n", ""); !strings.Contains(joined, "caveat-exited-1") || !strings.Contains(joined, c.fails) {
					t.Errorf("want the one-line error and status 1:\n%s", screen)
				}
				checkNoStackTrace(t, screen)
				return
			}
			base := filepath.Base(c.path)
			// The loading screen has the help line too: the first frame of
			// the article is the one with the help line and no spinner.
			screen := h.waitFor("the first frame", func(s string) bool {
				return (strings.Contains(s, "quit") && !strings.Contains(s, "loading")) || strings.Contains(s, "caveat-exited-")
			})
			if strings.Contains(screen, "caveat-exited-") {
				t.Fatalf("the reader ended instead of opening:\n%s", screen)
			}
			checkNotInjected(t, h)
			if strings.HasPrefix(base, "esc.") && !strings.Contains(screen, "␛") {
				t.Errorf("ESC should show as ␛:\n%s", screen)
			}
			h.keys("q")
			end := h.waitFor("caveat to exit", func(s string) bool { return strings.Contains(s, "caveat-exited-") })
			if !strings.Contains(end, "caveat-exited-0") {
				t.Errorf("want exit status 0:\n%s", end)
			}
			checkNotInjected(t, h)
		})
	}
}

// sgrOnly matches the escape sequences tmux itself writes in capture-pane
// -e output: SGR styling and nothing else.
var sgrOnly = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

func checkNotInjected(t *testing.T, h *hostileTerm) {
	t.Helper()
	if title := h.title(); strings.Contains(title, "PWNED") {
		t.Errorf("the article set the window title: %q", title)
	}
	if clip := h.clipboard(); strings.Contains(clip, "PWNED") {
		t.Errorf("the article wrote the clipboard: %q", clip)
	}
	raw := h.rawScreen()
	if rest := sgrOnly.ReplaceAllString(raw, ""); strings.ContainsRune(rest, 0x1b) {
		t.Errorf("an escape other than styling is on the screen: %q", rest)
	}
	if strings.Contains(raw, "evil.example") && !strings.Contains(raw, "␛]8;;http://evil.example/") {
		t.Errorf("the OSC 8 hyperlink target appears other than as visible text")
	}
}

func checkNoStackTrace(t *testing.T, screen string) {
	t.Helper()
	if strings.Contains(screen, "goroutine") || strings.Contains(screen, "panic:") || strings.Contains(screen, "Caught panic") {
		t.Errorf("a stack trace reached the screen:\n%s", screen)
	}
}

// TestReaderPanicIsOneLineAndACrashFile forces a panic inside the reader
// (CAVEAT_TEST_PANIC, read in ui/crash.go) at each place one can happen:
// the terminal is restored, the screen shows one line naming the crash
// file, no stack trace, and the crash file holds the details.
func TestReaderPanicIsOneLineAndACrashFile(t *testing.T) {
	bin := buildBinary(t)
	for _, where := range []string{"update", "view", "cmd"} {
		t.Run(where, func(t *testing.T) {
			state := t.TempDir()
			h := startHostile(t, []string{"XDG_DATA_HOME=" + t.TempDir(), "XDG_STATE_HOME=" + state, "CAVEAT_TEST_PANIC=" + where}, bin)
			h.waitFor("the first frame", func(s string) bool { return strings.Contains(s, "quit") })
			h.keys("j")
			screen := h.waitFor("caveat to exit", func(s string) bool { return strings.Contains(s, "caveat-exited-") })
			checkNoStackTrace(t, screen)
			var lines []string
			for _, l := range strings.Split(screen, "\n") {
				if strings.TrimSpace(l) != "" {
					lines = append(lines, l)
				}
			}
			// The alternate screen is gone: only the crash line and the
			// shell's echo of the exit status remain.
			if len(lines) != 2 || !strings.HasPrefix(lines[0], "caveat: internal error: CAVEAT_TEST_PANIC") || lines[1] != "caveat-exited-70" {
				t.Fatalf("want one crash line then exit status 70, got:\n%s", screen)
			}
			crashes, _ := filepath.Glob(filepath.Join(state, "caveat", "crash-*.txt"))
			if len(crashes) != 1 || !strings.Contains(lines[0], "(details in "+crashes[0]+")") {
				t.Fatalf("crash files %v; line %q should name the one crash file", crashes, lines[0])
			}
			body, err := os.ReadFile(crashes[0])
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(body), "goroutine") || !strings.Contains(string(body), "ui.testPanic") {
				t.Errorf("the crash file should hold the stack of the panic:\n%s", body)
			}
			cursor, _ := h.tmuxIn("display-message", "-p", "-t", h.name, "#{alternate_on} #{cursor_flag}")
			if strings.TrimSpace(cursor) != "0 1" {
				t.Errorf("alternate screen and cursor flags %q, want 0 1 (left, shown)", cursor)
			}
		})
	}
}
