package model

import (
	"bufio"
	"slices"
	"strconv"
	"unicode/utf8"
)

// WriteJSON writes the contract's document for a (Document(meta,
// includeText)) straight into w, on one line without its newline. The
// bytes are those of encoding/json's Marshal followed by the escaping of
// DEL, C1 controls and bidi controls that a terminal showing the JSON
// might obey, done here in the same pass: a document of 10 MB is neither
// built as a Document nor held twice as bytes. Tests hold the two equal
// on the corpus and on fuzzed text.
func (a *Analysis) WriteJSON(w *bufio.Writer, meta Meta, includeText bool) error {
	j := jsonWriter{w: w}
	j.raw(`{"schema":`)
	j.str(Schema)
	j.raw(`,"source":`)
	j.str(meta.Source)
	j.raw(`,"title":`)
	j.str(meta.Title)
	j.raw(`,"format":`)
	j.str(meta.Format)
	j.optional(`,"url":`, meta.URL)
	j.optional(`,"byline":`, meta.Byline)
	j.optional(`,"site":`, meta.Site)
	j.optional(`,"date":`, meta.Date)
	j.raw(`,"bytes":`)
	j.int(len(a.Text))
	j.raw(`,"flags":[`)
	for i, f := range a.Flags {
		if i > 0 {
			j.byte(',')
		}
		a.writeFlag(&j, f)
	}
	j.raw(`],"summary":`)
	a.writeSummary(&j)
	j.raw(`,"sources":[`)
	for i, s := range a.Sources {
		if i > 0 {
			j.byte(',')
		}
		j.raw(`{"id":`)
		j.str(s.ID)
		j.raw(`,"description":`)
		j.str(s.Description)
		j.raw(`,"type":`)
		j.str(string(s.Type))
		j.raw(`,"sentences":`)
		a.writeSentenceSpans(&j, s.Sentences)
		j.byte('}')
	}
	j.raw(`],"checks":[`)
	for i, c := range a.Checks {
		if i > 0 {
			j.byte(',')
		}
		j.raw(`{"id":`)
		j.str(c.ID)
		j.raw(`,"question":`)
		j.str(c.Question)
		j.raw(`,"standard":`)
		j.str(c.Standard)
		j.raw(`,"answer":`)
		j.str(c.Answer)
		j.raw(`,"raised":`)
		j.raw(strconv.FormatBool(c.Raised))
		j.raw(`,"sentences":`)
		a.writeSentenceSpans(&j, c.Sentences)
		j.byte('}')
	}
	j.byte(']')
	if includeText {
		j.raw(`,"text":`)
		j.str(a.Text)
	}
	j.byte('}')
	return j.err
}

func (a *Analysis) writeFlag(j *jsonWriter, f Flag) {
	j.raw(`{"kind":`)
	j.str(string(f.Kind))
	j.raw(`,"start":`)
	j.int(f.Span.Start)
	j.raw(`,"end":`)
	j.int(f.Span.End)
	j.raw(`,"text":`)
	j.str(a.Text[f.Span.Start:f.Span.End])
	j.raw(`,"cue":`)
	j.str(a.Text[f.Cue.Start:f.Cue.End])
	j.raw(`,"rule":`)
	j.str(f.Rule)
	j.raw(`,"explanation":`)
	j.str(f.Explanation)
	j.raw(`,"sentence":`)
	j.span(a.Sentences[f.Sentence].Span)
	if f.Source >= 0 && f.Source < len(a.Sources) {
		j.optional(`,"source":`, a.Sources[f.Source].ID)
	}
	j.byte('}')
}

