package ui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/reading"
)

// The ledger's percentages add up to 100, on the sample (where sentences
// rest on more than one source) as drawn in the panel.
func TestLedgerSharesAddUpToAHundred(t *testing.T) {
	m := press(t, openModel(t, 120, 200, sampleDoc()), "s")
	screen := strings.Join(screenLines(m), "\n")
	sum, n := 0, 0
	for _, match := range regexp.MustCompile(`(\d+)% · \d+ sentences?`).FindAllStringSubmatch(screen, -1) {
		p, _ := strconv.Atoi(match[1])
		sum += p
		n++
	}
	if n < 3 || sum != 100 {
		t.Errorf("%d sources, shares add up to %d%%:\n%s", n, sum, screen)
	}
}

// Typing a search with one match says "1 match".
func TestOneMatchIsSingular(t *testing.T) {
	m := press(t, openModel(t, 120, 40, storyDoc(t)), "/")
	m = typeText(t, m, "steel")
	if got := footerText(m); !strings.Contains(got, "1 match") || strings.Contains(got, "1 matches") {
		t.Errorf("footer: %q", got)
	}
}

// One of a thing is singular: a changed article with one mark kept, a
// ledger of one attributed sentence.
func TestSingularCounts(t *testing.T) {
	st := &fakeStore{saved: map[string]reading.Saved{"story": {Changed: true, Kept: 1, Dropped: 2}}}
	m := openWithStore(t, st, 120, 40, titled(storyDoc(t), "story"))
	if got := footerText(m); !strings.Contains(got, "1 mark kept, 2 dropped") {
		t.Errorf("footer: %q", got)
	}
	doc := sourcedStory(t)
	doc.Analysis.Sources = doc.Analysis.Sources[:1]
	m = press(t, openModel(t, 120, 40, doc), "s")
	if screen := strings.Join(screenLines(m), "\n"); !strings.Contains(screen, "Sources · 1 attributed sentence ") {
		t.Errorf("ledger title:\n%s", screen)
	}
}
