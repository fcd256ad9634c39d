package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// Issue 7: hostile inputs. Every fixture is generated here, into a
// temporary directory; none is committed.

// hostileCase is one hostile input and what caveat must do with it.
type hostileCase struct {
	name string
	path string
	// fails is a word of the one-line error; empty means the input opens.
	fails string
	// warns is a word of a warning line the input must produce.
	warns string
}

// escArticle is text full of terminal controls: window titles (OSC 0 and
// 2), a clipboard write (OSC 52, payload "PWNED-CLIP"), a hyperlink hiding
// its target (OSC 8), CSI screen clearing and colour, C0 and C1 controls,
// DEL and bidi overrides, among sentences the detector flags.
const escArticle = "Title \x1b]0;PWNED-TITLE\x07 here\n\n" +
	"A source said \x1b]2;PWNED-TITLE\x1b\\ the plan \x1b[2J\x1b[31mfailed\x1b[0m. " +
	"It \x1b]52;c;UFdORUQtQ0xJUA==\x07 may rise. See \x1b]8;;http://evil.example/\x1b\\a safe link\x1b]8;;\x1b\\ now.\n\n" +
	"Officials said C0 \x01\x07\x08\x0b\x0c\x0e\x1b\x1f DEL \x7f C1 \u0080\u009b2J\u009d0;x\u009c\u009f, bidi \u202eevil\u202c \u2066iso\u2069 may be odd.\n"

// hostileCases writes the fixtures into dir.
func hostileCases(t *testing.T, dir string) []hostileCase {
	t.Helper()
	w := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sentence := "Officials said the talks may resume. A source said the report was denied. "
	var tiny bytes.Buffer
	for i := range 100_000 {
		fmt.Fprintf(&tiny, "P%d may.\n\n", i)
	}
	var deepMD strings.Builder
	deepMD.WriteString(strings.Repeat("> ", 1000) + "A source said the plan may fail.\n\n")
	for i := range 1000 {
		deepMD.WriteString(strings.Repeat("  ", i) + "- a point officials may dispute\n")
	}
	var expand strings.Builder
	expand.WriteString("<!doctype html><html><body>")
	for i := range 500 {
		fmt.Fprintf(&expand, "<b id=%d>", i) // each <p> below re-opens all 500
	}
	expand.WriteString(strings.Repeat("<p>A source said the plan may fail.", 3000))

	subdir := filepath.Join(dir, "a-directory")
	if err := os.Mkdir(subdir, 0o755); err != nil {
		t.Fatal(err)
	}
	cases := []hostileCase{
		{name: "empty file", path: w("empty.txt", nil), fails: "empty"},
		{name: "directory", path: subdir, fails: "directory"},
		{name: "missing file", path: filepath.Join(dir, "missing.txt"), fails: "no such file"},
		{name: "PDF", path: w("report.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")), fails: "application/pdf"},
		{name: "PNG", path: w("photo.png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)), fails: "image/png"},
		{name: "NUL bytes", path: w("nul.txt", bytes.Repeat([]byte("Officials said\x00\x00 it\x00 failed.\n"), 20)), fails: "unsupported content type"},
		{name: "invalid UTF-8", path: w("bad.txt", []byte("A source said \xff\xfe the \xc3( plan \xe2\x82 may fail.\n\nMore \x80\x81 text.\n")), warns: "invalid UTF-8"},
		{name: "escape sequences, text", path: w("esc.txt", []byte(escArticle))},
		{name: "escape sequences, markdown", path: w("esc.md", []byte(escArticle))},
		{name: "escape sequences, html", path: w("esc.html", []byte("<html><head><title>T\x1b]0;PWNED-TITLE\x07</title></head><body><article><h1>Head\x1b[31m</h1><p>"+
			strings.ReplaceAll(escArticle, "\n", " ")+"</p><p>"+strings.Repeat(sentence, 4)+"</p></article></body></html>"))},
		{name: "single 5 MB line", path: w("line.txt", bytes.Repeat([]byte(sentence), 5<<20/len(sentence)))},
		{name: "100,000 tiny paragraphs", path: w("tiny.txt", tiny.Bytes())},
		{name: "thousand-level markdown nesting", path: w("deep.md", []byte(deepMD.String())), warns: "nested"},
		{name: "deeply nested html", path: w("nested.html", []byte("<html><body>"+strings.Repeat("<div>", 100_000)+
			"<p>"+sentence+"</p>"+strings.Repeat("</span><td><table>", 1000)))},
		{name: "malformed html", path: w("malformed.html", []byte("<html><body><p>Unclosed <b><i><u>A source <a href=\"javascript:alert(1)\">said</a> the "+
			"<table><tr><td>plan<p>may</td> fail.<!-- unterminated comment"))},
		{name: "html that expands hugely", path: w("expand.html", []byte(expand.String()))},
	}
	if unreadable := w("unreadable.txt", []byte(sentence)); os.Geteuid() == 0 {
		t.Logf("running as root: chmod 000 does not stop reads, so the unreadable-file case is not tested here")
	} else {
		if err := os.Chmod(unreadable, 0); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, hostileCase{name: "unreadable file", path: unreadable, fails: "permission denied"})
	}
	return cases
}

