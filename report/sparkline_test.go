package report

import "testing"

func TestSparklineScale(t *testing.T) {
	if got := Sparkline([]float64{0, 0.5, 1, 2, -1}); got != "▁▅██▁" {
		t.Fatalf("Sparkline %q", got)
	}
}
