package main

import (
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

// progress shows "analysed 12 of 40" on standard error while several
// inputs are worked through, only when standard error is a terminal, so
// pipes and logs never see it.
type progress struct {
	w     io.Writer
	total int
	done  int
	on    bool
}

func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, total: total, on: ok && total > 1 && term.IsTerminal(int(f.Fd()))}
}

// step counts one input as finished.
func (p *progress) step() {
	p.done++
	if p.on {
		fmt.Fprintf(p.w, "\r\x1b[Kanalysed %d of %d", p.done, p.total)
	}
}

// clear removes the line, before a message or at the end.
func (p *progress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
