package main

import (
	"os/exec"
	"testing"
)

// BenchmarkProcessFirstFrame runs the real binary from process start to
// its first complete frame of the sample at 120x40 (`caveat --frame
// 120x40`), package start-up, loading, analysis and rendering included.
// Target (issue 2): under 50 ms a run, glow's first render the yardstick.
func BenchmarkProcessFirstFrame(b *testing.B) {
	bin := buildBinary(b)
	for b.Loop() {
		out, err := exec.Command(bin, "--frame", "120x40").Output()
		if err != nil || len(out) == 0 {
			b.Fatalf("caveat --frame: %v (%d bytes)", err, len(out))
		}
	}
}
