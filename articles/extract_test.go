package articles

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFromBytesExtractsArticleAsMarkdown(t *testing.T) {
	a, err := FromBytes("story.html", []byte(newsPage(`<meta charset="utf-8">`)), "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Format != HTML || !a.Markdown {
		t.Errorf("format %q markdown %v, want html and markdown", a.Format, a.Markdown)
	}
	for _, want := range []string{
		storyPara1, storyPara2, storyPara3,
		"## What happens next",                     // heading
		"- Surveys of the riverbed begin in April", // list
		"> We have waited long enough",             // quotation
		"[full plan](/documents/bridge-plan)",      // link
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("markdown lacks %q:\n%s", want, a.Text)
		}
	}
	for _, furniture := range []string{"Sport", "Festival returns", "All rights reserved"} {
		if strings.Contains(a.Text, furniture) {
			t.Errorf("markdown keeps page furniture %q:\n%s", furniture, a.Text)
		}
	}
	if a.Title != "Eastbrook votes to rebuild river bridge" {
		t.Errorf("title %q", a.Title)
	}
	if a.Site != "The Eastbrook Courier" {
		t.Errorf("site %q", a.Site)
	}
	if a.Date != "2026-03-04" {
		t.Errorf("date %q", a.Date)
	}
	if !strings.Contains(a.Byline, "Ana Field") {
		t.Errorf("byline %q", a.Byline)
	}
	if len(a.Warnings) != 0 {
		t.Errorf("warnings on a clean UTF-8 page: %v", a.Warnings)
	}
}

