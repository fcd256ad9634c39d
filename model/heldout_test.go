package model

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// heldoutDoc is one short text of testdata/heldout.tsv: its sentences
// joined into one paragraph, each with its byte range and gold labels.
type heldoutDoc struct {
	text  string
	spans []Span
	gold  []map[Kind]bool
	lines []string
}

// loadHeldout reads testdata/heldout.tsv: "sentence TAB labels" per line;
// a line starting with "& " continues the previous text as its next
// sentence, so back-references and quotations can be tested.
func loadHeldout(t *testing.T) []heldoutDoc {
	t.Helper()
	path := "testdata/heldout.tsv"
	if p := os.Getenv("CAVEAT_HELDOUT"); p != "" {
		path = p // score another file of the same format, e.g. one batch
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []heldoutDoc
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		sentence, labels, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("heldout.tsv:%d: no tab", n)
		}
		gold := map[Kind]bool{}
		if labels != "-" {
			for _, l := range strings.Split(labels, ",") {
				k := Kind(strings.TrimSpace(l))
				if !k.Scored() {
					t.Fatalf("heldout.tsv:%d: unknown label %q", n, l)
				}
				gold[k] = true
			}
		}
		if cont, ok := strings.CutPrefix(sentence, "& "); ok {
			if len(docs) == 0 {
				t.Fatalf("heldout.tsv:%d: continuation with nothing before it", n)
			}
			d := &docs[len(docs)-1]
			d.text += " "
			d.spans = append(d.spans, Span{len(d.text), len(d.text) + len(cont)})
			d.text += cont
			d.gold = append(d.gold, gold)
			d.lines = append(d.lines, cont)
			continue
		}
		docs = append(docs, heldoutDoc{
			text: sentence, spans: []Span{{0, len(sentence)}},
			gold: []map[Kind]bool{gold}, lines: []string{sentence},
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs
}

// heldoutFloor is the F1 each kind must keep on the held-out sentences.
// The sentences were written and labelled by the guide before the detector
// was run on them (the first batch scored anonymous_source 0.93, denial
// 0.86, uncertainty 0.92 before the generalising fixes; the second batch
// was written after them and before running; the third batch, 210
// sentences of wire, court, politics, business and science wording after
// the "# Third batch" comment, scored anonymous_source 0.947, denial 0.893,
// uncertainty 0.950 on its first run, before the fixes of round three;
// the fourth batch, 188 sentences of BBC politics, markets, sport,
// conflict wire and tech reviews after "# Fourth batch", scored
// anonymous_source 0.806 (R 0.67), denial 0.952, uncertainty 0.943 on its
// first run, before the fixes of round four; the fifth batch, 152
// sentences of attribution frames, role nouns, unnamed broadcasters and
// denial wordings after "# Fifth batch", scored anonymous_source 0.825
// (P 1.000 R 0.702), denial 0.877, uncertainty 0.947 on its first run,
// before the fixes of round five; the sixth batch, 127 sentences of
// hedges beside near-misses (permission, past ability, the month May,
// duty, fixed phrases, plans) after "# Sixth batch", scored uncertainty
// 0.884 (P 0.824 R 0.953) and denial 1.000 on its first run, before the
// fixes of round six;
// CAVEAT_HELDOUT=file scores one batch cut out alone). The floors sit under what
// the detector scores now, so a regression on unseen phrasing fails here
// rather than in the field.
var heldoutFloor = map[Kind]float64{
	AnonymousSource: 0.92,
	Denial:          0.92,
	Uncertainty:     0.92,
}

// TestHeldoutScore scores Analyze on sentences that were never used to
// write rules, as the corpus scorer does (a flag counts for the sentence
// holding its span's midpoint). CAVEAT_MISSES=1 lists every wrong sentence.
func TestHeldoutScore(t *testing.T) {
	docs := loadHeldout(t)
	counts := map[Kind]*prf{}
	for _, k := range scoredKinds {
		counts[k] = &prf{}
	}
	var misses []string
	sentences := 0
	for _, d := range docs {
		a := Analyze(d.text)
		pred := make([]map[Kind]bool, len(d.spans))
		for i := range pred {
			pred[i] = map[Kind]bool{}
		}
		for _, f := range a.Flags {
			mid := (f.Span.Start + f.Span.End) / 2
			for i, s := range d.spans {
				if s.Start <= mid && mid < max(s.End, s.Start+1) {
					pred[i][f.Kind] = true
					break
				}
			}
		}
		for i := range d.spans {
			sentences++
			for _, k := range scoredKinds {
				c := counts[k]
				switch g, p := d.gold[i][k], pred[i][k]; {
				case g && p:
					c.tp++
				case p:
					c.fp++
					misses = append(misses, fmt.Sprintf("FP %-16s %s", k, d.lines[i]))
				case g:
					c.fn++
					misses = append(misses, fmt.Sprintf("FN %-16s %s", k, d.lines[i]))
				}
			}
		}
	}
	// The whole file must stay large enough to mean something; one batch
	// cut out alone (CAVEAT_HELDOUT) may be smaller.
	minSentences := 200
	if os.Getenv("CAVEAT_HELDOUT") != "" {
		minSentences = 100
	}
	if sentences < minSentences {
		t.Fatalf("held-out set has %d sentences, want at least %d", sentences, minSentences)
	}
	macro := 0.0
	for _, k := range scoredKinds {
		p, r, f := counts[k].scores()
		t.Logf("%-16s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", k, p, r, f, counts[k].tp, counts[k].fp, counts[k].fn)
		macro += f / float64(len(scoredKinds))
		if f < heldoutFloor[k] {
			t.Errorf("%s: held-out F1 %.3f, want >= %.2f", k, f, heldoutFloor[k])
		}
	}
	t.Logf("macro-F1 %.3f over %d sentences", macro, sentences)
	if os.Getenv("CAVEAT_MISSES") != "" {
		t.Log("\n" + strings.Join(misses, "\n"))
	}
}
