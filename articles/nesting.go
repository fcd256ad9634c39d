package articles

// maxMarkdownNesting bounds how deeply block quotes and lists may nest
// before a markdown article is shown as plain text instead. Glamour's time
// grows exponentially with quote depth (50 levels take a second, 100 do not
// finish) and steeply with list depth; no news article nests past a
// handful of levels, so a text that does is hostile or broken, and its
// words are still all there when read as plain text.
const maxMarkdownNesting = 20

// tooDeeplyNested reports whether any line of markdown opens more than
// maxMarkdownNesting block containers. It reads line prefixes only, so it
// costs one pass over the text.
func tooDeeplyNested(md string) bool {
	for i := 0; i < len(md); {
		if lineDepth(md, i) > maxMarkdownNesting {
			return true
		}
		for i < len(md) && md[i] != '\n' {
			i++
		}
		i++
	}
	return false
}

// lineDepth estimates the container depth at the start of the line at i:
// one per quote marker and list marker, plus one per two columns of
// indentation before the last marker (nested lists nest by indentation).
// Indentation not followed by a marker (an indented code block) does not
// count. It over-counts spaced quotes ("> > >") a little, which only makes
// the limit safer.
func lineDepth(s string, i int) int {
	markers, cols, depth := 0, 0, 0
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ':
			cols++
			i++
		case c == '\t':
			cols += 4
			i++
		case c == '>':
			markers++
			depth = markers + cols/2
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\t'):
			markers++
			depth = markers + cols/2
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && j-i < 9 && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j+1 < len(s) && (s[j] == '.' || s[j] == ')') && (s[j+1] == ' ' || s[j+1] == '\t') {
				markers++
				depth = markers + cols/2
				i = j + 1
				continue
			}
			return depth
		default:
			return depth
		}
	}
	return depth
}
