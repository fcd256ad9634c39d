package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
)

// BenchmarkFirstFrameSample is the work between process start and the
// first complete frame of the sample: load, analyse, build the model, size
// it to 120x40, draw. Target: under 50 ms.
func BenchmarkFirstFrameSample(b *testing.B) {
	for b.Loop() {
		art := articles.Sample()
		doc := &Doc{Article: art, Analysis: model.Analyze(art.Text)}
		m := openModel(b, 120, 40, doc)
		_ = m.View()
	}
}

// wordsStory is the test story repeated to about n words, with its
// hand-made flags.
func wordsStory(b *testing.B, n int, markdown bool) *Doc {
	words := 0
	for _, p := range storyParas {
		words += len(strings.Fields(strings.Join(p, " ")))
	}
	return longStory(b, n/words+1, markdown)
}

// BenchmarkKeypress10kWords is one key and one frame on a 10,000-word
// article. Target: under 1 ms; no render, wrap or analysis happens.
func BenchmarkKeypress10kWords(b *testing.B) {
	for _, md := range []bool{false, true} {
		name := "text"
		if md {
			name = "markdown"
		}
		m := openModel(b, 120, 40, wordsStory(b, 10000, md))
		for _, k := range []string{"n", "j"} {
			b.Run(name+"/"+k, func(b *testing.B) {
				msg := keyMsg(k)
				for b.Loop() {
					next, _ := m.Update(msg)
					m = next.(Model)
					_ = m.View()
				}
			})
		}
	}
}

// BenchmarkFirstFrame1MB opens a 1 MB article (flags included) and draws
// its first frame at 120x40. Target: under 1 s.
func BenchmarkFirstFrame1MB(b *testing.B) {
	for _, md := range []bool{false, true} {
		name := "text"
		if md {
			name = "markdown"
		}
		b.Run(name, func(b *testing.B) {
			doc := wordsStory(b, 1<<20/6, md)
			b.SetBytes(int64(len(doc.Analysis.Text)))
			for b.Loop() {
				m := NewModel(b.Context(), nil, Options{})
				m.sess = newSession([]Input{{Name: "big"}})
				m = update(b, m, loadedMsg{index: 0, doc: doc})
				m = update(b, m, tea.WindowSizeMsg{Width: 120, Height: 40})
				_ = m.View()
			}
		})
	}
}
