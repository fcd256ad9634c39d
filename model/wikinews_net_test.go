package model

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// testdata/wikinews-net holds the unlabelled Wikinews articles of 2019
// and 2020 (CC BY 2.5) that no gold set uses: real text any clone has, a
// net for crashes and broken spans that the fuzz targets do not reach
// (two of these articles made the parser panic in session 8).
const wikinewsNetDir = "testdata/wikinews-net"

func wikinewsNet(t *testing.T) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(wikinewsNetDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("%s holds no articles (%v)", wikinewsNetDir, err)
	}
	texts := make(map[string]string, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[filepath.Base(p)] = string(b)
	}
	return texts
}

// Every article analyses without a panic into spans that hold.
func TestWikinewsNetAnalyses(t *testing.T) {
	for name, text := range wikinewsNet(t) {
		t.Run(name, func(t *testing.T) {
			checkAnalysis(t, text, Analyze(text))
		})
	}
}

// The whole net as one document, cut into chunks and analysed on several
// cores, is the serial analysis: TestParallelIsSerial's check, on text
// that a clone without ../shared has.
func TestWikinewsNetParallelIsSerial(t *testing.T) {
	texts := wikinewsNet(t)
	var all strings.Builder
	for _, name := range sortedKeys(texts) {
		all.WriteString(texts[name])
		all.WriteString("\n\n")
	}
	text := all.String()
	want := serialAnalysis(text)
	for _, chunkBytes := range []int{4 << 10, parallelChunk} {
		got, _, _ := parallelAnalysis(text, chunkBytes)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("chunks of %d bytes: the parallel Analysis differs from the serial one%s", chunkBytes, firstDifference(got, want))
		}
	}
}
