package model

import (
	"encoding/json"
	"os"
	"testing"
)

// Temporary (perf work): dumps full analyses for before/after comparison.
func TestZZPerfDump(t *testing.T) {
	out := os.Getenv("PERF_DUMP")
	if out == "" {
		t.Skip()
	}
	f, _ := os.Create(out)
	defer f.Close()
	enc := json.NewEncoder(f)
	docs := loadCorpus(t, "dev", "seed", "test")
	for _, d := range docs {
		a := Analyze(d.text)
		a.Text = ""
		enc.Encode(map[string]any{"name": d.name, "a": a})
	}
	b, _ := os.ReadFile("../articles/samples/ceasefire-backchannel.txt")
	a := Analyze(string(b))
	a.Text = ""
	enc.Encode(a)
	big := newsText(&testing.B{}, 1<<20)
	a = Analyze(big)
	a.Text = ""
	enc.Encode(a)
}
