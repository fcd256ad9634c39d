package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkAnalyzeShapes runs the whole command (`caveat analyze`, JSON
// and text report) over the detector issue's pathological shapes, each
// at two sizes a factor of four apart: one sentence of "An official said
// it and …", and a text of quotation marks. MB/s that stays flat from
// the smaller size to the larger shows the command linear on it (issue
// 11); a quadratic stage shows as MB/s falling fourfold.
func BenchmarkAnalyzeShapes(b *testing.B) {
	bin := buildBinary(b)
	dir := b.TempDir()
	for _, sh := range []struct {
		name, unit string
		sizes      [2]int
	}{
		{"one-sentence", "An official said it and ", [2]int{256 << 10, 1 << 20}},
		// 24 bytes and four quotation marks a unit: 10,000 and 40,000 marks.
		{"quotation-marks", "He said “yes” and “no”. ", [2]int{2500 * 24, 10000 * 24}},
	} {
		for _, size := range sh.sizes {
			text := strings.Repeat(sh.unit, size/len(sh.unit)+1)[:size]
			text = strings.TrimRight(text, " ")
			path := filepath.Join(dir, sh.name+strconv.Itoa(size)+".txt")
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				b.Fatal(err)
			}
			for _, format := range []string{"json", "text"} {
				b.Run(sh.name+"/"+strconv.Itoa(size>>10)+"KB/"+format, func(b *testing.B) {
					b.SetBytes(int64(len(text)))
					for b.Loop() {
						cmd := exec.Command(bin, "analyze", "--format", format, path)
						if out, err := cmd.Output(); err != nil || len(out) == 0 {
							b.Fatalf("caveat analyze: %v (%d bytes)", err, len(out))
						}
					}
				})
			}
		}
	}
}
