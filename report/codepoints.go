package report

import (
	"sort"
	"unicode/utf8"
)

// codePoints converts byte offsets into text to Unicode code point
// offsets, which is how Web Annotation positions count. It walks the text
// once for all offsets. An offset inside a character counts that
// character as begun.
func codePoints(text string, offsets []int) map[int]int {
	sorted := append([]int(nil), offsets...)
	sort.Ints(sorted)
	out := make(map[int]int, len(sorted))
	at, count := 0, 0
	for _, off := range sorted {
		clamped := min(max(off, 0), len(text))
		start := clamped // the start of the character holding off
		for start > at && start < len(text) && !utf8.RuneStart(text[start]) {
			start--
		}
		if start > at {
			count += utf8.RuneCountInString(text[at:start])
			at = start
		}
		if start < clamped {
			out[off] = count + 1
		} else {
			out[off] = count
		}
	}
	return out
}

// before is up to n code points of text ending at byte offset i; after is
// up to n starting at byte offset i. They give a quote its context.
func before(text string, i, n int) string {
	j := i
	for k := 0; k < n && j > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(text[:j])
		j -= size
	}
	return text[j:i]
}

func after(text string, i, n int) string {
	j := i
	for k := 0; k < n && j < len(text); k++ {
		_, size := utf8.DecodeRuneInString(text[j:])
		j += size
	}
	return text[i:j]
}
