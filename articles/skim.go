package articles

import (
	"bytes"

	"golang.org/x/net/html/atom"
)

// rawTextSpans skims a page for the texts of its <script> and <style>
// elements, following the tokenizer of the HTML standard (as
// golang.org/x/net/html implements it) far enough to know where tags,
// comments and raw texts begin and end: it jumps from '<' to '<' and reads
// only tags and comments closely. Inside <svg> and <math> (foreign
// content, where <style> is not raw text) it blanks nothing. A skim that
// misjudges costs a second parse, never a different tree (rawtext.go).
func rawTextSpans(text []byte) []rawSpan {
	if bytes.IndexByte(text, placeholderByte) >= 0 || bytes.IndexByte(text, 0) >= 0 {
		return nil
	}
	var spans []rawSpan
	foreign := 0 // open <svg> and <math> elements
	for i := 0; ; {
		j := bytes.IndexByte(text[i:], '<')
		if j < 0 || i+j+2 >= len(text) {
			return spans
		}
		i += j
		c := text[i+1]
		switch {
		case isASCIILetter(c):
			nameEnd := tagNameEnd(text, i+2)
			end := tagEnd(text, nameEnd)
			if end < 0 {
				return spans
			}
			name := text[i+1 : nameEnd]
			i = end
			selfClosing := text[end-2] == '/'
			if isTag(name, "svg") || isTag(name, "math") {
				if !selfClosing {
					foreign++
				}
				continue
			}
			if foreign > 0 {
				continue
			}
			raw := rawTextTag(name)
			switch raw {
			case "":
				continue
			case "plaintext":
				return spans
			}
			close := rawTextEnd(text, end, raw)
			if close < 0 {
				return spans
			}
			// Script text holding "<!--" may hide its end tag (the
			// standard's escaped states): it is left to the tokenizer.
			if (raw == "script" || raw == "style") && close > end &&
				!(raw == "script" && bytes.Contains(text[end:close], []byte("<!--"))) {
				spans = append(spans, rawSpan{end, close, atom.Lookup([]byte(raw))})
			}
			i = close
		case c == '/':
			if isASCIILetter(text[i+2]) {
				nameEnd := tagNameEnd(text, i+3)
				end := tagEnd(text, nameEnd)
				if end < 0 {
					return spans
				}
				if name := text[i+2 : nameEnd]; foreign > 0 && (isTag(name, "svg") || isTag(name, "math")) {
					foreign--
				}
				i = end
				continue
			}
			if i = closeAngle(text, i+2); i < 0 {
				return spans
			}
		case c == '!':
			if bytes.HasPrefix(text[i+2:], []byte("--")) {
				i = commentEnd(text, i+4)
			} else if foreign > 0 && bytes.HasPrefix(text[i+2:], []byte("[CDATA[")) {
				if k := bytes.Index(text[i+9:], []byte("]]>")); k >= 0 {
					i += 9 + k + 3
				} else {
					i = -1
				}
			} else {
				i = closeAngle(text, i+2)
			}
			if i < 0 {
				return spans
			}
		case c == '?':
			if i = closeAngle(text, i+1); i < 0 {
				return spans
			}
		default:
			i++
		}
	}
}

// rawTextTags are the elements whose text the tokenizer reads raw, to
// their end tag (with scripting on, as html.Parse runs: <noscript> too);
// <plaintext> runs to the end of the page.
var rawTextTags = []string{"script", "style", "iframe", "noembed", "noframes", "noscript", "textarea", "title", "xmp", "plaintext"}

// rawTextTag is the lower-case name of a raw text element, or "".
func rawTextTag(name []byte) string {
	for _, t := range rawTextTags {
		if isTag(name, t) {
			return t
		}
	}
	return ""
}

// isTag compares a tag name in ASCII case-insensitively with a lower-case
// one, as the tokenizer does.
func isTag(name []byte, lower string) bool {
	if len(name) != len(lower) {
		return false
	}
	for i := range name {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isTagSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

// tagNameEnd is where a tag name that goes on at i ends: white space, '/'
// or '>'.
func tagNameEnd(text []byte, i int) int {
	for i < len(text) && !isTagSpace(text[i]) && text[i] != '/' && text[i] != '>' {
		i++
	}
	return i
}

// tagEnd reads a tag's attributes from i, just past its name, and returns
// the index after its closing '>', or -1 when the page ends first.
// Attribute values in quotes may hold '>'.
func tagEnd(text []byte, i int) int {
	skip := func() {
		for i < len(text) && isTagSpace(text[i]) {
			i++
		}
	}
	skip()
	for i < len(text) {
		if text[i] == '>' {
			return i + 1
		}
		// The name: an '=' is part of it only in first place.
		start := i
		for i < len(text) {
			c := text[i]
			if isTagSpace(c) || c == '/' || c == '>' || c == '=' && i > start {
				break
			}
			i++
		}
		// The value.
		skip()
		if i < len(text) && text[i] == '/' {
			i++
		} else if i < len(text) && text[i] == '=' {
			i++
			skip()
			if i < len(text) {
				switch q := text[i]; q {
				case '>':
				case '"', '\'':
					k := bytes.IndexByte(text[i+1:], q)
					if k < 0 {
						return -1
					}
					i += 1 + k + 1
				default:
					for i < len(text) && !isTagSpace(text[i]) && text[i] != '>' {
						i++
					}
				}
			}
		}
		skip()
	}
	return -1
}

// rawTextEnd is the index of the end tag "</name" that closes raw text
// starting at i (followed by white space, '/' or '>'), or -1; name is
// lower case.
func rawTextEnd(text []byte, i int, name string) int {
	for {
		k := bytes.Index(text[i:], []byte("</"))
		if k < 0 {
			return -1
		}
		at := i + k
		after := at + 2 + len(name)
		if after >= len(text) {
			return -1
		}
		if isTag(text[at+2:after], name) {
			if c := text[after]; isTagSpace(c) || c == '/' || c == '>' {
				return at
			}
		}
		i = at + 2
	}
}

// closeAngle is the index after the first '>' from i, or -1.
func closeAngle(text []byte, i int) int {
	if i > len(text) {
		return -1
	}
	k := bytes.IndexByte(text[i:], '>')
	if k < 0 {
		return -1
	}
	return i + k + 1
}

// commentEnd is the index after the comment whose text starts at i (just
// past "<!--"), or -1. It ends at "-->" or "--!>" within its text, or at
// a '>' after nothing but dashes ("<!-->", "<!--->").
func commentEnd(text []byte, i int) int {
	k := i
	for k < len(text) && text[k] == '-' {
		k++
	}
	if k < len(text) && text[k] == '>' {
		return k + 1
	}
	for j := i; ; j++ {
		k := bytes.IndexByte(text[j:], '>')
		if k < 0 {
			return -1
		}
		j += k
		if j-2 >= i && text[j-1] == '-' && text[j-2] == '-' ||
			j-3 >= i && text[j-1] == '!' && text[j-2] == '-' && text[j-3] == '-' {
			return j + 1
		}
	}
}
