package model

import (
	"reflect"
	"testing"
)

func sentenceTexts(text string) []string {
	a := Analyze(text)
	out := make([]string, len(a.Sentences))
	for i := range a.Sentences {
		out[i] = a.SentenceText(i)
	}
	return out
}

func TestSentenceSegmentation(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"abbreviations inside", "Sen. Ada Cole met Gen. Park in Washington, D.C. on Jan. 5 to discuss U.S. aid.",
			[]string{"Sen. Ada Cole met Gen. Park in Washington, D.C. on Jan. 5 to discuss U.S. aid."}},
		{"acronym ends a sentence", "The deal was signed in the U.S. The talks then moved to Paris.",
			[]string{"The deal was signed in the U.S.", "The talks then moved to Paris."}},
		{"titles and initials", "Cmdr. John R. Davis Jr. spoke first. Then Mr. Lee replied.",
			[]string{"Cmdr. John R. Davis Jr. spoke first.", "Then Mr. Lee replied."}},
		{"corporate suffix ends", "He sold his stake in Acme Inc. Prices fell the next day.",
			[]string{"He sold his stake in Acme Inc.", "Prices fell the next day."}},
		{"corporate suffix continues", "Acme Inc. Chief Executive Ann Roe resigned.",
			[]string{"Acme Inc. Chief Executive Ann Roe resigned."}},
		{"decade", "The movement began in the 1990s. It grew fast.",
			[]string{"The movement began in the 1990s.", "It grew fast."}},
		{"month before number", "The vote is set for Sept. 14 in the capital.",
			[]string{"The vote is set for Sept. 14 in the capital."}},
		{"quoted question then attribution", "\u201cWhy now?\u201d she asked. \u201cBecause we must!\u201d he replied.",
			[]string{"\u201cWhy now?\u201d she asked.", "\u201cBecause we must!\u201d he replied."}},
		{"quotation spanning sentences", "\u201cWe won. We earned it,\u201d the coach said.",
			[]string{"\u201cWe won.", "We earned it,\u201d the coach said."}},
		{"headline and lines", "Storm hits coast\n\nAdvertisement\nRelated stories\n\nThe storm hit at 2 a.m. local time.",
			[]string{"Storm hits coast", "Advertisement", "Related stories", "The storm hit at 2 a.m. local time."}},
		{"quoted subheading run in", "\u201cINDO-PACIFIC\u201d Trump\u2019s tour began in Tokyo.",
			[]string{"\u201cINDO-PACIFIC\u201d", "Trump\u2019s tour began in Tokyo."}},
		{"heading question", "What is perjury?     A person can be convicted.",
			[]string{"What is perjury?", "A person can be convicted."}},
		{"crlf and blank lines", "One line.\r\n\r\nTwo line.\r\n",
			[]string{"One line.", "Two line."}},
	}
	for _, c := range cases {
		if got := sentenceTexts(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	a := Analyze("Title\n\nFirst para. Second sentence.\nSame para line.\n\n\n  Last para.  ")
	if len(a.Paragraphs) != 3 {
		t.Fatalf("paragraphs = %d, want 3: %v", len(a.Paragraphs), a.Paragraphs)
	}
	want := []int{0, 1, 1, 1, 2}
	if len(a.Sentences) != len(want) {
		t.Fatalf("sentences = %d, want %d", len(a.Sentences), len(want))
	}
	for i, s := range a.Sentences {
		if s.Paragraph != want[i] {
			t.Errorf("sentence %d in paragraph %d, want %d", i, s.Paragraph, want[i])
		}
		p := a.Paragraphs[s.Paragraph]
		if s.Start < p.Start || s.End > p.End {
			t.Errorf("sentence %d %v outside its paragraph %v", i, s.Span, p)
		}
	}
	if got := a.Text[a.Paragraphs[2].Start:a.Paragraphs[2].End]; got != "Last para." {
		t.Errorf("last paragraph %q, want trimmed", got)
	}
}

// TestCorpusSegmentation compares sentence boundaries with the gold files:
// every gold sentence should be one of ours.
func TestCorpusSegmentation(t *testing.T) {
	docs := loadCorpus(t, "dev", "seed")
	total, matched := 0, 0
	for _, d := range docs {
		a := Analyze(d.text)
		ours := map[Span]bool{}
		for _, s := range a.Sentences {
			ours[s.Span] = true
		}
		for _, g := range d.gold.Sentences {
			total++
			if ours[Span{g.Start, g.End}] {
				matched++
			} else {
				t.Logf("%s#%d not matched: %q", d.name, g.I, g.Text)
			}
		}
	}
	t.Logf("segmentation: %d of %d gold sentences exactly matched", matched, total)
	if float64(matched) < 0.97*float64(total) {
		t.Errorf("only %d of %d gold sentences matched", matched, total)
	}
}
