package ledger

import (
	"reflect"
	"strings"
	"testing"
)

// TestParallelReadingSameAsOne: sentences read by several goroutines,
// paragraph runs apart, give the very result one reader gives, on a text
// long enough to be split (a quotation left open at a paragraph's end,
// back-references and speakers across the cuts).
func TestParallelReadingSameAsOne(t *testing.T) {
	paras := [][]string{
		{"Ana Ruiz, the deputy minister, said the port would close.", "“We will not reopen it."},
		{"It is too old,” she said.", "The ministry said talks had stalled."},
		{"A Spanish official said a deal was near, citing two diplomats.", "The official told state radio the fleet would sail."},
	}
	var all [][]string
	for len(all)*200 < 5*readRun {
		all = append(all, paras...)
	}
	var flags []fx
	for i := 0; i < len(all); i += 3 {
		flags = append(flags, fx{i * 2, NamedSource, "Ana Ruiz", ""})
	}
	f := newFixture(t, all, flags...)
	if len(paragraphRuns(f.a.Sentences, 4, len(f.a.Text))) < 2 {
		t.Fatalf("text of %d bytes not split", len(f.a.Text))
	}
	one, four := build(f.a, 1), build(f.a, 4)
	if len(one.Sources) == 0 || !reflect.DeepEqual(one, four) {
		t.Errorf("four readers differ from one (%d and %d sources)", len(four.Sources), len(one.Sources))
	}
}

// TestParagraphRuns: runs cover every sentence once, in order, each
// starting a paragraph.
func TestParagraphRuns(t *testing.T) {
	f := newFixture(t, [][]string{{strings.Repeat("a ", readRun/2) + "."}, {"b.", "c."}, {strings.Repeat("d ", readRun) + "."}, {"e."}})
	runs := paragraphRuns(f.a.Sentences, 3, len(f.a.Text))
	next := 0
	for _, r := range runs {
		if r[0] != next || r[1] <= r[0] {
			t.Fatalf("runs %v do not tile the %d sentences", runs, len(f.a.Sentences))
		}
		if r[0] > 0 && f.a.Sentences[r[0]].Paragraph == f.a.Sentences[r[0]-1].Paragraph {
			t.Errorf("run %v starts inside a paragraph", r)
		}
		next = r[1]
	}
	if next != len(f.a.Sentences) || len(runs) < 2 {
		t.Errorf("runs %v for %d sentences", runs, len(f.a.Sentences))
	}
}
