package model

import (
	"strconv"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/model/detect"
	stream "github.com/caveat-reader/caveat/model/text"
)

// pathologicalShapes are texts built to break a stage that is not linear:
// one huge sentence, one paragraph of many sentences, a text of quotation
// marks, and a text where every word is a cue.
var pathologicalShapes = []struct {
	name string
	unit string // repeated to the size; no newline unless the shape has paragraphs
}{
	{"one-sentence", "an official said the company had not denied the baseless claims, "},
	{"one-paragraph", "An official said the firm had not denied the claims. "},
	{"quotation-marks", "“ "},
	{"every-word-a-cue", "denied not never baseless allegedly reportedly "},
	// The memory of parties under a claim: accusations, named speakers,
	// quoted negations and pronoun targets in one run (detect.Parties).
	{"parties", "“We did not,” said Big Machine Records, which they accused of it, and Smith Jones Co said none of them had, "},
	{"quoted-negations", "they accused them, “we did not do it” and "},
}

func shapeText(unit string, size int) string {
	return strings.Repeat(unit, size/len(unit)+1)[:size]
}

// BenchmarkStructureShapes runs the structural stages (model/text and
// model/detect: tokens, tags, chunks, clauses, negation, denial rules)
// over each shape at 256 KB and 1 MB as one sentence: time per byte that
// stays flat from one size to the other shows the stages linear in the
// worst case.
func BenchmarkStructureShapes(b *testing.B) {
	for _, sh := range pathologicalShapes {
		for _, size := range []int{256 << 10, 1 << 20} {
			b.Run(sh.name+"/"+sizeName(size), func(b *testing.B) {
				text := shapeText(sh.unit, size)
				p := stream.NewParser()
				var hits []detect.Hit
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					s := p.Parse(text, stream.Span{Start: 0, End: len(text)}).Structure()
					hits = detect.Detect(s, detect.Context{}, hits[:0])
				}
			})
		}
	}
}

// BenchmarkDetectShapes runs the whole detector (segmentation, cues,
// attributions, quotations and the structural rules; not the ledger,
// whose linking is the ledger's own) over each shape at two sizes.
func BenchmarkDetectShapes(b *testing.B) {
	for _, sh := range pathologicalShapes {
		for _, size := range []int{256 << 10, 1 << 20} {
			b.Run(sh.name+"/"+sizeName(size), func(b *testing.B) {
				text := shapeText(sh.unit, size)
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					newAnalyzer(text).run()
				}
			})
		}
	}
}

func sizeName(n int) string {
	if n >= 1<<20 {
		return itoa(n>>20) + "MB"
	}
	return itoa(n>>10) + "KB"
}

func itoa(n int) string { return strconv.Itoa(n) }
