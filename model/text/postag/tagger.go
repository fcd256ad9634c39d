package postag

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed closed.tsv
var closedData string

//go:embed irregular.tsv
var irregularData string

// Tagger assigns tags to the words of one sentence.
type Tagger struct {
	closed map[string]Tag
	// past and participle map irregular forms to their base.
	past, participle map[string]string
	base             map[string]bool
}

var (
	defaultOnce sync.Once
	defaultTag  *Tagger
)

// Default returns the tagger built from the embedded data, built once.
func Default() *Tagger {
	defaultOnce.Do(func() { defaultTag = build() })
	return defaultTag
}

func build() *Tagger {
	t := &Tagger{closed: map[string]Tag{}, past: map[string]string{}, participle: map[string]string{}, base: map[string]bool{}}
	for _, f := range rows(closedData, 2) {
		tag, ok := parseTag(f[1])
		if !ok {
			panic("postag: closed.tsv: bad tag " + f[1])
		}
		t.closed[f[0]] = tag
	}
	for _, f := range rows(irregularData, 3) {
		t.base[f[0]] = true
		t.past[f[1]] = f[0]
		t.participle[f[2]] = f[0]
	}
	return t
}

func rows(data string, n int) [][]string {
	var out [][]string
	for _, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != n {
			panic("postag: bad data line " + line)
		}
		out = append(out, f)
	}
	return out
}

// Tag tags one sentence, words as they stand in the text, appending to
// out[:0]. Context is the previous tag only, so tagging is linear.
func (t *Tagger) Tag(words []string, out []Tag) []Tag {
	out = out[:0]
	prev, verbal := X, X // verbal: the last tag that is not an adverb
	for i, w := range words {
		tag := t.tagWord(w, i, prev, verbal, words)
		out = append(out, tag)
		prev = tag
		if tag != RB {
			verbal = tag
		}
	}
	return out
}

func (t *Tagger) tagWord(w string, i int, prev, verbal Tag, words []string) Tag {
	r, size := utf8.DecodeRuneInString(w)
	if (r == '\'' || r == '’') && len(w) > size {
		if strings.EqualFold(w[size:], "s") {
			if prev == NN || prev == NNS || prev == NNP || prev == NNPS {
				return POS
			}
			return VBZ // "there's", "it's"
		}
		if tag, ok := t.closed["'"+strings.ToLower(w[size:])]; ok {
			return tag // a clitic: "'m", "’re"
		}
	}
	switch {
	case w == "":
		return X
	case r == '“' || r == '”' || r == '"' || r == '‘' || r == '’' && len(w) == len("’") || r == '\'' && len(w) == 1:
		return Quote
	case r == '(' || r == ')' || r == '[' || r == ']':
		return Paren
	case unicode.IsDigit(r):
		return CD
	case !unicode.IsLetter(r):
		return Punct
	}
	lw := fold(w)
	if lw == "'s" {
		if prev == NN || prev == NNS || prev == NNP || prev == NNPS {
			return POS
		}
		return VBZ
	}
	if strings.HasSuffix(lw, "n't") {
		return RB
	}
	if tag, ok := t.closed[lw]; ok {
		return t.closedInContext(lw, tag, prev, i, words)
	}
	capital := unicode.IsUpper(r)
	if capital && i > 0 && !isOpenQuote(words[i-1]) {
		if strings.HasSuffix(lw, "s") && len(lw) > 3 && !strings.HasSuffix(lw, "ss") && allCapsOrTitle(w) == 2 {
			return NNPS
		}
		return NNP
	}
	if b, ok := t.participle[lw]; ok {
		if _, also := t.past[lw]; !also || auxBefore(prev, words, i) {
			_ = b
			return VBN
		}
		return VBD
	}
	if _, ok := t.past[lw]; ok {
		return VBD
	}
	afterInfinitive := verbal == TO || verbal == MD || prev == RB && i > 1 && isDoForm(words[i-2])
	if afterInfinitive && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && len(lw) > 3 {
		afterInfinitive = false // a base form never ends in -s: "to immigrants"
	}
	if t.base[lw] && afterInfinitive {
		return VB
	}
	n := len(lw)
	switch {
	case strings.HasSuffix(lw, "ly") && n > 4:
		return RB
	case strings.HasSuffix(lw, "ing") && n > 4:
		if prev == DT || prev == PRPS || prev == JJ {
			return NN
		}
		return VBG
	case strings.HasSuffix(lw, "ed") && n > 3:
		if auxBefore(prev, words, i) {
			return VBN
		}
		if prev == DT || prev == PRPS || prev == RB && i > 1 && isDet(words[i-2]) {
			return JJ // "the alleged plot"
		}
		return VBD
	case afterInfinitive:
		return VB
	case hasAny(lw, "ous", "ful", "ive", "able", "ible", "less", "ic", "ical", "ish", "ary"):
		return JJ
	case strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !strings.HasSuffix(lw, "us") && !strings.HasSuffix(lw, "is") && n > 2:
		if prev == PRP || prev == WDT || prev == WP || prev == EX {
			return VBZ
		}
		if i+1 < len(words) && (prev == NN || prev == NNP) {
			// A pronoun, determiner or "that" after it: the word is the
			// verb ("the club denies it", "the bank disputes that").
			switch t.closed[fold(words[i+1])] {
			case PRP, DT, PRPS:
				return VBZ
			}
			if strings.EqualFold(words[i+1], "that") {
				return VBZ
			}
		}
		if (prev == NN || prev == NNP) && !(i > 1 && (isDet(words[i-2]) || strings.HasSuffix(words[i-2], "'s") || strings.HasSuffix(words[i-2], "’s") || t.verbish(words[i-2]))) {
			return VBZ // "the company says"; not "the personal lawyers"
		}
		return NNS
	}
	if prev == PRP && (i == 1 || !isPrep(words[i-2])) {
		return VBP // "they claim"
	}
	return NN
}

