package postag

import (
	"slices"
	"strings"
	"testing"
)

// TestForgetKeepsTags: a sentence is tagged the same before the cache is
// emptied, after (from a cold cache) and again (from the refilled one).
func TestForgetKeepsTags(t *testing.T) {
	tg := Default()
	words := strings.Fields("The minister said on Tuesday that the talks would resume , officials said .")
	before := tg.Tag(words, nil)
	tg.Tag(words, nil) // a second miss enters the words
	tg.Forget()
	cold := tg.Tag(words, nil)
	warm := tg.Tag(words, nil)
	if !slices.Equal(before, cold) || !slices.Equal(before, warm) {
		t.Fatalf("tags changed by Forget: %v, then %v and %v", before, cold, warm)
	}
}
