package model

import (
	"strings"
	"unicode"

	"github.com/caveat-reader/caveat/model/tokview"
)

// boilerPattern is one line of rules/boilerplate.tsv.
type boilerPattern struct {
	rule    string
	text    string
	prefix  bool // "^": the line begins with text
	related bool // "+": a related-stories marker
}

var boilerPatterns = mustLoadBoilerplate()

// boilerByFirst holds boilerPatterns by the first byte of their text (never
// empty), in file order, so that a line is compared only with the patterns
// that could match it; the first match in file order still wins.
var boilerByFirst = func() (t [256][]boilerPattern) {
	for _, p := range boilerPatterns {
		t[p.text[0]] = append(t[p.text[0]], p)
	}
	return t
}()

func mustLoadBoilerplate() []boilerPattern {
	var out []boilerPattern
	err := eachRow("rules/boilerplate.tsv", 2, func(f []string) error {
		if _, ok := lex.rules[f[0]]; !ok || len(f[1]) < 2 {
			return errBadRow
		}
		p := boilerPattern{rule: f[0], text: f[1][1:]}
		switch f[1][0] {
		case '^':
			p.prefix = true
		case '+':
			p.related = true
		case '=':
		default:
			return errBadRow
		}
		out = append(out, p)
		return nil
	})
	if err != nil {
		panic("model: bad embedded boilerplate data: " + err.Error())
	}
	return out
}

// line is one non-blank line of the text and the sentences on it.
type line struct {
	key        string // normalised text for matching
	para       int
	first, end int // sentence indexes [first, end)
}

// headlineMax is the longest line taken for a related-story headline.
const headlineMax = 160

// markBoilerplate flags site furniture line by line: listed furniture and
// credits, lines repeated on the page (related-story headlines), and
// short lines beside a related-stories marker. It returns which sentences
// are boilerplate; they get no other flags.
func markBoilerplate(z *analyzer) []bool {
	out := make([]bool, len(z.a.Sentences))
	lines := z.lines()
	count := map[string]int{}
	for _, l := range lines {
		count[l.key]++
	}
	rules := make([]string, len(lines))
	for i, l := range lines {
		var candidates []boilerPattern
		if l.key != "" {
			candidates = boilerByFirst[l.key[0]]
		}
		for _, p := range candidates {
			if l.key == p.text || (p.prefix && strings.HasPrefix(l.key, p.text)) {
				rules[i] = p.rule
				if p.related {
					// The headlines beside a "Related" marker, in its
					// paragraph or the next one.
					for _, j := range []int{i - 1, i + 1} {
						if j >= 0 && j < len(lines) && abs(lines[j].para-l.para) <= 1 && isHeadlineLike(lines[j].key) && rules[j] == "" {
							rules[j] = "boiler.repeated_line"
						}
					}
				}
				break
			}
		}
		// A headline printed twice is a related-story link; lines that
		// recur more often are the article's own lists and tables.
		if rules[i] == "" && count[l.key] == 2 && isHeadlineLike(l.key) && z.titleCase(l) {
			rules[i] = "boiler.repeated_line"
		}
	}
	for i, l := range lines {
		if rules[i] == "" {
			continue
		}
		for s := l.first; s < l.end; s++ {
			out[s] = true
			z.addSentenceFlag(rules[i], s)
		}
	}
	return out
}

// isHeadlineLike: short, and not ending like a sentence of prose.
func isHeadlineLike(key string) bool {
	return key != "" && len(key) <= headlineMax && !strings.HasSuffix(key, ".")
}

// lines groups the sentences by the line they stand on.
func (z *analyzer) lines() []line {
	// Counted first, so the slice is made once at its size: grown by
	// append, a document's lines would be copied several times over.
	n := 0
	for i := 0; i < len(z.a.Sentences); n++ {
		_, _, i = z.lineAt(i)
	}
	out := make([]line, 0, n)
	sents := z.a.Sentences
	for i := 0; i < len(sents); {
		ls, le, j := z.lineAt(i)
		// Only the head of a long line matters: furniture is short, and
		// credits are recognised by how they begin.
		out = append(out, line{key: lineKey(toLower(z.text[ls:min(le, ls+headlineMax+1)])), para: sents[i].Paragraph, first: i, end: j})
		i = j
	}
	return out
}

// lineAt returns the bounds of the line sentence i starts on and the
// first sentence after that line.
func (z *analyzer) lineAt(i int) (ls, le, j int) {
	sents := z.a.Sentences
	ls = strings.LastIndexByte(z.text[:sents[i].Start], '\n') + 1
	le = strings.IndexByte(z.text[sents[i].Start:], '\n')
	if le < 0 {
		le = len(z.text)
	} else {
		le += sents[i].Start
	}
	j = i + 1
	for j < len(sents) && sents[j].Start < le {
		j++
	}
	return ls, le, j
}

// lineKey takes a line already ASCII-lower-cased and strips markdown
// marks, bullets and enclosing brackets, so "**Advertisement**" and
// "(Reporting by …)" match their patterns.
func lineKey(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "#>*_-• \t")
	s = strings.TrimRight(s, "*_ \t\r")
	s = strings.TrimPrefix(s, "(")
	s = strings.TrimSuffix(s, ")")
	s = strings.ReplaceAll(s, "’", "'")
	return strings.TrimSpace(s)
}

// addSentenceFlag flags a whole sentence (a line of furniture), with its
// first word as the cue.
func (z *analyzer) addSentenceFlag(ruleID string, sent int) {
	s := z.a.Sentences[sent]
	cueEnd := s.Start
	for cueEnd < s.End {
		r, n := decodeAt(z.text, cueEnd)
		if !isTextWordRune(r) {
			break
		}
		cueEnd += n
	}
	if cueEnd == s.Start {
		cueEnd = s.End
	}
	z.flags = append(z.flags, newFlagRec(lex.rule(ruleID), sent, s.Span, Span{s.Start, cueEnd}))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// titleCase: the line is a headline in title case ("Putin Seeks to Shore
// Up Ties"): at least three words, most of the content words capitalised,
// not a question or a lead-in.
func (z *analyzer) titleCase(l line) bool {
	s := z.a.Sentences[l.first].Start
	e := z.a.Sentences[l.end-1].End
	text := z.text[s:e]
	if strings.HasSuffix(text, "?") || strings.HasSuffix(text, ":") {
		return false
	}
	words, caps := 0, 0
	for _, w := range strings.Fields(text) {
		w = strings.TrimLeft(w, "\"'‘’“”(")
		if w == "" || isMinorWord(strings.ToLower(w)) {
			continue
		}
		r, _ := decodeAt(w, 0)
		if !isTextWordRune(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// titleMinorWords are the words a title-case headline leaves in lower
// case (model/lexicon/data).
var titleMinorWords = tokview.ClassSet("title_minor_word")

func isMinorWord(w string) bool { return titleMinorWords.Has(w) }
