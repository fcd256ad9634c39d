package articles

import (
	"fmt"
	"unicode/utf8"
)

// validUTF8 returns data as valid UTF-8: each invalid byte becomes U+FFFD,
// with a warning that says how many. Offsets then index the repaired text.
// Valid data comes back as it is, not copied: the HTML parser copies what
// it keeps.
func validUTF8(data []byte) ([]byte, []string) {
	if utf8.Valid(data) {
		return data, nil
	}
	out := make([]byte, 0, len(data)+16)
	bad := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
			bad++
		} else {
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	return out, []string{fmt.Sprintf("invalid UTF-8: %d byte(s) shown as \uFFFD", bad)}
}
