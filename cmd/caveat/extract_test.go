package main

import (
	"strings"
	"testing"
)

// A page written for the test: a story whose body holds a newsletter box
// and a captioned photo, which extraction prunes.
const explainPage = `<!DOCTYPE html><html><head><title>Harbour wall</title></head><body>
<article><div class="story">
<p>The harbour wall at Sele will be rebuilt next spring, the port authority said on Thursday, after a winter storm broke through it.</p>
<div class="box"><p>Get the Harbour Weekly in your inbox.</p><a href="/signup">Sign up</a></div>
<p>Engineers said the new wall would be a metre higher than the old one, which was built in 1887 and last repaired in the 1970s.</p>
<figure><img src="wall.jpg" alt=""><figcaption>Waves break over the old wall in January.</figcaption></figure>
<p>Fishing boats will use the north quay while the work goes on, and the ferry will keep to its usual timetable, the authority said.</p>
</div></article></body></html>`

func TestExtractExplainListsDroppedBlocksAndRules(t *testing.T) {
	page := writeFile(t, t.TempDir(), "harbour.html", explainPage)
	status, out, errOut := runCaveat(t, "", "extract", "--explain", page)
	if status != 0 {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	for _, want := range []string{
		"2 blocks dropped\n",
		`call to action "in your inbox": Get the Harbour Weekly in your inbox. Sign up` + "\n",
		"element <figure>: Waves break over the old wall in January.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("--explain output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Engineers said") {
		t.Errorf("--explain printed the article's kept text:\n%s", out)
	}
	// Without the flag the same page prints the article, without the box.
	_, text, _ := runCaveat(t, "", "extract", "--format", "text", page)
	if !strings.Contains(text, "Engineers said") || strings.Contains(text, "Harbour Weekly") {
		t.Errorf("extract text:\n%s", text)
	}
}

// A dropped block's text is the page's: --explain shows it made visible,
// never as a control sequence.
func TestExtractExplainShowsNoControlCharacters(t *testing.T) {
	page := strings.Replace(explainPage, "Get the Harbour Weekly", "Get the \x1b[2J Harbour Weekly", 1)
	path := writeFile(t, t.TempDir(), "harbour.html", page)
	status, out, errOut := runCaveat(t, "", "extract", "--explain", path)
	if status != 0 {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Errorf("--explain output holds an escape: %q", out)
	}
	if !strings.Contains(out, "Harbour Weekly") {
		t.Errorf("--explain lost the dropped block:\n%s", out)
	}
}

// caveat extract heads the markdown with the page's title (without its
// site name); the text format is the body alone.
func TestExtractPrintsTheTitle(t *testing.T) {
	para := "The storm reached the coast on Tuesday night, officials said, and the roads along the shore were closed until the water went down again in the morning."
	page := writeFile(t, t.TempDir(), "page.html", `<html><head><title>Storm hits coast - Los Angeles Times</title>
<meta property="og:site_name" content="Los Angeles Times"></head><body><article><p>`+para+`</p><p>`+para+`</p></article></body></html>`)
	status, out, errOut := runCaveat(t, "", "extract", page)
	if status != 0 || !strings.HasPrefix(out, "# Storm hits coast\n\n") {
		t.Errorf("status %d, stderr %q, output:\n%s", status, errOut, out)
	}
	_, out, _ = runCaveat(t, "", "extract", "--format", "text", page)
	if strings.Contains(out, "Storm hits coast") {
		t.Errorf("text format has the title:\n%s", out)
	}
}
