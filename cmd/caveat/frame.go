package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/ui"
)

// printFrame renders the first frame of each input at --frame's size. On
// a pipe the frame is stripped of styling: nothing but text leaves caveat
// when standard output is not a terminal.
func (c *ReadCmd) printFrame(ctx context.Context, env *ioEnv, inputs []string, tty bool) error {
	var w, h int
	if _, err := fmt.Sscanf(c.Frame, "%dx%d", &w, &h); err != nil || w <= 0 || h <= 0 {
		return fmt.Errorf("--frame %q: write the size as WIDTHxHEIGHT, e.g. 120x40", c.Frame)
	}
	opts := ui.Options{NoColor: !tty || os.Getenv("NO_COLOR") != ""}
	return eachDoc(ctx, env, inputs, c.options(env.stdin), func(d *reading.Doc) error {
		frame := ui.Frame(d, w, h, opts)
		if !tty {
			frame = ansi.Strip(frame)
		}
		_, err := io.WriteString(env.stdout, frame+"\n")
		return err
	})
}
