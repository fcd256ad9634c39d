package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"
	"github.com/caveat-reader/caveat/reading"
)

// Frame draws the reader's first complete frame of d at width × height,
// exactly as the reader would show it before any key, and returns the
// frame's content (styled). It backs `caveat --frame WxH`, for scripted
// screenshots and the process-start benchmark.
func Frame(d *reading.Doc, width, height int, opts Options) string {
	m := NewModel(context.Background(), []Input{{Name: d.Article.Source}}, opts)
	for _, msg := range []tea.Msg{loadedMsg{index: 0, doc: d}, tea.WindowSizeMsg{Width: width, Height: height}} {
		m.Update(msg)
	}
	return m.View().Content
}
