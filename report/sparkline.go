package report

import "strings"

// sparkBars are eight heights, lowest first: they read without colour.
var sparkBars = []rune("▁▂▃▄▅▆▇█")

// Sparkline draws shares from 0 to 1 as bars, one per value, on a fixed
// scale (0 the lowest bar, 1 the highest) so that lines drawn for
// different outlets compare by eye.
func Sparkline(shares []float64) string {
	var b strings.Builder
	for _, s := range shares {
		i := int(s*float64(len(sparkBars)-1) + 0.5)
		b.WriteRune(sparkBars[min(max(i, 0), len(sparkBars)-1)])
	}
	return b.String()
}
