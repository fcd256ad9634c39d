package articles

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// validUTF8 returns data as valid UTF-8: each invalid byte becomes U+FFFD,
// with a warning that says how many. Offsets then index the repaired text.
func validUTF8(data []byte) (string, []string) {
	if utf8.Valid(data) {
		return string(data), nil
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	bad := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
			bad++
		} else {
			b.Write(data[i : i+size])
		}
		i += size
	}
	return b.String(), []string{fmt.Sprintf("invalid UTF-8: %d byte(s) shown as \uFFFD", bad)}
}
