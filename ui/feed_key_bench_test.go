package ui

import "testing"

// BenchmarkFeedKey: j and the frame on a feed view of 100 analysed rows.
func BenchmarkFeedKey(b *testing.B) {
	cfg := loopbackFeed(b, 100)
	m := NewFeedModel(b.Context(), cfg, Options{})
	m = send(b, m, resize(120, 40))
	m = pump(b, m, m.Init())
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := "j"
		if i%80 >= 40 {
			k = "k"
		}
		next, _ := m.Update(keyMsg(k))
		m = next.(Model)
		_ = m.View()
	}
}
