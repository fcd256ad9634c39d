package articles

import "testing"

func TestWithoutSiteName(t *testing.T) {
	for _, c := range []struct{ title, site, host, want string }{
		{"Storm hits coast - Los Angeles Times", "Los Angeles Times", "", "Storm hits coast"},
		{"Storm hits coast | Reuters", "", "www.reuters.com", "Storm hits coast"},
		{"Storm hits coast — The Guardian", "Guardian", "", "Storm hits coast"},
		{"Mayor - a profile", "Daily Planet", "dailyplanet.com", "Mayor - a profile"},
		{"Win - lose - draw", "", "", "Win - lose - draw"},
		{"Los Angeles Times", "Los Angeles Times", "", "Los Angeles Times"},
		{"Black Friday deals - Remember 80/90 - Memorabilia anni 80/90", "Remember 80/90 - Memorabilia anni 80/90", "", "Black Friday deals"},
		{"Storm hits coast | news | NEWS", "News", "", "Storm hits coast | news"},
	} {
		if got := withoutSiteName(c.title, c.site, c.host); got != c.want {
			t.Errorf("withoutSiteName(%q, %q, %q) = %q, want %q", c.title, c.site, c.host, got, c.want)
		}
	}
}

// An extracted page's title loses its trailing site name.
func TestExtractedTitleWithoutSiteName(t *testing.T) {
	page := `<html><head><title>Storm hits coast - Los Angeles Times</title>
<meta property="og:site_name" content="Los Angeles Times"></head><body><article>
<h1>Storm hits coast</h1><p>` + longParagraph + `</p><p>` + longParagraph + `</p></article></body></html>`
	a, err := fromHTML("page.html", []byte(page), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Storm hits coast" {
		t.Errorf("title %q", a.Title)
	}
}

const longParagraph = "The storm reached the coast on Tuesday night, officials said, and the roads along the shore were closed until the water went down again in the morning."
