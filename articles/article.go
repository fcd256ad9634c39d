// Package articles loads articles from files, standard input and URLs,
// detects their format, and turns web pages into readable markdown. It
// knows nothing of analysis or display.
package articles

// Format says how an input was read.
type Format string

const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
)

// Article is one loaded article. Text is what is analysed and shown: the
// input bytes for text and markdown (so byte offsets index the input as
// read), the extracted markdown for HTML.
type Article struct {
	// Source is the path or URL as given; "-" for standard input.
	Source string
	Title  string
	Byline string
	Site   string
	Date   string
	URL    string
	Format Format
	Text   string
	// Markdown reports whether Text should be rendered as markdown.
	Markdown bool
	// Warnings are one-line notes about the input worth telling the user
	// (invalid UTF-8 repaired, charset converted).
	Warnings []string
	// Dropped lists, for a web page, the blocks removed from the part
	// readability picked as the article, in the order they were removed.
	Dropped []Dropped
}