// hangLimit is far beyond any real run of these inputs: reaching it means
// caveat hung (it is not a speed target; benchmarks measure speed).
const hangLimit = 30 * time.Second

// runHostile runs caveat in-process and fails the test if it hangs.
func runHostile(t *testing.T, stdin string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	type result struct {
		status         int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		var out, errb bytes.Buffer
		st := run(args, strings.NewReader(stdin), &out, &errb)
		done <- result{st, out.String(), errb.String()}
	}()
	select {
	case r := <-done:
		return r.status, r.stdout, r.stderr
	case <-time.After(hangLimit):
		t.Fatalf("caveat %s did not finish in %s: it hangs on this input", strings.Join(args, " "), hangLimit)
		return 0, "", ""
	}
}

// modes are the three ways an input reaches the user as text or JSON.
var modes = []struct {
	name string
	args []string
	json bool
}{
	{"analyze text", []string{"analyze", "--format", "text"}, false},
	{"analyze json", []string{"analyze", "--format", "json"}, true},
	{"piped reader", nil, false},
}

func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	for _, c := range hostileCases(t, dir) {
		for _, m := range modes {
			t.Run(c.name+"/"+m.name, func(t *testing.T) {
				status, out, errOut := runHostile(t, "", append(append([]string{}, m.args...), c.path)...)
				if c.fails != "" {
					checkOneLineError(t, status, out, errOut, c.path, c.fails)
					return
				}
				if status != 0 {
					t.Fatalf("status %d, stderr %q", status, errOut)
				}
				if out == "" {
					t.Fatal("no output")
				}
				checkWarnings(t, errOut, c.path, c.warns)
				if m.json {
					checkJSONLines(t, out, 1)
				} else {
					checkNoControls(t, out)
				}
			})
		}
	}
}

// checkOneLineError: a non-zero exit, nothing on stdout, and exactly one
// line on stderr that starts "caveat: ", names the input and says why.
func checkOneLineError(t *testing.T, status int, out, errOut, input, why string) {
	t.Helper()
	if status == 0 {
		t.Errorf("status 0, want a failure")
	}
	if out != "" {
		t.Errorf("stdout should be empty, got %.200q", out)
	}
	if strings.Count(errOut, "\n") != 1 || !strings.HasSuffix(errOut, "\n") {
		t.Fatalf("want exactly one line on stderr, got %q", errOut)
	}
	if !strings.HasPrefix(errOut, "caveat: "+input+": ") || !strings.Contains(errOut, why) {
		t.Errorf("stderr %q should start %q and say %q", errOut, "caveat: "+input+": ", why)
	}
}

// checkWarnings: every stderr line is a one-line warning about the input.
func checkWarnings(t *testing.T, errOut, input, want string) {
	t.Helper()
	if want != "" && !strings.Contains(errOut, want) {
		t.Errorf("want a warning saying %q, got %q", want, errOut)
	}
	for _, line := range strings.Split(strings.TrimSuffix(errOut, "\n"), "\n") {
		if line != "" && !strings.HasPrefix(line, "caveat: "+input+": ") {
			t.Errorf("stderr line %q does not name the input", line)
		}
	}
}

