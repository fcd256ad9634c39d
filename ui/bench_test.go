package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// BenchmarkFirstFrameSample is the work between process start and the
// first complete frame of the sample: load, analyse, build the model, size
// it to 120x40, draw. Target: under 50 ms.
func BenchmarkFirstFrameSample(b *testing.B) {
	for b.Loop() {
		art := articles.Sample()
		doc := &reading.Doc{Article: art, Analysis: model.Analyze(art.Text)}
		m := openModel(b, 120, 40, doc)
		_ = m.View()
	}
}

// wordsStory is the test story repeated to about n words, with its
// hand-made flags.
func wordsStory(b *testing.B, n int, markdown bool) *reading.Doc {
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
					m = next.(*Model)
					_ = m.View()
				}
			})
		}
	}
}

// BenchmarkFirstFrame1MB opens a 1 MB article (flags included) and draws
// its first complete frame at 120x40: every visible line rendered, with
// its highlights and notes. A long article lays out the rest in a
// background command, which this does not run (BenchmarkFullRender1MB
// does). Target: under 1 s.
func BenchmarkFirstFrame1MB(b *testing.B) {
	for _, md := range []bool{false, true} {
		name := "text"
		if md {
			name = "markdown"
		}
		b.Run(name, func(b *testing.B) { benchFirstFrame(b, wordsStory(b, 1<<20/6, md)) })
	}
}

// BenchmarkFirstFrame10MBText is the same for a 10 MB plain text: only
// the screen's part of it is laid out before the frame. Target: under
// 0.3 s (issue 11).
func BenchmarkFirstFrame10MBText(b *testing.B) {
	benchFirstFrame(b, wordsStory(b, 10<<20/6, false))
}

// BenchmarkFullRender1MB is the first frame of a 1 MB markdown article and
// then the background render of the rest, installed and drawn: when the
// whole article can be scrolled and searched.
func BenchmarkFullRender1MB(b *testing.B) { benchFullRender(b, wordsStory(b, 1<<20/6, true)) }

// BenchmarkFullRender10MBText is the same for a 10 MB plain text.
func BenchmarkFullRender10MBText(b *testing.B) { benchFullRender(b, wordsStory(b, 10<<20/6, false)) }

// openBig opens doc at 120x40 and draws its first frame.
func openBig(b *testing.B, doc *reading.Doc) *Model {
	m := NewModel(b.Context(), nil, Options{})
	m.sess = newSession([]Input{{Name: "big"}})
	m = update(b, m, loadedMsg{index: 0, doc: doc})
	m = update(b, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	_ = m.View()
	return m
}

// benchFirstFrame times openBig, and checks the frame measured is
// complete: every row of the pane is a laid-out line of the article.
func benchFirstFrame(b *testing.B, doc *reading.Doc) {
	b.SetBytes(int64(len(doc.Analysis.Text)))
	var m *Model
	for b.Loop() {
		m = openBig(b, doc)
	}
	if d := m.current(); len(d.r.lines) < d.vp.YOffset()+d.vp.Height() {
		b.Fatalf("first frame drawn from %d lines, the pane needs %d", len(d.r.lines), d.vp.YOffset()+d.vp.Height())
	}
}

// benchFullRender times openBig and the background layout of the rest,
// installed and drawn.
func benchFullRender(b *testing.B, doc *reading.Doc) {
	b.SetBytes(int64(len(doc.Analysis.Text)))
	for b.Loop() {
		m := openBig(b, doc)
		d := m.current()
		if d.pending == nil {
			b.Fatal("no background render")
		}
		m = update(b, m, d.pending.run(d))
		if d.r.partial {
			b.Fatal("full render not installed")
		}
		_ = m.View()
	}
}

// BenchmarkFrameCorpus1MB is `caveat --frame 120x40` on a 1 MB markdown
// article made of the dev corpus (a heading every 10 paragraphs):
// analysis, layout and the first complete frame. Target: under 1 s.
func BenchmarkFrameCorpus1MB(b *testing.B) {
	files, _ := filepath.Glob("../../shared/corpus/dev/*.txt")
	if len(files) == 0 {
		b.Skip("no dev corpus at ../shared/corpus/dev")
	}
	var sb strings.Builder
	paras := 0
	for sb.Len() < 1<<20 {
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			for _, p := range strings.Split(string(raw), "\n\n") {
				if p = strings.TrimSpace(p); p == "" {
					continue
				}
				if paras%10 == 0 {
					fmt.Fprintf(&sb, "## Section %d\n\n", paras/10+1)
				}
				sb.WriteString(p + "\n\n")
				paras++
			}
		}
	}
	path := filepath.Join(b.TempDir(), "big.md")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(sb.Len()))
	for b.Loop() {
		art, err := articles.Load(b.Context(), path, articles.Options{})
		if err != nil {
			b.Fatal(err)
		}
		_ = Frame(&reading.Doc{Article: art, Analysis: model.Analyze(art.Text)}, 120, 40, Options{})
	}
}

// BenchmarkResizeToEnd10MBText opens a 10 MB plain text, goes to its end
// before the background layout lands, and resizes: the new layout must
// reach the end before its first frame. The pieces are laid out in
// doubling steps, so this costs about one layout of the text (a step of
// one piece per core made it 24 s).
func BenchmarkResizeToEnd10MBText(b *testing.B) {
	doc := wordsStory(b, 10<<20/6, false)
	ss := doc.Analysis.Sentences
	b.SetBytes(int64(len(doc.Analysis.Text)))
	for b.Loop() {
		m := openBig(b, doc)
		d := m.current()
		d.scrollToOffset(ss[len(ss)-10].Start)
		update(b, m, tea.WindowSizeMsg{Width: 100, Height: 40})
		if d.r.pos[len(ss)-10].l0 < d.vp.YOffset()-1 || !d.r.pos[len(ss)-10].ok {
			b.Fatal("the resized layout does not show the place at the end")
		}
	}
}
