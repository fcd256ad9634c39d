package model

import (
	"testing"
	"unicode/utf8"
)

// FuzzAnalyze: any input, however broken, gives an analysis whose spans
// lie inside the text on rune boundaries, whose flags lie inside their
// sentence, and whose flags are sorted.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"",
		"Officials said the dam may fail. The company denied the report.",
		"\u201cWe won. We earned it,\u201d said a source close to the team.",
		"Advertisement\n\nU.S. Sen. Ada Cole said on Jan. 5 that the 1990s. Were odd?",
		"# Head\n\n**bold** [link](http://x/y) \x1b[31mred\x1b[0m \xff\xfe bad \xe2\x80",
		"\"\"\"\u201c\u201d. . . ?! \r\n\r\n\t\u00a0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := Analyze(text)
		checkAnalysis(t, text, a)
	})
}

func checkAnalysis(t *testing.T, text string, a *Analysis) {
	t.Helper()
	bounds := runeBoundaries(text)
	inText := func(what string, s Span) {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s %v outside text of %d bytes", what, s, len(text))
		}
		if !bounds[s.Start] || !bounds[s.End] {
			t.Fatalf("%s %v not on rune boundaries in %q", what, s, text)
		}
	}
	for i, p := range a.Paragraphs {
		inText("paragraph", p)
		if i > 0 && a.Paragraphs[i-1].End > p.Start {
			t.Fatalf("paragraphs overlap")
		}
	}
	for i, s := range a.Sentences {
		inText("sentence", s.Span)
		if s.Start == s.End {
			t.Fatalf("empty sentence %d", i)
		}
		if i > 0 && a.Sentences[i-1].End > s.Start {
			t.Fatalf("sentences overlap at %d", i)
		}
		if s.Paragraph < 0 || s.Paragraph >= len(a.Paragraphs) {
			t.Fatalf("sentence %d has paragraph %d of %d", i, s.Paragraph, len(a.Paragraphs))
		}
		for k := s.Start; k < s.End; k++ {
			if text[k] == '\n' {
				t.Fatalf("sentence %d crosses a line break", i)
			}
		}
	}
	for i, f := range a.Flags {
		inText("flag span", f.Span)
		inText("flag cue", f.Cue)
		if f.Sentence < 0 || f.Sentence >= len(a.Sentences) {
			t.Fatalf("flag %d names sentence %d of %d", i, f.Sentence, len(a.Sentences))
		}
		s := a.Sentences[f.Sentence]
		if f.Span.Start < s.Start || f.Span.End > s.End || f.Span.Len() == 0 {
			t.Fatalf("flag %d span %v outside its sentence %v", i, f.Span, s.Span)
		}
		if f.Cue.Start < f.Span.Start || f.Cue.End > f.Span.End {
			t.Fatalf("flag %d cue %v outside span %v", i, f.Cue, f.Span)
		}
		if i > 0 && a.Flags[i-1].Span.Start > f.Span.Start {
			t.Fatalf("flags not sorted at %d", i)
		}
	}
	for _, at := range a.Attributions {
		inText("attribution", at.Mention)
	}
}

// runeBoundaries marks every offset where decoding from the start of text
// begins a rune (invalid bytes count as one-byte runes), and len(text).
func runeBoundaries(text string) map[int]bool {
	b := map[int]bool{len(text): true}
	for i := 0; i < len(text); {
		b[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return b
}

// TestCorpusInvariants checks the same properties on every corpus article.
func TestCorpusInvariants(t *testing.T) {
	for _, d := range loadCorpus(t, "dev", "seed") {
		checkAnalysis(t, d.text, Analyze(d.text))
	}
}
