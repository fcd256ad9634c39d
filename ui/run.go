package ui

import (
	"context"
	"errors"
	"os"
)

// Run runs the reader until the user quits. It returns the load errors of
// inputs that failed (the command prints them after the alt screen is gone).
func Run(ctx context.Context, inputs []Input, opts Options) ([]error, error) {
	if len(inputs) == 0 {
		return nil, errors.New("no article to read")
	}
	if os.Getenv("NO_COLOR") != "" {
		opts.NoColor = true
	}
	opts.Hyperlinks = opts.Hyperlinks || hyperlinksSupported(os.Getenv)
	final, err := runGuarded(ctx, NewModel(ctx, inputs, opts))
	if m, ok := final.(*Model); ok {
		return m.sess.errors(), err
	}
	return nil, err
}
