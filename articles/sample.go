package articles

import _ "embed"

// The bundled sample: the seed article of the corpus, opened when caveat is
// run with no argument.
//
//go:embed samples/ceasefire-backchannel.txt
var sampleText string

// SampleSource is the Source of the bundled sample article.
const SampleSource = "sample:ceasefire-backchannel"

// Sample returns the bundled sample article.
func Sample() *Article {
	return &Article{
		Source: SampleSource,
		Title:  "Putin reached out to the US for a ceasefire, Russian sources say",
		Site:   "bundled sample",
		Format: Text,
		Text:   sampleText,
	}
}
