package articles

import (
	"strings"
	"unicode"
)

// phraseList is a list of phrases read from a rules file: one phrase a
// line, lower case, blank lines and # comments ignored. Phrases match
// whole words, so "sign up" does not match "design upgrades".
type phraseList struct {
	// byFirst indexes the phrases by their first word.
	byFirst map[string][][]string
}

func parsePhrases(data string) phraseList {
	l := phraseList{byFirst: map[string][][]string{}}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words := textWords(line)
		if len(words) > 0 {
			l.byFirst[words[0]] = append(l.byFirst[words[0]], words)
		}
	}
	return l
}

// find returns the first phrase of the list found in words (as textWords
// splits them), or "".
func (l phraseList) find(words []string) string {
	for i, w := range words {
		for _, p := range l.byFirst[w] {
			if i+len(p) <= len(words) && equalWords(words[i:i+len(p)], p) {
				return strings.Join(p, " ")
			}
		}
	}
	return ""
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// textWords splits text into lower-case words of letters and digits;
// apostrophes inside a word are kept, curly ones made straight ("don't").
func textWords(s string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, strings.Trim(b.String(), "'"))
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == '\'' || r == '’') && b.Len() > 0:
			b.WriteByte('\'')
		default:
			flush()
		}
	}
	flush()
	return words
}
