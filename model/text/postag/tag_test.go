package postag

import (
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
