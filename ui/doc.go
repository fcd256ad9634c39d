package ui

import (
	"context"

	"github.com/caveat-reader/caveat/config"
	"github.com/caveat-reader/caveat/reading"
)

// Input is one article to open. Load runs off the UI loop (in a tea.Cmd),
// so a slow URL shows a spinner in the reader while it loads; a failure is
// shown in the reader and the other inputs still open.
type Input struct {
	Name string
	Load func(ctx context.Context) (*reading.Doc, error)
}

// Options tune the reader.
type Options struct {
	// NoMouse leaves the mouse to the terminal for selecting text.
	NoMouse bool
	// NoColor (NO_COLOR set) marks the selected sentence by reversing it
	// instead of tinting it; kinds read by symbol and emphasis. Run sets
	// it from the environment when the caller leaves it false.
	NoColor bool
	// Store remembers reading positions and marks across runs; nil (as
	// with --no-save) remembers nothing.
	Store Store
	// Config is the settings file's keys, colours, theme, kinds shown at
	// start, text width and mouse; nil is the defaults.
	Config *config.Config
	// OpenURL opens a web address in the browser (o); nil: links are
	// not opened.
	OpenURL func(url string) error
	// Hyperlinks makes link text an OSC 8 hyperlink to its address, for
	// terminals that support them; Run sets it from the environment
	// (hyperlinksSupported).
	Hyperlinks bool
	// Notice is shown in the footer at start (a settings file that could
	// not be read).
	Notice string
}
