package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestJSONReportParsesWithMarksAsStrings(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, Build([]Input{input(t)}, generated)); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Schema   string
		Articles []struct {
			Claims []map[string]any
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("report does not parse: %v\n%s", err, buf.String())
	}
	claims := doc.Articles[0].Claims
	if doc.Schema != Schema || len(claims) != 3 {
		t.Fatalf("schema %q, %d claims", doc.Schema, len(claims))
	}
	if claims[0]["mark"] != "checked" || claims[2]["mark"] != "disputed" {
		t.Errorf("marks: %v, %v", claims[0]["mark"], claims[2]["mark"])
	}
	if _, present := claims[1]["mark"]; present {
		t.Errorf("an unmarked claim must have no mark field: %v", claims[1])
	}
}

func TestJSONEscapesTerminalControls(t *testing.T) {
	in := input(t)
	in.Meta.Title = "Evil\x1b]52;c;aGk=\x07 \u009b31m \u202eright-to-left"
	var buf bytes.Buffer
	if err := WriteJSON(&buf, Build([]Input{in}, generated)); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"\x1b", "\x07", "\u009b", "\u202e"} {
		if strings.Contains(buf.String(), bad) {
			t.Errorf("raw %q in the JSON", bad)
		}
	}
	var doc struct{ Articles []struct{ Title string } }
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil || doc.Articles[0].Title != in.Meta.Title {
		t.Errorf("escaped title does not round-trip: %q (%v)", doc.Articles[0].Title, err)
	}
}

// anno is what the test reads back of an annotation.
type anno struct {
	Context string `json:"@context"`
	ID      string
	Type    string
	Body    []struct{ Type, Purpose, Value string }
	Target  struct {
		Source   string
		Selector []struct {
			Type                  string
			Exact, Prefix, Suffix string
			Start, End            int
		}
	}
}

func TestAnnotationsQuoteTheTextAtTheirCodePointPositions(t *testing.T) {
	in := input(t)
	var buf bytes.Buffer
	if err := WriteAnnotations(&buf, []Input{in}, Build([]Input{in}, generated)); err != nil {
		t.Fatal(err)
	}
	var coll struct {
		Context string `json:"@context"`
		Type    string
		Total   int
		First   struct {
			Type  string
			Items []anno
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &coll); err != nil {
		t.Fatalf("annotations do not parse: %v", err)
	}
	if coll.Context != annoContext || coll.Type != "AnnotationCollection" || coll.First.Type != "AnnotationPage" || coll.Total != 3 || len(coll.First.Items) != 3 {
		t.Fatalf("collection: %+v", coll)
	}
	runes := []rune(text)
	for _, a := range coll.First.Items {
		if a.Context != annoContext || a.Type != "Annotation" || !strings.HasPrefix(a.ID, "urn:caveat:") {
			t.Errorf("annotation header: %+v", a)
		}
		if a.Target.Source != "file:///news/talks.txt" {
			t.Errorf("target source %q", a.Target.Source)
		}
		var quote, pos = a.Target.Selector[0], a.Target.Selector[1]
		if quote.Type != "TextQuoteSelector" || pos.Type != "TextPositionSelector" {
			t.Fatalf("selectors %+v", a.Target.Selector)
		}
		if pos.Start < 0 || pos.End > len(runes) || pos.Start >= pos.End {
			t.Fatalf("position %d-%d outside the text's %d code points", pos.Start, pos.End, len(runes))
		}
		if got := string(runes[pos.Start:pos.End]); got != quote.Exact {
			t.Errorf("code points %d-%d hold %q, the quote says %q", pos.Start, pos.End, got, quote.Exact)
		}
		if got := string(runes[pos.Start-len([]rune(quote.Prefix)) : pos.Start]); got != quote.Prefix {
			t.Errorf("prefix %q, text before is %q", quote.Prefix, got)
		}
		if got := string(runes[pos.End : pos.End+len([]rune(quote.Suffix))]); got != quote.Suffix {
			t.Errorf("suffix %q, text after is %q", quote.Suffix, got)
		}
		if len([]rune(quote.Prefix)) > quoteContext || len([]rune(quote.Suffix)) > quoteContext {
			t.Errorf("context longer than %d code points", quoteContext)
		}
	}
	// The checked claim carries its mark and note as bodies.
	purposes := map[string]string{}
	for _, b := range coll.First.Items[0].Body {
		purposes[b.Purpose] = b.Value
	}
	if purposes["tagging"] != "anonymous_source" || purposes["assessing"] != "checked" || purposes["commenting"] != "called | the ministry" {
		t.Errorf("bodies of the checked claim: %v", purposes)
	}
	if len(coll.First.Items[1].Body) != 2 {
		t.Errorf("unmarked claim has extra bodies: %+v", coll.First.Items[1].Body)
	}
}

func TestAnnotationTargets(t *testing.T) {
	for _, c := range []struct{ source, url, want string }{
		{"https://example.org/a", "", "https://example.org/a"},
		{"page.html", "https://example.org/b", "https://example.org/b"},
		{"/abs/my story.txt", "", "file:///abs/my%20story.txt"},
		{"-", "", "ni:///sha-256;"},
		{"sample:ceasefire-backchannel", "", "ni:///sha-256;"},
	} {
		in := input(t)
		in.Meta.Source, in.Meta.URL = c.source, c.url
		if got := targetIRI(in, Build([]Input{in}, generated).Articles[0].SHA256); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s: got %s, want %s…", c.source, got, c.want)
		}
	}
}

func TestMarkdownIsSafeAndComplete(t *testing.T) {
	in := input(t)
	in.Meta.Title = "Talks \x1b[31m<script>"
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, Build([]Input{in}, generated)); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	if strings.ContainsRune(md, 0x1b) || strings.Contains(md, "<script>") {
		t.Errorf("unsafe text in markdown:\n%s", md)
	}
	for _, want := range []string{
		"| A1 | Anonymous | a senior official said | senior official | ✓ checked | called \\| the ministry |",
		"| D1 | Denial |",
		"| U1 | Uncertain | could be signed – perhaps | could | ✗ disputed |  |",
		"- Flags: 1 Anonymous · 1 Denial · 1 Uncertain",
		"- Sources: 0 named · 1 unnamed",
		"- Marks: 1 checked · 1 disputed · 1 note",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	// Every table row has the header's number of cells: escaped pipes
	// inside notes do not split them.
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "| ") {
			if n := strings.Count(line, "|") - strings.Count(line, `\|`); n != 7 {
				t.Errorf("row with %d cell borders: %s", n, line)
			}
		}
	}
}
