package articles

import (
	"bytes"
	"strings"
	"testing"
)

// TestNULIsRefusedWherever: one policy for a NUL byte, wherever it falls
// and whatever the input claims to be.
func TestNULIsRefusedWherever(t *testing.T) {
	text := bytes.Repeat([]byte("A source said the plan may fail. "), 40)
	for _, at := range []int{0, 10, 511, 512, 513, len(text) - 1} {
		for _, c := range []struct{ name, ct string }{{"a.txt", ""}, {"a.md", ""}, {"a.html", ""}, {"page", "text/html"}, {"page", "text/markdown"}, {"page", "text/plain"}} {
			data := bytes.Clone(text)
			data[at] = 0
			_, err := FromBytes(c.name, data, c.ct)
			if err == nil || !strings.Contains(err.Error(), "unsupported content type") {
				t.Errorf("%s (%s) with a NUL at %d: got %v, want refused as binary", c.name, c.ct, at, err)
			}
		}
	}
	utf16 := []byte("\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00<\x00p\x00>\x00A\x00 \x00s\x00o\x00u\x00r\x00c\x00e\x00 \x00s\x00a\x00i\x00d\x00.\x00")
	if _, err := FromBytes("page.html", utf16, ""); err != nil && strings.Contains(err.Error(), "NUL") {
		t.Errorf("UTF-16 with a byte order mark is text: %v", err)
	}
}
