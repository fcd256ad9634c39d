package ui

import "testing"

// BenchmarkSearchCommit10kWords is enter on a search of a 10,000-word
// article: the matches are found and the text is laid out again with them
// (the one re-render a search costs), then a frame is drawn.
func BenchmarkSearchCommit10kWords(b *testing.B) {
	for _, md := range []bool{false, true} {
		name := "text"
		if md {
			name = "markdown"
		}
		m := openModel(b, 120, 40, wordsStory(b, 10000, md))
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				d := m.current()
				d.clearSearch()
				m.runSearch(d, "harbour")
				_ = m.View()
			}
		})
	}
}

// BenchmarkKeypressWithSearch10kWords is n (next match) and j with a
// search on: still no render.
func BenchmarkKeypressWithSearch10kWords(b *testing.B) {
	m := openModel(b, 120, 40, wordsStory(b, 10000, true))
	m.runSearch(m.current(), "harbour")
	for _, k := range []string{"n", "j"} {
		b.Run(k, func(b *testing.B) {
			msg := keyMsg(k)
			for b.Loop() {
				next, _ := m.Update(msg)
				m = next.(*Model)
				_ = m.View()
			}
		})
	}
}
