package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/caveat-reader/caveat/articles"
)

// WriteJSON writes the report as one indented JSON document.
func WriteJSON(w io.Writer, r Report) error {
	return writeJSON(w, r)
}

// writeJSON encodes v indented and escapes what encoding/json leaves raw
// but a terminal may obey: C1 controls and bidi overrides from article
// text. A \uXXXX escape inside a JSON string means the same character, so
// the document is unchanged for any JSON reader.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(articles.JSONSafe(buf.Bytes()))
	return err
}
