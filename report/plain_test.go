package report

import (
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// handDoc builds a doc whose flags are placed by hand on the given
// phrases, so the renderers are tested without the detector.
func handDoc(t *testing.T, text string, flags ...handFlag) reading.Doc {
	t.Helper()
	a := &model.Analysis{Text: text}
	start := 0
	for _, para := range strings.SplitAfter(text, "\n\n") {
		end := start + len(strings.TrimRight(para, "\n"))
		a.Paragraphs = append(a.Paragraphs, model.Span{Start: start, End: end})
		a.Sentences = append(a.Sentences, model.Sentence{Span: model.Span{Start: start, End: end}, Paragraph: len(a.Paragraphs) - 1})
		start += len(para)
	}
	for _, f := range flags {
		i := strings.Index(text, f.phrase)
		if i < 0 {
			t.Fatalf("phrase %q not in text", f.phrase)
		}
		sp := model.Span{Start: i, End: i + len(f.phrase)}
		sent := 0
		for j, s := range a.Sentences {
			if s.Contains(i) {
				sent = j
			}
		}
		a.Flags = append(a.Flags, model.Flag{Kind: f.kind, Span: sp, Cue: sp, Sentence: sent, Rule: "test", Explanation: "Because the test says so.", Source: -1})
	}
	return reading.Doc{Article: &articles.Article{Source: "hand.txt", Title: "A hand-made story", Format: articles.Text, Text: text}, Analysis: a}
}

type handFlag struct {
	kind   model.Kind
	phrase string
}

func TestWritePlainMarksSpansAndListsNotesAfterTheirParagraph(t *testing.T) {
	text := "An aide said, speaking on condition of anonymity, that the deal was close.\n\nThe ministry denied the report. The figure may rise."
	d := handDoc(t, text,
		handFlag{model.AnonymousSource, "speaking on condition of anonymity"},
		handFlag{model.Denial, "denied the report"},
		handFlag{model.Uncertainty, "may rise"},
	)
	var b strings.Builder
	if err := WritePlain(&b, d, 200); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"speaking on condition of anonymity[A1]",
		"denied the report[D1]",
		"may rise[U1]",
		"1 anonymous · 1 denial · 1 uncertain",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	// The A1 note comes after the first paragraph and before the second.
	a1 := strings.Index(out, "  [A1] Anonymous")
	p2 := strings.Index(out, "The ministry")
	d1 := strings.Index(out, "  [D1] Denial")
	if a1 < 0 || p2 < 0 || d1 < 0 || !(a1 < p2 && p2 < d1) {
		t.Errorf("notes are not after their paragraphs (A1 %d, para 2 %d, D1 %d):\n%s", a1, p2, d1, out)
	}
}

func TestWritePlainWrapsToWidth(t *testing.T) {
	text := strings.Repeat("word ", 60) + "end."
	var b strings.Builder
	if err := WritePlain(&b, handDoc(t, text), 40); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if n := len([]rune(line)); n > 40 {
			t.Errorf("line of %d columns over 40: %q", n, line)
		}
	}
}

func TestWriteReportListsEachClaimWithItsLine(t *testing.T) {
	text := "Headline\n\nOfficials said the plan was dead.\n\nIt allegedly happened twice."
	d := handDoc(t, text,
		handFlag{model.AnonymousSource, "Officials said"},
		handFlag{model.Uncertainty, "allegedly"},
	)
	var b strings.Builder
	WriteReport(&b, d)
	out := b.String()
	for _, want := range []string{"A1   Anonymous line 3", "“Officials said”", "U1   Uncertain line 5", "> It allegedly happened twice."} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}

func TestWriteReportPrintsLedgerAndScorecard(t *testing.T) {
	d := handDoc(t, "A senior aide said the vote was rigged.", handFlag{model.AnonymousSource, "A senior aide said"})
	d.Analysis.Sources = []model.Source{
		{ID: "s1", Description: "A senior aide", Type: model.UnnamedPerson, Sentences: []int{0}},
		{ID: "s2", Description: "Washington", Type: model.NamedInstitution, Sentences: []int{0}},
	}
	d.Analysis.Checks = []model.Check{
		{ID: "reason", Question: "Is a reason given for anonymity?", Answer: "No reason is given for \"A senior aide\".", Standard: "Reuters", Raised: true},
		{ID: "lead", Question: "Does the lead rest on anonymous sources alone?", Answer: "No.", Raised: false},
	}
	var b strings.Builder
	WriteReport(&b, d)
	out := b.String()
	for _, want := range []string{"s1   unnamed person      1  A senior aide", "s2   named institution   1  Washington", "  ? Is a reason given for anonymity?", "    (Reuters)", "  · Does the lead rest"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}

// The heading's counts agree with their nouns: "1 denial", "2 denials",
// "0 denials"; the adjectives (anonymous, uncertain) do not change.
func TestHeadingCountsAgree(t *testing.T) {
	text := "The ministry denied the report.\n\nThe mayor denied it too. The figure may rise."
	for _, c := range []struct {
		flags []handFlag
		want  string
	}{
		{nil, "0 anonymous · 0 denials · 0 uncertain"},
		{[]handFlag{{model.Denial, "denied the report"}, {model.Uncertainty, "may rise"}}, "0 anonymous · 1 denial · 1 uncertain"},
		{[]handFlag{{model.Denial, "denied the report"}, {model.Denial, "denied it"}}, "0 anonymous · 2 denials · 0 uncertain"},
	} {
		var b strings.Builder
		if err := WritePlain(&b, handDoc(t, text, c.flags...), 200); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "hand.txt · "+c.want+"\n") {
			t.Errorf("want %q in the heading:\n%s", c.want, b.String())
		}
	}
}
