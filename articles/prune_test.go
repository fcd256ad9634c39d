package articles

import (
	"strings"
	"testing"
)

func extractFixture(t *testing.T, page string) *Article {
	t.Helper()
	a, err := FromBytes("page.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func assertKept(t *testing.T, a *Article, texts ...string) {
	t.Helper()
	for _, want := range texts {
		if !strings.Contains(a.Text, want) {
			t.Errorf("article lacks %q:\n%s", want, a.Text)
		}
	}
}

func assertDropped(t *testing.T, a *Article, texts ...string) {
	t.Helper()
	for _, gone := range texts {
		if strings.Contains(a.Text, gone) {
			t.Errorf("article keeps %q:\n%s", gone, a.Text)
		}
	}
}

// Class 1: a run of paragraphs in a box named like furniture, among the
// article's paragraphs, comes through with the sub-headings and the pull
// quote.
func TestPruneKeepsParagraphRunsOfALongFeature(t *testing.T) {
	a := extractFixture(t, longFeaturePage())
	assertKept(t, a, featureSentences...)
	assertKept(t, a, runSentences...)
	assertKept(t, a, "## The cracks nobody mentioned", "## Downstream", "We were told the river would always be there for us.")
}

// Class 1, short lines: an article of lines without full stops loses
// none of its first or last lines to edge trimming.
func TestPruneKeepsEveryLineOfAnArticleOfLines(t *testing.T) {
	a := extractFixture(t, versePage())
	assertKept(t, a, verseLines...)
}

// Class 2: sign-up, support-us, more-stories and follow-us boxes go;
// paragraphs that mention a subscription or quote a newsletter stay.
func TestPruneDropsPromotionalBoxesInsideTheBody(t *testing.T) {
	a := extractFixture(t, promoPage())
	assertKept(t, a, promoPara1, promoPara2, promoPara3, promoPara4, promoPara5, promoPara6)
	assertDropped(t, a, "briefing in your inbox", "Sign up", "Support our journalism", "takes time and money",
		"More stories from the coast", "Lifeboat crew", "Follow us on", "Seals return", "lighthouse keeper")
}

// Class 3: headline, standfirst, byline, caption, credit line and the
// publisher's note out;
// the in-body sub-heading in.
func TestPruneDropsStandfirstBylineAndCaption(t *testing.T) {
	a := extractFixture(t, headerPage())
	assertKept(t, a, headerPara1, headerPara2, headerPara3, headerPara4, headerPara5, headerPara6, headerPara7, "## What the operator says")
	assertDropped(t, a, headerStandfirst, "Ana Field", "route 4 bus waits", "Additional reporting", headerAbout)
	if strings.Contains(a.Text, "# Bus routes unchanged") {
		t.Errorf("headline kept in the body:\n%s", a.Text)
	}
}

// Class 3: a standfirst inside the body container goes by its name.
func TestPruneDropsStandfirstInsideTheBody(t *testing.T) {
	a := extractFixture(t, standfirstInBodyPage())
	assertKept(t, a, headerPara1, headerPara2, headerPara3, headerPara4)
	assertDropped(t, a, headerStandfirst)
}

// Class 3, live blogs: the entry headlines are body, the first one too.
func TestPruneKeepsLiveBlogEntryHeadlines(t *testing.T) {
	a := extractFixture(t, liveBlogPage())
	assertKept(t, a, "Polls close across the county", "Turnout looks higher", "Recount called in the harbour ward",
		"Voting ended at ten o'clock")
}

// Class 4: the Instagram embed goes, the sentence introducing it stays;
// a quoted tweet stays as the public benchmark's convention has it.
func TestPruneDropsSocialEmbedsKeepsTheirIntroduction(t *testing.T) {
	a := extractFixture(t, socialPage())
	assertKept(t, a, socialPara1, socialIntro, socialPara2, socialPara3, "Stay safe on the roads tonight")
	assertDropped(t, a, "the wind won tonight", "A post shared by")
}

// Every pruned block is recorded with its rule, so that --explain can
// tell why a block is missing.
func TestDroppedBlocksNameTheirRule(t *testing.T) {
	cases := []struct {
		page       string
		rule, text string
	}{
		{promoPage(), `call to action "in your inbox"`, "Get the Coast Weekly briefing in your inbox every Friday. Sign up"},
		{promoPage(), `links under a call to action "more stories"`, "More stories from the coast"},
		{promoPage(), "rail of teaser cards", "Seals return to the sandbank at low tide 2 min The lighthouse keeper"},
		{headerPage(), "before the body container (headline, standfirst, byline)", headerStandfirst},
		{headerPage(), "element <figure>", "A route 4 bus waits at the station in the rain."},
		{headerPage(), `credit line "additional reporting by"`, "Additional reporting by Tom Reyes."},
		{headerPage(), "after the body container (about the publisher, author box)", headerAbout},
		{socialPage(), "embedded social post", "So sorry everyone, the wind won tonight. We will be back! A post shared by The Band (@theband)"},
	}
	for _, c := range cases {
		a := extractFixture(t, c.page)
		found := false
		for _, d := range a.Dropped {
			if d.Rule == c.rule && strings.HasPrefix(d.Text, c.text) {
				found = true
			}
		}
		if !found {
			t.Errorf("no drop {%s: %s} in %+v", c.rule, c.text, a.Dropped)
		}
	}
	// Nothing of the long feature is dropped.
	if a := extractFixture(t, longFeaturePage()); len(a.Dropped) != 0 {
		t.Errorf("long feature: dropped %+v", a.Dropped)
	}
}

func TestPhraseListMatchesWholeWords(t *testing.T) {
	l := parsePhrases("# comment\nsign up\ndon't miss\n")
	cases := []struct{ text, want string }{
		{"Sign up for the briefing", "sign up"},
		{"DON’T MISS these stories", "don't miss"},
		{"The design upgrades were signed upstairs", ""},
	}
	for _, c := range cases {
		if got := l.find(textWords(c.text)); got != c.want {
			t.Errorf("find(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
