package articles

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a terminal draws is decided per code point by most terminals
// (tmux 3.3, xterm, and any that has not confirmed grapheme clustering
// with mode 2027), per grapheme cluster by a few. Shown text keeps only
// characters on which the two agree, so every layout measured by either
// method is the one the terminal draws, whatever it answered:
//
//   - U+00AD SOFT HYPHEN: measured 0 cells, drawn 1 by terminals. It only
//     marks where a browser may break a word: dropped.
//   - U+200D ZERO WIDTH JOINER: 0 cells between letters; between emoji it
//     fuses a sequence into one 2-cell cluster that per-code-point
//     terminals draw as its parts (6 cells for a family). Dropped: the
//     parts are then what every terminal draws.
//   - U+FE0E, U+FE0F variation selectors: turn a 1-cell symbol into a
//     2-cell emoji for cluster measurement only. Dropped.
//   - U+1F3FB..U+1F3FF skin-tone modifiers: one 2-cell cluster with their
//     base, two 2-cell characters otherwise. Dropped.
//   - U+E0000..U+E007F tags: invisible, used to hide text (and flags of
//     regions). Dropped.
//   - regional indicators: a pair (a flag) is 2 cells either way, a lone
//     one 1 or 2 depending on who measures: pairs kept, a lone one
//     dropped (see Visible).

// dropForWidth reports whether r is left out of shown text because
// terminals and measurement disagree on its width.
func dropForWidth(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x200D, r == 0xFE0E, r == 0xFE0F:
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF:
		return true
	case r >= 0xE0000 && r <= 0xE007F:
		return true
	}
	return false
}

// isRegionalIndicator reports whether r is one of the letters that make
// flags in pairs.
func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// withoutInvisibleBreaks is extracted article text without its soft
// hyphens and without joiners between two letters: invisible in a
// browser, but inside a word they hide it from the detector ("de­nied").
// Only text caveat extracts is changed this way: offsets of text and
// markdown inputs index their bytes as read, so there these characters
// stay and only their display drops them (Visible).
func withoutInvisibleBreaks(s string) string {
	if !strings.Contains(s, "\u00ad") && !strings.Contains(s, "\u200d") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(0)
	for i, r := range s {
		switch r {
		case 0x00AD:
			continue
		case 0x200D:
			next, _ := utf8.DecodeRuneInString(s[i+len("\u200d"):])
			if unicode.IsLetter(prev) && unicode.IsLetter(next) {
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
