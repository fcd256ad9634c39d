package report

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"time"

	"github.com/caveat-reader/caveat/store"
)

// The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/):
// an AnnotationCollection whose first page holds every claim of every
// article as an Annotation. Each targets the article with two equivalent
// selectors: a TextQuoteSelector (the quote with 32 characters of context,
// which is what Hypothesis and most tools anchor by) and a
// TextPositionSelector counting Unicode code points of the article text.
const annoContext = "http://www.w3.org/ns/anno.jsonld"

// quoteContext is how many code points of prefix and suffix a quote
// carries; Hypothesis uses the same.
const quoteContext = 32

type collection struct {
	Context string `json:"@context"`
	Type    string `json:"type"`
	Label   string `json:"label"`
	Total   int    `json:"total"`
	First   page   `json:"first"`
}

type page struct {
	Type       string       `json:"type"`
	StartIndex int          `json:"startIndex"`
	Items      []annotation `json:"items"`
}

type annotation struct {
	Context    string    `json:"@context"`
	ID         string    `json:"id"`
	Type       string    `json:"type"`
	Motivation string    `json:"motivation"`
	Created    time.Time `json:"created"`
	Generator  generator `json:"generator"`
	Body       []body    `json:"body"`
	Target     target    `json:"target"`
}

type generator struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Name string `json:"name"`
}

type body struct {
	Type     string `json:"type"`
	Purpose  string `json:"purpose"`
	Value    string `json:"value"`
	Format   string `json:"format,omitempty"`
	Language string `json:"language,omitempty"`
}

type target struct {
	Source   string     `json:"source"`
	Selector []selector `json:"selector"`
}

// selector is either kind; the fields of the other stay empty.
type selector struct {
	Type   string  `json:"type"`
	Exact  *string `json:"exact,omitempty"`
	Prefix *string `json:"prefix,omitempty"`
	Suffix *string `json:"suffix,omitempty"`
	Start  *int    `json:"start,omitempty"`
	End    *int    `json:"end,omitempty"`
}

// WriteAnnotations writes the claims of inputs as a W3C Web Annotation
// collection (JSON-LD). r must be Build(inputs, …).
func WriteAnnotations(w io.Writer, inputs []Input, r Report) error {
	c := collection{Context: annoContext, Type: "AnnotationCollection", Label: "caveat session report",
		First: page{Type: "AnnotationPage", Items: []annotation{}}}
	for i, art := range r.Articles {
		c.First.Items = append(c.First.Items, articleAnnotations(inputs[i], art, r.Generated)...)
	}
	c.Total = len(c.First.Items)
	return writeJSON(w, c)
}

func articleAnnotations(in Input, art Article, created time.Time) []annotation {
	text := in.Analysis.Text
	offs := make([]int, 0, 2*len(art.Claims))
	for _, c := range art.Claims {
		offs = append(offs, c.Start, c.End)
	}
	cp := codePoints(text, offs)
	src := targetIRI(in, art.SHA256)
	out := make([]annotation, 0, len(art.Claims))
	for _, c := range art.Claims {
		exact := text[c.Start:c.End]
		prefix, suffix := before(text, c.Start, quoteContext), after(text, c.End, quoteContext)
		start, end := cp[c.Start], cp[c.End]
		out = append(out, annotation{
			Context: annoContext, Type: "Annotation", Motivation: "assessing", Created: created,
			ID:        fmt.Sprintf("urn:caveat:%s:%s:%d-%d", art.SHA256, c.Kind, c.Start, c.End),
			Generator: generator{ID: "https://github.com/caveat-reader/caveat", Type: "Software", Name: "caveat"},
			Body:      bodies(c),
			Target: target{Source: src, Selector: []selector{
				{Type: "TextQuoteSelector", Exact: &exact, Prefix: &prefix, Suffix: &suffix},
				{Type: "TextPositionSelector", Start: &start, End: &end},
			}},
		})
	}
	return out
}

// bodies are the claim's kind as a tag (Hypothesis shows tagging bodies
// as tags), what it means, and the reader's mark and note.
func bodies(c Claim) []body {
	desc := fmt.Sprintf("%s (cue: “%s”)", c.Kind.Label(), c.Cue)
	if c.Explanation != "" {
		desc += ": " + c.Explanation
	}
	out := []body{
		{Type: "TextualBody", Purpose: "tagging", Value: string(c.Kind)},
		{Type: "TextualBody", Purpose: "describing", Value: desc, Format: "text/plain", Language: "en"},
	}
	if c.Mark != store.Unmarked {
		out = append(out, body{Type: "TextualBody", Purpose: "assessing", Value: string(c.Mark)})
	}
	if c.Note != "" {
		out = append(out, body{Type: "TextualBody", Purpose: "commenting", Value: c.Note, Format: "text/plain"})
	}
	return out
}

// targetIRI names the annotated document: its URL when it came from the
// web, a file: URL for a file, and otherwise (standard input, the bundled
// sample) its content hash as an RFC 6920 ni: name.
func targetIRI(in Input, hash string) string {
	for _, s := range []string{in.Meta.URL, in.Meta.Source} {
		if u, err := url.Parse(s); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u.String()
		}
	}
	if src := in.Meta.Source; isPath(src) {
		if abs, err := filepath.Abs(src); err == nil {
			return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
		}
	}
	sum, err := hex.DecodeString(hash)
	if err != nil || len(sum) != sha256.Size {
		s := sha256.Sum256([]byte(in.Analysis.Text))
		sum = s[:]
	}
	return "ni:///sha-256;" + base64.RawURLEncoding.EncodeToString(sum)
}

// isPath tells a file path from standard input and from names with a
// scheme of their own, like the bundled sample's "sample:…".
func isPath(src string) bool {
	if src == "" || src == "-" {
		return false
	}
	if filepath.IsAbs(src) {
		return true
	}
	u, err := url.Parse(src)
	return err == nil && u.Scheme == ""
}
