package ui

import "charm.land/lipgloss/v2"

// renderMemo remembers short styled strings of the header and status line
// (a title, a count per kind) between frames: lipgloss styles a string in
// microseconds, and these lines are drawn on every keypress while they
// rarely change. It is tied to one set of styles, and forgets everything
// when the styles are replaced or it grows past memoMax.
type renderMemo struct {
	st   *Styles
	done map[memoKey]string
}

// memoKey names the style (by the role it plays) and the text.
type memoKey struct{ style, text string }

const memoMax = 256

// render is style.Render(text), remembered under the style's name.
func (c *renderMemo) render(st *Styles, name string, style lipgloss.Style, text string) string {
	if c == nil {
		return style.Render(text)
	}
	if c.st != st || len(c.done) >= memoMax {
		c.st, c.done = st, make(map[memoKey]string, 16)
	}
	k := memoKey{name, text}
	if s, ok := c.done[k]; ok {
		return s
	}
	s := style.Render(text)
	c.done[k] = s
	return s
}
