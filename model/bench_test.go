package model

import (
	"runtime"
	"strings"
	"testing"
)

// newsText returns about size bytes of news text: the corpus articles,
// read at benchmark time (never stored in the repository), repeated.
func newsText(b testing.TB, size int) string {
	docs := loadCorpus(b, "dev", "seed")
	var one strings.Builder
	for _, d := range docs {
		one.WriteString(d.text)
		one.WriteString("\n\n")
	}
	unit := one.String()
	var sb strings.Builder
	sb.Grow(size + len(unit))
	for sb.Len() < size {
		sb.WriteString(unit)
	}
	return sb.String()
}

// BenchmarkAnalyze reports MB/s over 1 MB and 10 MB of news text; the two
// together show whether time grows linearly with size. Targets (issue 3):
// 30 MB/s or more on one core, allocation under 10x the input.
func BenchmarkAnalyze(b *testing.B) {
	benchSizes(b, func(text string) { Analyze(text) })
}

// BenchmarkAnalyzeSerial and BenchmarkAnalyzeParallel are Analyze with
// the detector in order on one core, and cut into chunks over every core
// the process may use (GOMAXPROCS; issue 11): run with -cpu 2 for the
// second. The ledger and the scorecard run in order in both.
func BenchmarkAnalyzeSerial(b *testing.B) {
	benchSizes(b, func(text string) { analyzeOn(text, 1, parallelChunk) })
}

func BenchmarkAnalyzeParallel(b *testing.B) {
	benchSizes(b, func(text string) { analyzeOn(text, runtime.GOMAXPROCS(0), parallelChunk) })
}

// BenchmarkDetect measures the detector alone (segmentation, cues,
// attributions, quotations), without the source ledger and scorecard that
// Analyze runs after it, so a slowdown can be placed.
func BenchmarkDetect(b *testing.B) {
	benchSizes(b, func(text string) { newAnalyzer(text).run() })
}

// BenchmarkDetectParallel is BenchmarkDetect with the detector cut into
// chunks over every core the process may use (-cpu 2).
func BenchmarkDetectParallel(b *testing.B) {
	benchSizes(b, func(text string) { newAnalyzer(text).runParallel(runtime.GOMAXPROCS(0), parallelChunk) })
}

// benchSizes runs analyse over 1 MB and 10 MB of news text. Beside the
// wall-clock MB/s it reports cpu-MB/s, the bytes per second of CPU time
// the process used (all its threads, the collector's too): on a machine
// other processes share, that is the steadier figure to compare two
// builds by, run in turn.
func benchSizes(b *testing.B, analyse func(string)) {
	for _, c := range []struct {
		name string
		size int
	}{{"1MB", 1 << 20}, {"10MB", 10 << 20}} {
		b.Run(c.name, func(b *testing.B) {
			text := newsText(b, c.size)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.ResetTimer()
			c0 := cpuTime()
			for b.Loop() {
				analyse(text)
			}
			if cpu := cpuTime() - c0; cpu > 0 {
				b.ReportMetric(float64(len(text))*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
			}
		})
	}
}
