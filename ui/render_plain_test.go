package ui

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/cells"
)

// wholePlain is plain text laid out the way it was before it was cut into
// pieces: marked whole, wrapped whole. The pieces must give the same lines.
func wholePlain(text string, es []edge, width int) []string {
	marked := markText(text, es, newPlainLines(text).cursor(0).piece)
	return strings.Split(cells.Wrap(strings.Trim(marked, "\n"), width, ""), "\n")
}

// plainShapes are paragraphs of the shapes plain text comes in: blank
// lines holding spaces, CRLF, runs of blank lines, hard-wrapped lines,
// short lines that keep their break, a word longer than the width.
var plainShapes = []string{
	"The council approved the budget on Tuesday. Officials said it would pass.\n\n",
	"A line of a hard-wrapped paragraph that goes on for a while\nand on to the next line of the same paragraph here.\n\n",
	"Headline\nBy A Reporter\n\n\n\n",
	"Windows lines end here.\r\n\r\nAnd go on.\r\n\r\n",
	"  \n \t \n",
	"Spaces on a blank line follow.\n   \n",
	strings.Repeat("x", 150) + " a word wider than the pane.\n\n",
	"Ünïcödé “quoted” — dashes, 漢字 and emoji 🙂 go by.\n\n",
}

// randomPlain is n bytes or more of plainShapes in random order, with
// random spans over it: edges inside words, on newlines, in runs of blank
// lines, spans crossing paragraph breaks.
func randomPlain(r *rand.Rand, n int) (string, []edge) {
	var b strings.Builder
	b.WriteString("\n\n")
	for b.Len() < n {
		b.WriteString(plainShapes[r.IntN(len(plainShapes))])
	}
	text := b.String()
	var spans []spanRef
	for i := 0; i < len(text)/40; i++ {
		s := r.IntN(len(text) + 1)
		e := min(len(text), s+r.IntN(200))
		spans = append(spans, spanRef{s, e})
	}
	slices.SortFunc(spans, func(a, b spanRef) int { return a.start - b.start })
	return text, spanEdges(spans)
}

// A long plain text laid out piece by piece is the text laid out whole,
// line for line and sentinel for sentinel, at several widths.
func TestPlainChunksWrapAsWhole(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	type input struct {
		name string
		text string
		es   []edge
	}
	var inputs []input
	for i := 0; i < 4; i++ {
		text, es := randomPlain(r, 3*chunkSize+r.IntN(chunkSize))
		inputs = append(inputs, input{"random", text, es})
	}
	story := longStory(t, 300, false)
	st := NewStyles(true, false)
	inputs = append(inputs, input{"story", story.Analysis.Text, newRenderJob(story.Analysis, false, 80, &st, nil, nil).es})
	if files, _ := filepath.Glob("../../shared/corpus/dev/*.txt"); len(files) > 0 {
		var b strings.Builder
		for b.Len() < 3*chunkSize {
			for _, f := range files {
				raw, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				b.Write(raw)
				b.WriteString("\n\n")
			}
		}
		inputs = append(inputs, input{"corpus", b.String(), nil})
	}
	for _, in := range inputs {
		if n := len(plainChunks(in.text, in.es)); n < 3 {
			t.Fatalf("%s: %d pieces, the test needs several", in.name, n)
		}
		for _, w := range []int{20, 61, 100} {
			got, want := renderPlain(in.text, in.es, w), wholePlain(in.text, in.es, w)
			if len(got) != len(want) {
				t.Errorf("%s at %d: %d lines in pieces, %d whole", in.name, w, len(got), len(want))
			}
			for l := range min(len(got), len(want)) {
				if got[l] != want[l] {
					t.Errorf("%s at %d: line %d differs:\n%q\n%q", in.name, w, l, got[l], want[l])
					break
				}
			}
		}
	}
}

// spanEdges' chains and merge give the order of a stable sort by offset,
// ends first, for runs in order, nested and empty spans and runs out of
// order alike.
func TestSpanEdgesIsStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 200; round++ {
		var spans []spanRef
		for run := r.IntN(8); run >= 0; run-- {
			at := r.IntN(500)
			for i := r.IntN(60); i >= 0; i-- {
				s := at + r.IntN(20)
				e := s + r.IntN(30) - 3 // some empty, some backwards
				spans = append(spans, spanRef{s, max(s, e)})
				if r.IntN(3) > 0 {
					at = s
				}
			}
		}
		want := make([]edge, 0, 2*len(spans))
		for id, s := range spans {
			want = append(want, edge{at: s.start, id: id, open: true}, edge{at: s.end, id: id})
		}
		slices.SortStableFunc(want, func(a, b edge) int {
			if a.at != b.at {
				return a.at - b.at
			}
			switch {
			case a.open == b.open:
				return 0
			case !a.open:
				return -1
			}
			return 1
		})
		if got := spanEdges(spans); !slices.Equal(got, want) {
			t.Fatalf("round %d: spanEdges differs from a stable sort\n%v\n%v", round, got, want)
		}
	}
}
