package articles

import (
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// guessTitle takes the first line as the title when it reads like a
// headline (short, no closing full stop); otherwise the file's name.
func guessTitle(name, text string) string {
	first := strings.TrimSpace(text)
	if i := strings.IndexByte(first, '\n'); i >= 0 {
		first = strings.TrimSpace(first[:i])
	}
	first = strings.TrimLeft(first, "# ")
	if first != "" && utf8.RuneCountInString(first) <= 120 && !strings.HasSuffix(first, ".") {
		return first
	}
	if name == "-" || name == "" {
		return "standard input"
	}
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}
