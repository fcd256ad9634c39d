package articles

import (
	"html"
	"strings"
)

// VisibleMarkdown is Visible for markdown on its way into a renderer.
// Visible makes the source's own characters safe, but a renderer resolves
// character references (&#x9d; &#7; &lrm; &shy;) into the characters
// they name after that, and an OSC or DCS introducer from the article
// would then reach the terminal. So every reference is resolved here
// first, as a browser and CommonMark resolve it: one naming a character
// Visible would change is replaced by what Visible makes of it (⟨U+009D⟩,
// ␇, nothing for a soft hyphen); any other is left for the renderer.
//
// Why the renderer's input and not its output: the output mixes the
// renderer's escape sequences with article text, and an ESC made from
// &#27; cannot be told from the renderer's own there. In the input every
// character is article text. (A reference inside a code span, which
// markdown shows literally, shows as its symbol instead of as &#7;: the
// safe way to be wrong.)
func VisibleMarkdown(s string) string {
	v := Visible(s)
	amp := strings.IndexByte(v, '&')
	if amp < 0 {
		return v
	}
	var b strings.Builder
	b.Grow(len(v))
	for amp >= 0 {
		b.WriteString(v[:amp])
		v = v[amp:]
		n := referenceLen(v)
		if n == 0 {
			b.WriteByte('&')
			v = v[1:]
		} else {
			ref := v[:n]
			if decoded := html.UnescapeString(ref); decoded != ref && Visible(decoded) != decoded {
				b.WriteString(Visible(decoded))
			} else {
				b.WriteString(ref)
			}
			v = v[n:]
		}
		amp = strings.IndexByte(v, '&')
	}
	b.WriteString(v)
	return b.String()
}

// referenceLen is the length of the character reference s starts with,
// as CommonMark reads them (&name; &#digits; &#xhex;), or 0.
func referenceLen(s string) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	i, max := 1, 32 // longest HTML entity name is 31 bytes
	digit := isAlnum
	if s[1] == '#' {
		i, max, digit = 2, 9, isDigit // at most 7 digits
		if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
			i, max, digit = 3, 9, isHex // at most 6 hex digits
		}
	}
	start := i
	for i < len(s) && i-start < max && digit(s[i]) {
		i++
	}
	if i == start || i >= len(s) || s[i] != ';' {
		return 0
	}
	return i + 1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isHex(c byte) bool   { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }
func isAlnum(c byte) bool { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'z') }
