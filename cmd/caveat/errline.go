package main

import (
	"fmt"
	"io"

	"github.com/caveat-reader/caveat/articles"
)

// sayError prints a failure as the one line the user reads:
// "caveat: <message>". Messages name inputs (file names, URLs) and echo
// page titles and server replies, all of which come from outside and may
// hold escape sequences or newlines, so the message is made visible and
// folded to one line before it reaches the terminal.
func sayError(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "caveat: %s\n", articles.VisibleLine(fmt.Sprintf(format, args...)))
}
