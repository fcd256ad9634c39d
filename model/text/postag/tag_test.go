package postag

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestTagsOfOwnSentences runs the sentences of testdata/tags.txt.
func TestTagsOfOwnSentences(t *testing.T) {
	data, err := os.ReadFile("testdata/tags.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for line := range strings.SplitSeq(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		var words []string
		want := map[int]string{}
		for i, f := range strings.Fields(line) {
			if j := strings.LastIndex(f, "/"); j > 0 {
				want[i] = f[j+1:]
				f = f[:j]
			}
			words = append(words, f)
		}
		if len(want) == 0 {
			t.Errorf("%q asserts no tag", line)
		}
		got := Default().Tag(words, nil)
		for i, tag := range want {
			n++
			if got[i].String() != tag {
				t.Errorf("%q: %s tagged %s, want %s (all: %v)", line, words[i], got[i], tag, got)
			}
		}
	}
	if n == 0 {
		t.Fatal("no assertions read")
	}
}

func TestTagParseRoundTrip(t *testing.T) {
	for tg := Tag(1); tg < NumTags; tg++ {
		back, ok := ParseTag(tg.String())
		if !ok || back != tg {
			t.Errorf("ParseTag(%q) = %v, %v", tg.String(), back, ok)
		}
		if tg.Universal() == UNone {
			t.Errorf("%s has no universal tag", tg)
		}
	}
	if _, ok := ParseTag("VBX"); ok {
		t.Error("ParseTag accepted VBX")
	}
}

func TestTagEmptyAndReuse(t *testing.T) {
	tg := Default()
	if got := tg.Tag(nil, nil); len(got) != 0 {
		t.Errorf("empty sentence: %v", got)
	}
	buf := tg.Tag(strings.Fields("The court denied the appeal ."), nil)
	again := tg.Tag([]string{"No"}, buf)
	if len(again) != 1 {
		t.Errorf("reused buffer: %v", again)
	}
}

// The embedded model must pass the full check that Default skips.
func TestEmbeddedModelChecks(t *testing.T) {
	if err := Default().m.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestNewRejectsGarbage(t *testing.T) {
	if _, err := New([]byte("not a model")); err == nil {
		t.Error("New accepted garbage")
	}
}

func TestTagAllocatesNothingAfterWarmUp(t *testing.T) {
	tg := Default()
	words := strings.Fields("The ministry said on Monday that it had denied the request .")
	out := tg.Tag(words, nil)
	if n := testing.AllocsPerRun(50, func() { out = tg.Tag(words, out) }); n != 0 {
		t.Errorf("%v allocations per sentence", n)
	}
}

// Tagging from several goroutines gives the same tags as from one.
func TestTagConcurrent(t *testing.T) {
	tg := Default()
	words := strings.Fields("Officials may want to review the claims , a spokesman said .")
	want := fmt.Sprint(tg.Tag(words, nil))
	done := make(chan string)
	for range 4 {
		go func() {
			var out []Tag
			for range 100 {
				out = tg.Tag(words, out)
			}
			done <- fmt.Sprint(out)
		}()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent tags %s, want %s", got, want)
		}
	}
}

// Odd input never panics: empty words, control bytes, long tokens.
func TestTagOddWords(t *testing.T) {
	words := []string{"", "\x00\x1b[31m", strings.Repeat("x", 10000), "’", "“”"}
	if got := Default().Tag(words, nil); len(got) != len(words) {
		t.Errorf("%d tags for %d words", len(got), len(words))
	}
}

// best picks the first of the highest scores, wherever it lies among
// the four-score turns and the rest.
func TestBestIsFirstHighest(t *testing.T) {
	for at := Dollar; at < NumTags; at++ {
		for _, tie := range []Tag{None, at + 1, at + 5} {
			var v vector
			v[None] = 99 // not a tag to choose
			v[at] = 7
			if tie > at && tie < NumTags {
				v[tie] = 7
			}
			if got := best(&v); got != at {
				t.Fatalf("highest at %d (tie at %d): best %d", at, tie, got)
			}
		}
	}
	var zero vector
	if got := best(&zero); got != Dollar {
		t.Errorf("all equal: best %d, want Dollar", got)
	}
}
