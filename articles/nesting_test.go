package articles

import (
	"strings"
	"testing"
)

// deepList is a markdown list nested n levels by indentation.
func deepList(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- a point the source made\n")
	}
	return b.String()
}

func TestDeeplyNestedMarkdownIsShownAsPlainText(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		plain      bool
	}{
		{"thousand quotes", strings.Repeat("> ", 1000) + "A source said the plan may fail.\n", true},
		{"unspaced quotes", strings.Repeat(">", 40) + " A source said it.\n", true},
		{"thousand-level list", deepList(1000), true},
		{"ordered list nested by indentation", "1. one\n" + strings.Repeat(" ", 60) + "2) two\n", true},
		{"quote in a list in a quote", "> - > A source said the plan may fail.\n", false},
		{"an ordinary nested list", deepList(4), false},
		{"an indented code block", strings.Repeat(" ", 80) + "code, not a container\n", false},
		{"a numbered headline", "2024. A year of talks.\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromBytes("story.md", []byte("# Head\n\n"+tc.text), "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Markdown == tc.plain {
				t.Errorf("Markdown = %v, want %v", a.Markdown, !tc.plain)
			}
			warned := strings.Contains(strings.Join(a.Warnings, "\n"), "nested over")
			if warned != tc.plain {
				t.Errorf("warnings %q, want a nesting warning: %v", a.Warnings, tc.plain)
			}
			if a.Format != Markdown || a.Text != "# Head\n\n"+tc.text {
				t.Errorf("format %s or text changed; offsets must stay on the input bytes", a.Format)
			}
		})
	}
}

func TestDeeplyNestedQuotesInAPageAreShownAsPlainText(t *testing.T) {
	page := "<html><body><article><p>" + storyPara1 + "</p>" +
		strings.Repeat("<blockquote>", 80) + "<p>" + storyPara2 + "</p>" + strings.Repeat("</blockquote>", 80) +
		"<p>" + storyPara3 + "</p></article></body></html>"
	a, err := FromBytes("page.html", []byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Markdown {
		t.Errorf("a page nested 80 quotes deep should be shown as plain text:\n%.300s", a.Text)
	}
	if !strings.Contains(a.Text, storyPara2) {
		t.Errorf("the quoted paragraph was lost:\n%.300s", a.Text)
	}
}
