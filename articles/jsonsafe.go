package articles

import (
	"fmt"
	"unicode/utf8"
)

// JSONSafe escapes, in encoded JSON, what encoding/json leaves raw but a
// terminal may obey when someone views the JSON: DEL, C1 controls and
// bidirectional overrides from article text. These can only stand inside
// JSON strings, where \uXXXX means the same character, so the document is
// unchanged for any JSON reader.
func JSONSafe(b []byte) []byte {
	clean := true
	for i := 0; i < len(b) && clean; {
		r, size := utf8.DecodeRune(b[i:])
		clean = !jsonUnsafe(r)
		i += size
	}
	if clean {
		return b
	}
	out := make([]byte, 0, len(b)+32)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if jsonUnsafe(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}

func jsonUnsafe(r rune) bool {
	return r == 0x7f || (r >= 0x80 && r <= 0x9f) || isBidiControl(r)
}
