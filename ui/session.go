package ui

import (
	"context"
	"fmt"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/reading"
)

// slotState is how far an input has got.
type slotState int

const (
	slotLoading slotState = iota
	slotReady
	slotFailed
)

// slot is one input of the session: loading, open, or failed.
type slot struct {
	input Input
	state slotState
	err   error
	view  *docView
}

// session is the articles open in one run of the reader; exactly one is
// shown. It is designed for several from the start: `[` `]` switch, and
// every article keeps its own place and selection.
type session struct {
	slots   []*slot
	active  int
	spinner spinner.Model
}

func newSession(inputs []Input) *session {
	s := &session{spinner: spinner.New(spinner.WithSpinner(spinner.MiniDot))}
	for _, in := range inputs {
		s.slots = append(s.slots, &slot{input: in})
	}
	if len(s.slots) == 0 {
		s.slots = append(s.slots, &slot{input: Input{Name: "nothing to read"}, state: slotFailed,
			err: fmt.Errorf("no article given")})
	}
	return s
}

func (s *session) current() *slot { return s.slots[s.active] }

// count is how many inputs are in state st.
func (s *session) count(st slotState) int {
	n := 0
	for _, sl := range s.slots {
		if sl.state == st {
			n++
		}
	}
	return n
}

// loadedMsg carries the result of one input's Load back to the UI loop.
type loadedMsg struct {
	index int
	doc   *reading.Doc
	err   error
}

// loadCmds starts every input's Load off the UI loop.
func (s *session) loadCmds(ctx context.Context) []tea.Cmd {
	var cmds []tea.Cmd
	for i, sl := range s.slots {
		if sl.state != slotLoading {
			continue
		}
		cmds = append(cmds, loadCmd(ctx, i, sl.input))
	}
	return cmds
}

func loadCmd(ctx context.Context, i int, in Input) tea.Cmd {
	return func() tea.Msg {
		if in.Load == nil {
			return loadedMsg{index: i, err: fmt.Errorf("%s: nothing to load", in.Name)}
		}
		d, err := loadSafely(ctx, in)
		return loadedMsg{index: i, doc: d, err: err}
	}
}

// loadSafely runs Load, turning a panic in it into that input's error so
// one bad input never takes the session down.
func loadSafely(ctx context.Context, in Input) (d *reading.Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("%s: internal error while loading: %s", in.Name, articles.VisibleLine(fmt.Sprint(r)))
		}
	}()
	d, err = in.Load(ctx)
	if err == nil && (d == nil || d.Article == nil || d.Analysis == nil) {
		err = fmt.Errorf("%s: nothing to show", in.Name)
	}
	return d, err
}

// settle records a finished load.
func (s *session) settle(msg loadedMsg) {
	if msg.index < 0 || msg.index >= len(s.slots) {
		return
	}
	sl := s.slots[msg.index]
	if msg.err != nil {
		sl.state, sl.err = slotFailed, msg.err
		return
	}
	sl.state, sl.view = slotReady, newDocView(msg.doc)
}

// errors are the load errors of failed inputs, in input order.
func (s *session) errors() []error {
	var out []error
	for _, sl := range s.slots {
		if sl.state == slotFailed && sl.err != nil {
			out = append(out, sl.err)
		}
	}
	return out
}
