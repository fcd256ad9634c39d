package articles

import (
	"strings"
	"testing"
)

func TestTerminalSafeKeepsStylingAndTextOnly(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain\ttext\nline", "plain\ttext\nline"},
		{"\x1b[1;38;2;1:2:3mbold\x1b[0m", "\x1b[1;38;2;1:2:3mbold\x1b[0m"},
		{"see \x1b]8;id=1;http://x/\x07link\x1b]8;;\x07.", "see link."},
		{"st \x1b]8;;http://x/\x1b\\link\x1b]8;;\x1b\\.", "st link."},
		{"title \x1b]0;PWNED\x07 dcs \x1bPq#0\x1b\\ csi \x1b[2J end", "title  dcs  csi  end"},
		{"c0 \x01\x07\x08 del \x7f c1 \u009d0;x\u009c bidi \u202eevil \u200f", "c0  del  c1 0;x bidi evil "},
		{"bad \x9d byte \xff", "bad  byte "},
		{"cut \x1b", "cut "},
		{"cut \x1b[31", "cut "},
	}
	for _, c := range cases {
		if got := TerminalSafe(c.in); got != c.want {
			t.Errorf("TerminalSafe(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzTerminalSafe(f *testing.F) {
	for _, s := range []string{"\x1b[31mx\x1b[0m", "\x1b]8;;u\x07t", "\u009d\u202e\x7f\x00", "\x1b[", "a\x1b\x1b[m"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := TerminalSafe(s)
		rest := strings.Builder{}
		for i := 0; i < len(out); {
			if out[i] == 0x1b {
				n := escapeLen(out[i:])
				if !isSGR(out[i : i+n]) {
					t.Fatalf("non-SGR escape %q left in %q", out[i:i+n], out)
				}
				i += n
				continue
			}
			rest.WriteByte(out[i])
			i++
		}
		if !terminalClean(rest.String()) {
			t.Fatalf("unsafe character left: %q", out)
		}
		if TerminalSafe(out) != out {
			t.Fatalf("not idempotent on %q", s)
		}
	})
}

// BenchmarkTerminalSafeFrame is the last pass over a clean 120x40 frame,
// as every keypress makes one: the fast path.
func BenchmarkTerminalSafeFrame(b *testing.B) {
	row := "\x1b[38;5;252m A source said the plan may fail, officials \x1b[1;4msaid\x1b[0m and “quoted” text – here \x1b[38;5;240m│\x1b[0m \x1b[38;5;203m┃ ✕ Denial\x1b[0m “denied” ─────\n"
	frame := strings.Repeat(row, 40)
	b.SetBytes(int64(len(frame)))
	for b.Loop() {
		if TerminalSafe(frame) != frame {
			b.Fatal("changed a clean frame")
		}
	}
}
