package articles

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Visible returns s made safe to print on a terminal: article text is
// untrusted, so nothing in it may reach the terminal as a control. C0
// controls and DEL become their Unicode control pictures (ESC shows as ␛),
// C1 controls and bidirectional overrides show as ⟨U+XXXX⟩, tabs become a
// space, carriage returns and zero-width format characters vanish. Newlines
// are kept. The result never contains a byte below 0x20 but '\n'.
// Characters whose drawn width terminals disagree on are left out (see
// cells.go), so shown text measures the same per code point and per
// grapheme cluster.
func Visible(s string) string {
	if isPlainVisible(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if isRegionalIndicator(r) {
			// A pair is a flag; half of one is dropped.
			if next, nsize := utf8.DecodeRuneInString(s[i:]); isRegionalIndicator(next) {
				b.WriteString(s[i-size : i+nsize])
				i += nsize
			}
			continue
		}
		writeVisible(&b, r, size)
	}
	return b.String()
}

// isPlainVisible is the fast path: ASCII printable text with newlines, or
// multi-byte runes none of which need mapping.
func isPlainVisible(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false
		}
		if (c < 0x20 && c != '\n') || c == 0x7f {
			return false
		}
	}
	return true
}

func writeVisible(b *strings.Builder, r rune, size int) {
	switch {
	case r == utf8.RuneError && size == 1:
		b.WriteRune(utf8.RuneError)
	case r == '\n':
		b.WriteByte('\n')
	case r == '\t':
		b.WriteByte(' ')
	case r == '\r':
		// CRLF line ends: the newline is kept, the CR dropped.
	case r < 0x20:
		b.WriteRune(0x2400 + r) // ␀ … ␟, ESC is ␛
	case r == 0x7f:
		b.WriteRune('␡')
	case r >= 0x80 && r <= 0x9f:
		fmt.Fprintf(b, "⟨U+%04X⟩", r)
	case isBidiControl(r):
		fmt.Fprintf(b, "⟨U+%04X⟩", r)
	case isInvisibleFormat(r) || dropForWidth(r):
		// Zero-width joiners of words and the BOM carry nothing to read,
		// and the renderer uses some of them as span sentinels.
	case r == 0x2028 || r == 0x2029:
		b.WriteByte(' ')
	default:
		b.WriteRune(r)
	}
}

// isBidiControl covers embeddings, overrides and isolates: they can make
// text read in an order other than the bytes (Trojan Source).
func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E || r == 0x200F || r == 0x061C
}

// isInvisibleFormat covers U+2060..U+2064 (word joiner, invisible
// operators) and U+FEFF (byte order mark).
func isInvisibleFormat(r rune) bool {
	return (r >= 0x2060 && r <= 0x2064) || r == 0xFEFF
}

// VisibleLine is Visible for text shown on one line (a title, a cue, an
// input's name in an error): newlines and runs of white space fold to one
// space, so a name holding a newline cannot split a one-line message or
// fake a second one.
func VisibleLine(s string) string {
	return strings.Join(strings.Fields(Visible(s)), " ")
}
