package articles

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// decodeHTML returns a page's bytes as valid UTF-8. The character set comes
// from, in order, a byte order mark, the content type's charset, a <meta>
// declaration (the WHATWG rules, via x/net/html/charset); failing those,
// valid-looking UTF-8 is taken as UTF-8 and anything else as windows-1252,
// as browsers do. Conversions and repairs are reported as warnings.
func decodeHTML(data []byte, contentType string) ([]byte, []string) {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	declared := certain || (name != "" && declaredInMeta(data))
	if !declared {
		// DetermineEncoding judges UTF-8 from the first 1 KB only; an ASCII
		// head with UTF-8 further on is common, so look at all of it.
		if mostlyUTF8(data) {
			return validUTF8(data)
		}
		enc, name = charset.Lookup("windows-1252")
	}
	if name == "utf-8" || enc == encoding.Nop {
		return validUTF8(data)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		text, warnings := validUTF8(data)
		return text, append(warnings, fmt.Sprintf("could not convert from %s; read as UTF-8", name))
	}
	text, warnings := validUTF8(out)
	how := "declared"
	if !declared {
		how = "detected"
	}
	return text, append([]string{fmt.Sprintf("converted from %s (%s) to UTF-8", name, how)}, warnings...)
}

// declaredInMeta reports whether the page's head names a charset: the
// prescan that DetermineEncoding runs reports such a find as uncertain.
func declaredInMeta(data []byte) bool {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	return strings.Contains(strings.ToLower(string(head)), "charset=")
}

// mostlyUTF8 reports whether data reads as UTF-8: multi-byte sequences
// decode at least as often as they fail. Legacy single-byte text almost
// never forms a valid sequence by chance (a stray bad byte in a UTF-8 page
// is repaired, not a reason to read the whole page as windows-1252).
func mostlyUTF8(data []byte) bool {
	if utf8.Valid(data) {
		return true
	}
	good, bad := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		} else {
			good++
		}
		i += size
	}
	return bad == 0 || good >= bad
}
