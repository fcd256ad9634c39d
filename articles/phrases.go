package articles

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
// The words are slices of one lowered copy of the text: one allocation
// for the text and one for the list, however many words.
func textWords(s string) []string {
	lower := make([]byte, 0, len(s))
	var spans []int // start and end of each word in lower
	start := -1
	flush := func() {
		if start >= 0 {
			end := len(lower)
			for lower[end-1] == '\'' { // a word starts with a letter or digit
				end--
			}
			spans = append(spans, start, end)
			start = -1
		}
	}
	for _, r := range s {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = len(lower)
			}
			if 'A' <= r && r <= 'Z' {
				lower = append(lower, byte(r)+'a'-'A')
			} else if r < utf8.RuneSelf {
				lower = append(lower, byte(r))
			} else {
				lower = utf8.AppendRune(lower, unicode.ToLower(r))
			}
		case (r == '\'' || r == '’') && start >= 0:
			lower = append(lower, '\'')
		default:
			flush()
		}
	}
	flush()
	if len(spans) == 0 {
		return nil
	}
	text := string(lower)
	words := make([]string, len(spans)/2)
	for i := range words {
		words[i] = text[spans[2*i]:spans[2*i+1]]
	}
	return words
}

// countTextWords counts the words textWords would return, without
// making them: the length limits of the rules reject most boxes on it.
func countTextWords(s string) int { return countTextWordsTo(s, len(s)) }

// countTextWordsTo is countTextWords(s), but stops counting at limit:
// a rule that only asks "more than limit words?" reads no further.
func countTextWordsTo(s string, limit int) int {
	count, inWord := 0, false
	for _, r := range s {
		switch {
		case isWordRune(r):
			if !inWord {
				if count == limit {
					return count
				}
				count++
				inWord = true
			}
		case r == '\'' || r == '’':
			// an apostrophe continues a word and starts none
		default:
			inWord = false
		}
	}
	return count
}

// isWordRune: a letter or a digit, the ASCII ones without a table look-up.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