func (t *Tagger) closedInContext(lw string, tag Tag, prev Tag, i int, words []string) Tag {
	switch lw {
	case "that":
		// "that" after a noun or verb starts a clause; before a noun it
		// points.
		if i+1 < len(words) {
			next := fold(words[i+1])
			if t.closed[next] == DT || t.closed[next] == PRP || t.closed[next] == EX {
				return IN
			}
		}
		if prev == DT || prev == IN || i == 0 {
			return DT
		}
		return IN
	case "her":
		if i+1 >= len(words) || t.closed[fold(words[i+1])] != 0 {
			return PRP
		}
	case "have", "do":
		if prev == TO || prev == MD {
			return VB
		}
	case "be":
		return VB
	}
	return tag
}

func auxBefore(prev Tag, words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch fold(words[k]) {
		case "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "'s", "'ve", "'d", "get", "got":
			return true
		case "not", "never", "also", "already", "just", "n't", "reportedly", "allegedly":
			continue
		}
		if !strings.HasSuffix(strings.ToLower(words[k]), "ly") {
			return false
		}
	}
	return false
}

func isOpenQuote(w string) bool { return w == "“" || w == "\"" || w == "‘" || w == "(" || w == ":" }

func isDet(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}

func isPrep(w string) bool {
	switch strings.ToLower(w) {
	case "to", "of", "for", "with", "by", "at", "from", "on", "in":
		return true
	}
	return false
}

// allCapsOrTitle returns 1 for an all-caps word, 2 for a title-case one.
func allCapsOrTitle(w string) int {
	caps := true
	for _, r := range w {
		if unicode.IsLower(r) {
			caps = false
		}
	}
	if caps {
		return 1
	}
	return 2
}

func hasAny(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// Lemma returns the dictionary form of word given its tag: "denied",VBD
// -> "deny"; "allegations",NNS -> "allegation". Words of other tags are
// returned lower-cased.
func Lemma(word string, tag Tag) string {
	t := Default()
	w := fold(word)
	switch tag {
	case VBD, VBN:
		if b, ok := t.past[w]; ok {
			return b
		}
		if b, ok := t.participle[w]; ok {
			return b
		}
		return stripEd(w)
	case VBZ:
		switch w {
		case "is", "'s":
			return "be"
		case "has":
			return "have"
		case "does":
			return "do"
		}
		return stripS(w)
	case VBP:
		switch w {
		case "are", "am", "'re", "'m":
			return "be"
		case "'ve":
			return "have"
		}
	case NNS:
		return stripS(w)
	case VBG:
		return stripIng(w)
	}
	return w
}

func stripS(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "ses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		if strings.HasSuffix(w, "ses") && !strings.HasSuffix(w, "sses") {
			return w[:n-1] // "cases", "uses"
		}
		return w[:n-2]
	case n > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:n-1]
	}
	return w
}

func stripEd(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ed"):
		stem := w[:n-2]
		if m := len(stem); m > 2 && stem[m-1] == stem[m-2] && !strings.ContainsRune("aeiouslz", rune(stem[m-1])) {
			return stem[:m-1] // "rebutted" -> "rebut"
		}
		if needsE(stem) {
			return stem + "e"
		}
		return stem
	}
	return w
}

func stripIng(w string) string {
	n := len(w)
	if n <= 4 || !strings.HasSuffix(w, "ing") {
		return w
	}
	stem := w[:n-3]
	if m := len(stem); m > 2 && stem[m-1] == stem[m-2] && !strings.ContainsRune("aeiouslz", rune(stem[m-1])) {
		return stem[:m-1]
	}
	if needsE(stem) {
		return stem + "e"
	}
	return stem
}

// needsE guesses whether a stem lost a final "e" ("disputed" ->
// "dispute", "refuting" -> "refute"): a consonant-vowel-consonant ending
// with one of the consonants that English spells with a silent e.
func needsE(stem string) bool {
	m := len(stem)
	if m < 3 {
		return false
	}
	last, mid := stem[m-1], stem[m-2]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	if strings.HasSuffix(stem, "us") || strings.HasSuffix(stem, "os") || strings.HasSuffix(stem, "rg") || strings.HasSuffix(stem, "dg") ||
		strings.HasSuffix(stem, "nc") || strings.HasSuffix(stem, "rc") || strings.HasSuffix(stem, "ov") || strings.HasSuffix(stem, "iv") || strings.HasSuffix(stem, "lv") {
		return true
	}
	return vowel(mid) && !vowel(stem[m-3]) && strings.IndexByte("tzcvk", last) >= 0 && !(mid == 'e' && last == 't') && !(mid == 'i' && last == 't' && m > 5)
}

func isDoForm(w string) bool {
	switch strings.ToLower(w) {
	case "do", "does", "did":
		return true
	}
	return false
}

// verbish: the word looks like a verb form ("denying", "sent"), so a
// noun after it is its object's modifier ("denying flu vaccines").
func (t *Tagger) verbish(w string) bool {
	lw := strings.ToLower(w)
	if _, ok := t.past[lw]; ok {
		return true
	}
	return len(lw) > 4 && (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed"))
}

// fold lower-cases w and makes ’ an ASCII apostrophe, without a copy
// when w is already plain lower-case ASCII (most words).
func fold(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
	}
	return w
}
