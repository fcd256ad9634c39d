package articles

import (
	"strings"
	"unicode/utf8"
)

// TerminalSafe is the last step before a frame reaches a terminal: s is
// text and styling made by caveat's renderers, and what comes back holds
// nothing else a terminal could obey. Kept: text, newlines and tabs, and
// SGR sequences (ESC [ params m: colour and emphasis). Removed: every
// other escape sequence whole (a renderer's OSC 8 hyperlink carries an
// article's URL into the terminal's state; the hyperlink goes, the text
// stays), other C0 controls, DEL, C1 controls, bidi controls, and bytes
// that are not UTF-8.
//
// Every piece of article text has been through Visible or VisibleMarkdown
// before it was styled, and there a control shows as a symbol. Anything
// that reaches this point anyway got past them: it is removed rather
// than shown, which keeps the width each line was measured at (all of
// these measure 0 cells).
func TerminalSafe(s string) string {
	if terminalClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0x1b {
			n := escapeLen(s[i:])
			if isSGR(s[i : i+n]) {
				b.WriteString(s[i : i+n])
			}
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(r == utf8.RuneError && size == 1) && !unsafeOnTerminal(r) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// terminalClean is the fast path of a frame: valid UTF-8 holding no
// control but newline, tab and SGR sequences, and no unsafe character.
func terminalClean(s string) bool {
	for i := 0; i < len(s); {
		for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f {
			i++ // printable ASCII, most of any frame
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case (c >= 0x20 && c != 0x7f) || c == '\n' || c == '\t':
				i++
			case c == 0x1b:
				n := escapeLen(s[i:])
				if !isSGR(s[i : i+n]) {
					return false
				}
				i += n
			default:
				return false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if size == 1 || unsafeOnTerminal(r) {
			return false
		}
		i += size
	}
	return true
}

// unsafeOnTerminal: C0 but newline and tab, DEL, C1, bidi controls.
func unsafeOnTerminal(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r <= 0x9f) || isBidiControl(r)
}

// escapeLen is the length of the escape sequence s starts with (s[0] is
// ESC): CSI up to its final byte; OSC, DCS, SOS, PM and APC up to BEL or
// ST; otherwise ESC and the next byte. An unterminated one runs to the end.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
			if s[i] < 0x20 || s[i] > 0x3f {
				return i // not a CSI byte: the sequence ends before it
			}
		}
		return len(s)
	case ']', 'P', 'X', '^', '_':
		for i := 2; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
		return len(s)
	}
	_, size := utf8.DecodeRuneInString(s[1:])
	return 1 + size
}

// isSGR reports whether seq is ESC [ params m.
func isSGR(seq string) bool {
	if len(seq) < 3 || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return false
	}
	for i := 2; i < len(seq)-1; i++ {
		if c := seq[i]; !(isDigit(c) || c == ';' || c == ':') {
			return false
		}
	}
	return true
}
