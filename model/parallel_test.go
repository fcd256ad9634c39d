package model

import (
	"reflect"
	"strings"
	"testing"
)

// serialAnalysis is Analyze with the detector in order on one core.
func serialAnalysis(text string) *Analysis { return analyzeOn(text, 1, parallelChunk) }

// TestParallelIsSerial: a document cut into chunks analysed on several
// cores gives exactly the serial Analysis, on every corpus article, the
// extraction benchmark's bodies, and each set as one long document; cut
// at every paragraph (each chunk starts from a wrong guess as often as it
// can) and into chunks of a few paragraphs.
func TestParallelIsSerial(t *testing.T) {
	texts := snapshotTextsIfPresent(t)
	for _, set := range []string{"corpus", "bench"} {
		var all strings.Builder
		for _, name := range sortedKeys(texts) {
			if strings.HasPrefix(name, set+"/") {
				all.WriteString(texts[name])
				all.WriteString("\n\n")
			}
		}
		texts[set+" as one"] = all.String()
	}
	for i, s := range crossParagraph {
		texts["cross/"+itoa(i)] = s
	}
	taken, redone := 0, 0
	for _, name := range sortedKeys(texts) {
		text := texts[name]
		want := serialAnalysis(text)
		for _, chunkBytes := range []int{1, 2 << 10, parallelChunk} {
			got, tk, rd := parallelAnalysis(text, chunkBytes)
			taken, redone = taken+tk, redone+rd
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, chunks of %d bytes: the parallel Analysis differs from the serial one%s", name, chunkBytes, firstDifference(got, want))
			}
		}
	}
	// Both ways of taking a paragraph were exercised.
	if taken == 0 || redone == 0 {
		t.Errorf("%d paragraphs taken as analysed ahead, %d analysed again: want both", taken, redone)
	}
	t.Logf("%d texts: %d paragraphs taken as analysed ahead, %d analysed again", len(texts), taken, redone)
}

// parallelAnalysis is Analyze with the detector on 4 workers in chunks of
// chunkBytes, and the counts runParallel reports.
func parallelAnalysis(text string, chunkBytes int) (*Analysis, int, int) {
	z := newAnalyzer(text)
	taken, redone := z.runParallel(4, chunkBytes)
	// The ledger reads what the chunks' readers read, as Analyze's does.
	z.buildSources(z.reading)
	runChecksFacts(z.a, z.facts)
	return z.a, taken, redone
}

func firstDifference(got, want *Analysis) string {
	switch {
	case !reflect.DeepEqual(got.Flags, want.Flags):
		for i := range min(len(got.Flags), len(want.Flags)) {
			if got.Flags[i] != want.Flags[i] {
				return ": flag " + itoa(i)
			}
		}
		return ": " + itoa(len(got.Flags)) + " flags, want " + itoa(len(want.Flags))
	case !reflect.DeepEqual(got.Attributions, want.Attributions):
		return ": attributions"
	case !reflect.DeepEqual(got.Sources, want.Sources):
		return ": sources"
	}
	return ": checks"
}

// snapshotTextsIfPresent is snapshotTexts, or skips the test when the
// corpus is not beside the repository.
func snapshotTextsIfPresent(t *testing.T) map[string]string {
	loadCorpus(t, "dev") // skips without the corpus
	return snapshotTexts(t)
}

// crossParagraph are texts of our own in which a paragraph's flags depend
// on what an earlier paragraph left: a quotation that goes on with the
// unnamed speaker of the one before, "the officials" after unnamed
// officials, a denial answering a claim made earlier, "he said" after a
// named speaker.
var crossParagraph = []string{
	"“We will not sign,” a senior official said.\n\n“It is over.”",
	"A source close to the talks said: “We will not sign.”\n\n“It is over for them.”",
	"“We will not sign,” said one diplomat, who asked not to be named.\n\n“The deal is dead.”",
	"Officials said the dam may fail.\n\nThe officials added it could hold.",
	"Police accused the mayor of fraud.\n\nHis lawyer said he did not steal anything.",
	"Regulators accused the bank of hiding losses.\n\nThe bank said it had never hidden any losses.",
	"Mayor Ana Ruiz said the plan was sound.\n\nShe said the city would pay.\n\nThe official added that it was cheap.",
	"Advertisement\n\nA source close to the team said it.\n\nHe said no.\n\nAdvertisement",
}

// FuzzParallel: whatever the text, the parallel Analysis cut at every
// paragraph is the serial one.
func FuzzParallel(f *testing.F) {
	for _, s := range crossParagraph {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := serialAnalysis(text)
		got, _, _ := parallelAnalysis(text, 1)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: the parallel Analysis differs from the serial one%s", text, firstDifference(got, want))
		}
	})
}

// A panic while a chunk is analysed ahead reaches Analyze's caller, on
// the caller's goroutine, where it can be recovered (the command reports
// that one article and goes on); unrecovered on a worker it would end the
// whole process.
func TestParallelPanicReachesTheCaller(t *testing.T) {
	aheadHook = func(c int) {
		if c == 1 {
			panic("chunk 1 broke")
		}
	}
	defer func() { aheadHook = nil }()
	text := strings.Repeat("The official said it. Officials denied it.\n\n", 200)
	got := func() (r any) {
		defer func() { r = recover() }()
		parallelAnalysis(text, 1<<10)
		return nil
	}()
	if got != "chunk 1 broke" {
		t.Fatalf("recovered %v, want the worker's panic", got)
	}
	aheadHook = nil
	if a, _, _ := parallelAnalysis(text, 1<<10); !reflect.DeepEqual(a, serialAnalysis(text)) {
		t.Error("after a panic, the next parallel analysis differs from the serial one")
	}
}
