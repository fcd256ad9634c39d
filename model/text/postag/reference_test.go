package postag

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/caveat-reader/caveat/model/text/postag/internal/features"
	"github.com/caveat-reader/caveat/model/text/postag/internal/weights"
)

// tagReference tags words as the model was trained to: every feature of
// Extract looked up and added one by one. Tag must give the same tags.
func tagReference(t *Tagger, words []string) []Tag {
	ws := features.Prepare(words, nil, t.m)
	var feats [features.Max]uint32
	var scores weights.Scores
	var h features.History
	var out []Tag
	for i, w := range words {
		tag := Tag(t.m.Dict(features.ExactKey(w)))
		if tag == None {
			features.Extract(ws, i, &h, &feats)
			clear(scores[:])
			for _, f := range feats {
				t.m.Add(f, &scores)
			}
			tag = Dollar
			for c := Dollar + 1; c < NumTags; c++ {
				if scores[c] > scores[tag] {
					tag = c
				}
			}
		}
		out = append(out, tag)
		h.Push(&ws[i], uint8(tag), features.KindOf(tag.IsVerb() || tag.IsModal(), tag.IsFinite()))
	}
	return out
}

func sameTags(t *testing.T, tg *Tagger, words []string, out []Tag) []Tag {
	t.Helper()
	want := tagReference(tg, words)
	out = tg.Tag(words, out)
	if len(out) != len(want) {
		t.Fatalf("%q: %d tags, want %d", words, len(out), len(want))
	}
	for i := range want {
		if out[i] != want[i] {
			t.Fatalf("%q: word %d %q tagged %s, the reference says %s", strings.Join(words, " "), i, words[i], out[i], want[i])
		}
	}
	return out
}

// TestTagsAreReference: the summing tagger gives every word of the news
// articles and of testdata/tags.txt the reference's tag, on first sight
// of the words and again once their sums are kept, and with a fresh
// tagger whose cache other sentences have not filled.
func TestTagsAreReference(t *testing.T) {
	sents, _ := benchSentences(t)
	if files, _ := filepath.Glob(filepath.Join(newsDir, "*.txt")); len(files) > 0 {
		news, _ := newsSentences(t)
		sents = append(sents, news...)
	}
	sents = append(sents,
		[]string{"“", "No", ",", "”", "he", "said", ",", `"`, "never", `"`, "."},
		[]string{strings.Repeat("x", maxCachedWord+1), "is", "long", strings.Repeat("y", 300)},
		[]string{"The"}, []string{"the", "The", "THE"},
	)
	fresh, err := New(embedded)
	if err != nil {
		t.Fatal(err)
	}
	var out []Tag
	for round := 0; round < 2; round++ {
		for _, s := range sents {
			out = sameTags(t, Default(), s, out)
			out = sameTags(t, fresh, s, out)
		}
	}
}

// Tagging from several goroutines at once, filling one fresh cache, gives
// the reference's tags (run with -race to check the cache's publication).
func TestTagConcurrentCacheFill(t *testing.T) {
	sents, _ := benchSentences(t)
	tg, err := New(embedded)
	if err != nil {
		t.Fatal(err)
	}
	want := make([][]Tag, len(sents))
	for i, s := range sents {
		want[i] = tagReference(tg, s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out []Tag
			for i := range sents {
				k := (i + g*13) % len(sents)
				out = tg.Tag(sents[k], out)
				for j := range out {
					if out[j] != want[k][j] {
						errs <- strings.Join(sents[k], " ")
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("tagged otherwise concurrently: %q", e)
	}
}

// FuzzTagReference holds Tag equal to the reference on any words.
func FuzzTagReference(f *testing.F) {
	f.Add("He said it was n't true .")
	f.Add("“ The U.S. ” '' `` -- 2024 $ 5 Jo 's")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		if len(words) > 600 {
			words = words[:600]
		}
		sameTags(t, Default(), words, nil)
	})
}
