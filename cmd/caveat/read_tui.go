package main

import (
	"context"
	"errors"

	"github.com/caveat-reader/caveat/ui"
)

// runReader: TEMPORARY until ui.Run lands.
func runReader(ctx context.Context, inputs []ui.Input, opts ui.Options) ([]error, error) {
	return nil, errors.New("the interactive reader is not built yet")
}