// checkNoControls: nothing in text output can act on a terminal: no C0
// control but newline (and tab), no DEL, no C1 control in any encoding,
// no bidi override or isolate.
func checkNoControls(t *testing.T, out string) {
	t.Helper()
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRuneInString(out[i:])
		bad := (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f ||
			(r >= 0x80 && r <= 0x9f) || (r == utf8.RuneError && size == 1 && out[i] >= 0x80 && out[i] <= 0x9f) ||
			(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
		if bad {
			t.Fatalf("raw control %U at byte %d: %q", r, i, out[max(0, i-40):min(len(out), i+40)])
		}
		i += size
	}
}

// checkJSONLines: want documents, one a line, each valid JSON with no
// raw C0 control byte (the JSON spec requires those escaped; it allows
// DEL and C1 raw).
func checkJSONLines(t *testing.T, out string, want int) []map[string]any {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != want {
		t.Fatalf("want %d JSON lines, got %d", want, len(lines))
	}
	docs := make([]map[string]any, len(lines))
	for i, l := range lines {
		for j := 0; j < len(l); j++ {
			if l[j] < 0x20 {
				t.Fatalf("line %d: raw control byte %#x in JSON", i, l[j])
			}
		}
		if err := json.Unmarshal([]byte(l), &docs[i]); err != nil {
			t.Fatalf("line %d is not JSON: %v", i, err)
		}
	}
	return docs
}

// TestEscapesShowAsSymbols: the controls are not dropped silently either:
// the reader of the text sees that they were there.
func TestEscapesShowAsSymbols(t *testing.T) {
	p := writeFile(t, t.TempDir(), "esc.txt", escArticle)
	// The piped reader prints the whole article; the text report quotes
	// the flagged sentences and the title.
	_, out, _ := runHostile(t, "", p)
	for _, sym := range []string{"␛]0;PWNED-TITLE␇", "␛]52;c;", "␛[2J", "␡", "⟨U+009B⟩", "⟨U+202E⟩"} {
		if !strings.Contains(out, sym) {
			t.Errorf("piped reader: %q should show as a visible symbol", sym)
		}
	}
	_, out, _ = runHostile(t, "", "analyze", "--format", "text", p)
	for _, sym := range []string{"␛]0;PWNED-TITLE␇", "␛]2;PWNED-TITLE␛\\", "␛[2J"} {
		if !strings.Contains(out, sym) {
			t.Errorf("analyze text: %q should show as a visible symbol", sym)
		}
	}
	// JSON keeps the text as it was, escaped: decoding gives the ESC back.
	_, out, _ = runHostile(t, "", "analyze", "--format", "json", "--include-text", p)
	docs := checkJSONLines(t, out, 1)
	if docs[0]["text"] != escArticle {
		t.Errorf("JSON text does not decode to the article as read")
	}
	if !strings.Contains(out, `\u001b]0;PWNED-TITLE\u0007`) {
		t.Errorf("ESC and BEL should be escaped as \\u001b and \\u0007 in JSON")
	}
}

// TestABadInputAmongSeveralNeverStopsTheOthers: every failing fixture and
// two good ones in one run: the good ones print, in order, and each bad
// one costs exactly one line.
func TestABadInputAmongSeveralNeverStopsTheOthers(t *testing.T) {
	dir := t.TempDir()
	first := writeFile(t, dir, "first.txt", "A source said the first plan may fail.\n")
	last := writeFile(t, dir, "last.md", "# Last\n\nThe ministry denied the last report.\n")
	args := []string{first}
	var bad []hostileCase
	for _, c := range hostileCases(t, dir) {
		if c.fails != "" {
			args = append(args, c.path)
			bad = append(bad, c)
		}
	}
	args = append(args, last)
	for _, m := range modes {
		t.Run(m.name, func(t *testing.T) {
			status, out, errOut := runHostile(t, "", append(append([]string{}, m.args...), args...)...)
			if status == 0 {
				t.Error("status 0 with bad inputs")
			}
			errLines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
			if len(errLines) != len(bad) {
				t.Fatalf("want %d error lines, got %d: %q", len(bad), len(errLines), errOut)
			}
			for i, c := range bad {
				if !strings.HasPrefix(errLines[i], "caveat: "+c.path+": ") || !strings.Contains(errLines[i], c.fails) {
					t.Errorf("line %d %q, want the error of %s", i, errLines[i], c.name)
				}
			}
			if m.json {
				docs := checkJSONLines(t, out, 2)
				if docs[0]["source"] != first || docs[1]["source"] != last {
					t.Errorf("sources %v, %v; want %s then %s", docs[0]["source"], docs[1]["source"], first, last)
				}
				return
			}
			i, j := strings.Index(out, "first plan"), strings.Index(out, "last report")
			if i < 0 || j < i {
				t.Errorf("both good articles should print, in order:\n%s", out)
			}
		})
	}
}

// TestInputNamesInErrorsAreVisible: an error line names its input, and a
// file name or URL is as untrusted as article text: one holding escape
// sequences or a newline must neither act on the terminal nor forge a
// second line, in every command that reads inputs, and with a bad flag.
func TestInputNamesInErrorsAreVisible(t *testing.T) {
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty\x1b]0;PWNED-TITLE\x07.txt", "")
	missing := filepath.Join(dir, "missing\x1b[2J\ncaveat: forged.txt")
	for _, c := range []struct {
		args []string
		want string // the visible form of the name, which the line must hold
	}{
		{[]string{"analyze", empty}, "empty␛]0;PWNED-TITLE␇.txt: "},
		{[]string{"analyze", "--format", "json", missing}, "missing␛[2J caveat: forged.txt: "},
		{[]string{"extract", missing}, "missing␛[2J caveat: forged.txt: "},
		{[]string{"export", "--data-dir", t.TempDir(), missing}, "missing␛[2J caveat: forged.txt: "},
		{[]string{missing}, "missing␛[2J caveat: forged.txt: "},
		{[]string{"--no-such-flag\x1b[31m"}, "--no-such-flag␛[31m"},
	} {
		status, out, errOut := runHostile(t, "", c.args...)
		if status == 0 {
			t.Errorf("%q: status 0, want a failure", c.args)
		}
		checkNoControls(t, out+errOut)
		if strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "caveat: ") {
			t.Errorf("%q: want one line starting caveat:, got %q", c.args, errOut)
		}
		if !strings.Contains(errOut, c.want) {
			t.Errorf("%q: error %q should name the input as %q", c.args, errOut, c.want)
		}
	}
}
