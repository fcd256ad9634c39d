package main

import (
	"strings"
	"testing"
)

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