func TestFromBytesLinksResolveAgainstPageURL(t *testing.T) {
	a, err := FromBytes("https://courier.example/news/bridge", []byte(newsPage("")), "text/html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "(https://courier.example/documents/bridge-plan)") {
		t.Errorf("relative link not made absolute:\n%s", a.Text)
	}
	if a.URL != "https://courier.example/news/bridge" {
		t.Errorf("URL %q", a.URL)
	}
}

func TestPlainTextDropsMarkup(t *testing.T) {
	a := &Article{Markdown: true, Text: "## Heading\n\nSome *emphasis* and a [link](https://x.example/) here.\n\n![a chart](c.png)\n\n- one\n- two\n\n> quoted \\*star\\*\n"}
	got := a.PlainText()
	want := "Heading\n\nSome emphasis and a link here.\n\n- one\n\n- two\n\nquoted *star*\n"
	if got != want {
		t.Errorf("PlainText:\n%q\nwant\n%q", got, want)
	}
	plain := &Article{Text: "as *is*\n"}
	if plain.PlainText() != "as *is*\n" {
		t.Errorf("non-markdown text changed: %q", plain.PlainText())
	}
}

func TestFromBytesCharsets(t *testing.T) {
	// "café “quoted”" in windows-1252: é is E9, the curly quotes 93 and 94.
	cp1252 := "<p>Le caf\xe9 \x93quoted\x94 " + storyPara1 + " " + storyPara2 + " " + storyPara3 + "</p>"
	cases := []struct {
		name, contentType, head, body, want, warn string
	}{
		{"header charset", "text/html; charset=windows-1252", "", cp1252, "café “quoted”", "windows-1252"},
		{"meta charset", "", `<meta charset="windows-1252">`, cp1252, "café “quoted”", "windows-1252"},
		{"latin-1 label", "", `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, cp1252, "café “quoted”", "windows-1252"},
		{"undeclared legacy bytes", "", "", cp1252, "café “quoted”", "detected"},
		{"iso-8859-2", "text/html; charset=iso-8859-2", "", "<p>\xa3\xf3d\xbc " + storyPara1 + " " + storyPara2 + " " + storyPara3 + "</p>", "Łódź", "iso-8859-2"},
		{"shift_jis", "", `<meta charset="shift_jis">`, "<p>\x93\xfa\x96\x7b " + storyPara1 + " " + storyPara2 + " " + storyPara3 + "</p>", "日本", "shift_jis"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := "<html><head>" + c.head + "<title>T</title></head><body><article>" + c.body + "</article></body></html>"
			a, err := FromBytes("page.html", []byte(page), c.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.ValidString(a.Text) {
				t.Fatal("text is not valid UTF-8")
			}
			if !strings.Contains(a.Text, c.want) {
				t.Errorf("text lacks %q:\n%s", c.want, a.Text)
			}
			if !strings.Contains(strings.Join(a.Warnings, "\n"), c.warn) {
				t.Errorf("warnings %q, want one naming %q", a.Warnings, c.warn)
			}
		})
	}
}

func TestInvalidUTF8BecomesReplacementWithWarning(t *testing.T) {
	page := "<html><head><meta charset=\"utf-8\"></head><body><article><p>Bad byte \xff here. " +
		storyPara1 + " " + storyPara2 + " " + storyPara3 + "</p></article></body></html>"
	a, err := FromBytes("page.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Bad byte \uFFFD here.") {
		t.Errorf("invalid byte not shown as U+FFFD:\n%s", a.Text)
	}
	if len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "invalid UTF-8") || strings.Contains(a.Warnings[0], "\n") {
		t.Errorf("warnings %q, want one line about invalid UTF-8", a.Warnings)
	}
	// Mostly UTF-8 with no declaration: repaired as UTF-8, not read as
	// windows-1252 (which would garble every accented letter).
	page = "<html><body><article><p>Café déjà vu \xff. " + storyPara1 + " " + storyPara2 + " " + storyPara3 + "</p></article></body></html>"
	a, err = FromBytes("page.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Café déjà vu \uFFFD.") {
		t.Errorf("mostly-UTF-8 page misread:\n%s", a.Text)
	}
}

func TestHostileHTMLNeverPanics(t *testing.T) {
	deep := strings.Repeat("<div>", 100_000) + "deep text " + storyPara1 + strings.Repeat("</div>", 100_000)
	misnested := strings.Repeat("<b><i><u><s><a href=x><table><tr><td>", 5_000) + storyPara1
	cases := map[string]string{
		"deeply nested":   deep,
		"misnested tags":  misnested,
		"unclosed tables": strings.Repeat("<table><tr><td><p>cell ", 20_000),
		"binary in html":  "<html><body>\x00\x01\x02\xff\xfe<p>" + storyPara1 + "</p></body></html>",
		"only markup":     "<html><head><title>x</title></head><body><div></div></body></html>",
		"script only":     "<html><body><script>" + strings.Repeat("var a = 1;", 1000) + "</script></body></html>",
	}
	for name, page := range cases {
		t.Run(name, func(t *testing.T) {
			a, err := FromBytes("page.html", []byte(page), "text/html")
			if err != nil {
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("error is not one line: %q", err)
				}
				return
			}
			if len(a.Text) > maxArticleBytes+1 || !utf8.ValidString(a.Text) {
				t.Errorf("text of %d bytes, valid UTF-8 %v", len(a.Text), utf8.ValidString(a.Text))
			}
		})
	}
}

func TestEmptyPageIsAnError(t *testing.T) {
	_, err := FromBytes("page.html", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), "")
	if err == nil || !strings.Contains(err.Error(), "no article text") {
		t.Errorf("err %v, want no article text", err)
	}
}

func TestDeepTreeIsFlattenedNotLost(t *testing.T) {
	page := strings.Repeat("<div>", 2000) + "<p>" + storyPara1 + " " + storyPara2 + " " + storyPara3 + "</p>" + strings.Repeat("</div>", 2000)
	a, err := FromBytes("page.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.PlainText(), storyPara2) {
		t.Errorf("text below the depth limit lost:\n%s", a.Text)
	}
}

func FuzzFromBytes(f *testing.F) {
	f.Add([]byte(newsPage("")), "text/html")
	f.Add([]byte(strings.Repeat("<div>", 3000)), "")
	f.Add([]byte("%PDF-1.7\n\x00\x01"), "")
	f.Add([]byte("<html><meta charset=shift_jis><p>\x93\xfa\x96\x7b</p>"), "")
	f.Add([]byte("<p>\xff\xfe\x00</p>"), "text/html; charset=utf-8")
	f.Add([]byte("# A heading\n\nText.\n"), "text/markdown")
	// The hostile cases of issue 7, small enough to mutate.
	f.Add([]byte{}, "")
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "")
	f.Add([]byte("A story.\x00\x00\x00 With NUL bytes.\n"), "text/plain")
	f.Add([]byte("A source said \xff\xfe the \xc3( plan \xe2\x82 may fail.\n"), "")
	f.Add([]byte("Title\x1b]0;TITLE\x07\n\nIt \x1b]52;c;Q0xJUA==\x07 may \x1b[2J\x1b]8;;http://x/\x1b\\link\x1b]8;;\x1b\\ rise.\n"), "")
	f.Add([]byte("C0 \x01\x08\x0b\x0c\x1f DEL \x7f C1 \xc2\x9b2J \xc2\x9d0;x\xc2\x9c bidi \xe2\x80\xaeevil\xe2\x80\xac\n"), "text/plain")
	f.Add([]byte(strings.Repeat("> ", 40)+"Deep quote.\n"), "text/markdown")
	f.Add([]byte(deepList(30)), "text/markdown")
	f.Add([]byte(strings.Repeat("P may.\n\n", 50)), "")
	f.Add([]byte("<html><body>"+strings.Repeat("<b id=x>", 20)+strings.Repeat("<p>A source said it may.", 30)), "")
	f.Add([]byte("<html><body><p>Unclosed <b><i>A <a href=\"javascript:alert(1)\">source</a> <table><tr><td>said<p>x</td> it.<!-- open"), "")
	f.Add([]byte("<html><body>"+strings.Repeat("<blockquote>", 30)+"<p>Deep.</p>"), "text/html")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		a, err := FromBytes("page.html", data, contentType)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) {
			t.Error("text is not valid UTF-8")
		}
		if a.Markdown && tooDeeplyNested(a.Text) {
			t.Error("markdown too deeply nested to render was not turned to plain text")
		}
		_ = a.PlainText()
	})
}