// writeSummary writes Summary() as encoding/json writes a map: keys in
// sorted order. It counts without building the map.
func (a *Analysis) writeSummary(j *jsonWriter) {
	type count struct {
		kind Kind
		n    int
	}
	counts := []count{{AnonymousSource, 0}, {Denial, 0}, {Uncertainty, 0}}
	for _, f := range a.Flags {
		i := slices.IndexFunc(counts, func(c count) bool { return c.kind == f.Kind })
		if i < 0 {
			i = len(counts)
			counts = append(counts, count{kind: f.Kind})
		}
		counts[i].n++
	}
	slices.SortFunc(counts, func(x, y count) int {
		switch {
		case x.kind < y.kind:
			return -1
		case x.kind > y.kind:
			return 1
		}
		return 0
	})
	j.byte('{')
	for i, c := range counts {
		if i > 0 {
			j.byte(',')
		}
		j.str(string(c.kind))
		j.byte(':')
		j.int(c.n)
	}
	j.byte('}')
}

func (a *Analysis) writeSentenceSpans(j *jsonWriter, idx []int) {
	j.byte('[')
	for i, s := range idx {
		if i > 0 {
			j.byte(',')
		}
		j.span(a.Sentences[s].Span)
	}
	j.byte(']')
}

// jsonWriter writes JSON tokens to a bufio.Writer, keeping its first
// error (bufio's errors are sticky, so later writes are harmless).
type jsonWriter struct {
	w       *bufio.Writer
	err     error
	scratch [20]byte
}

func (j *jsonWriter) raw(s string) {
	if _, err := j.w.WriteString(s); err != nil && j.err == nil {
		j.err = err
	}
}

func (j *jsonWriter) byte(b byte) {
	if err := j.w.WriteByte(b); err != nil && j.err == nil {
		j.err = err
	}
}

func (j *jsonWriter) int(n int) {
	if _, err := j.w.Write(strconv.AppendInt(j.scratch[:0], int64(n), 10)); err != nil && j.err == nil {
		j.err = err
	}
}

func (j *jsonWriter) span(s Span) {
	j.raw(`{"start":`)
	j.int(s.Start)
	j.raw(`,"end":`)
	j.int(s.End)
	j.byte('}')
}

// optional writes an omitempty string field: nothing when s is empty.
func (j *jsonWriter) optional(key, s string) {
	if s != "" {
		j.raw(key)
		j.str(s)
	}
}

const hexDigits = "0123456789abcdef"

// jsonPlain marks the ASCII bytes written as they are: what encoding/json
// leaves unescaped with HTML escaping on, less DEL.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < 0x7f; b++ {
		t[b] = true
	}
	for _, b := range `"\<>&` {
		t[b] = false
	}
	return t
}()

// str writes s as a JSON string. It escapes what encoding/json escapes
// (quote, backslash, C0 controls, <, >, &, U+2028, U+2029, invalid UTF-8 as
// \ufffd) and also DEL, C1 controls and bidi controls, in the same \u form.
func (j *jsonWriter) str(s string) {
	j.byte('"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if jsonPlain[b] {
				i++
				continue
			}
			j.raw(s[start:i])
			switch b {
			case '\\', '"':
				j.byte('\\')
				j.byte(b)
			case '\b':
				j.raw(`\b`)
			case '\f':
				j.raw(`\f`)
			case '\n':
				j.raw(`\n`)
			case '\r':
				j.raw(`\r`)
			case '\t':
				j.raw(`\t`)
			default:
				j.escape(rune(b))
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			j.raw(s[start:i])
			j.raw(`\ufffd`)
		} else if jsonEscapedRune(r) {
			j.raw(s[start:i])
			j.escape(r)
		} else {
			i += size
			continue
		}
		i += size
		start = i
	}
	j.raw(s[start:])
	j.byte('"')
}

func (j *jsonWriter) escape(r rune) {
	j.raw(`\u`)
	j.byte(hexDigits[r>>12&0xf])
	j.byte(hexDigits[r>>8&0xf])
	j.byte(hexDigits[r>>4&0xf])
	j.byte(hexDigits[r&0xf])
}

// jsonEscapedRune: the non-ASCII runes written as \u escapes. U+2028 and
// U+2029 because encoding/json does; C1 controls and the bidi controls
// (embeddings, overrides, isolates, marks) because a terminal may obey or
// reorder them.
func jsonEscapedRune(r rune) bool {
	return (r >= 0x80 && r <= 0x9f) || r == 0x2028 || r == 0x2029 ||
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200E || r == 0x200F || r == 0x061C
}
