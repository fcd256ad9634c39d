package model

import "strings"

// Analyze reads text and returns what it says about its sourcing.
// TEMPORARY foundation version: paragraphs and lines only; the detector
// replaces it.
func Analyze(text string) *Analysis {
	a := &Analysis{Text: text}
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			a.Paragraphs = append(a.Paragraphs, Span{start, end})
			a.Sentences = append(a.Sentences, Sentence{Span: Span{start, end}, Paragraph: len(a.Paragraphs) - 1})
		}
		start = end + 2
	}
	return a
}
