package main

import (
	"context"
	"os"
	"strconv"

	"golang.org/x/term"

	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/report"
	"github.com/caveat-reader/caveat/ui"
)

// ReadCmd opens articles in the reader, or prints them when standard output
// is not a terminal.
type ReadCmd struct {
	LoadFlags
	SaveFlags
	FeedFlags
	NoMouse bool     `name:"no-mouse" help:"Leave the mouse to the terminal, for selecting text."`
	Width   int      `help:"Wrap width of printed output when not a terminal (default: $COLUMNS or 80)."`
	Frame   string   `placeholder:"WxH" help:"Print the reader's first frame at this size (e.g. 120x40) and exit; plain text unless standard output is a terminal."`
	Inputs  []string `arg:"" optional:"" name:"input" help:"Files (.txt, .md, .html), http(s) URLs, or - for standard input. None: the bundled sample."`
}

// Run opens the reader on a terminal, or prints plain annotated text.
func (c *ReadCmd) Run(ctx context.Context, env *ioEnv) error {
	inputs := withSample(c.Inputs)
	tty := false
	if f, ok := env.stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		// A dumb terminal moves no cursor and shows no style: it gets the
		// annotated plain text, whose markers need neither.
		tty = os.Getenv("TERM") != "dumb"
	}
	if done, err := c.readFeeds(ctx, env, inputs, tty); done {
		return err
	}
	switch {
	case c.Frame != "":
		return c.printFrame(ctx, env, inputs, tty)
	case tty:
		return c.interactive(ctx, env, inputs)
	}
	return c.printPlain(ctx, env, inputs)
}

// printPlain writes every article as annotated plain text, in input order.
func (c *ReadCmd) printPlain(ctx context.Context, env *ioEnv, inputs []string) error {
	width := c.Width
	if width <= 0 {
		width = 80
		if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
			width = n
		}
	}
	return eachDoc(ctx, env, inputs, c.options(env.stdin), func(d *reading.Doc) error {
		return report.WritePlain(env.stdout, *d, width)
	})
}

// interactive runs the reader. Inputs load inside it, so a URL shows a
// spinner; those that failed are reported once the screen is restored.
func (c *ReadCmd) interactive(ctx context.Context, env *ioEnv, inputs []string) error {
	opts := c.options(env.stdin)
	uiInputs := make([]ui.Input, len(inputs))
	for i, in := range inputs {
		name := in
		if name == "" {
			name = "sample"
		}
		uiInputs[i] = ui.Input{Name: name, Load: func(ctx context.Context) (*reading.Doc, error) {
			return loadDoc(ctx, in, opts)
		}}
	}
	persist, closeStore := c.openReaderStore()
	defer closeStore()
	cfg, notice := readerConfig(env)
	loadErrs, err := ui.Run(ctx, uiInputs, ui.Options{NoMouse: c.NoMouse, Store: persist, Config: cfg, Notice: notice, OpenURL: openURL})
	for _, e := range loadErrs {
		sayError(env.stderr, "%v", e)
	}
	if err != nil {
		return err
	}
	if len(loadErrs) > 0 {
		return errReported
	}
	return nil
}
