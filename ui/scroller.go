package ui

// scroller is where the article pane is in the article's lines: the top
// line and the pane's height. The pane draws its own rows (articleRows),
// so this is all it needs of a viewport; bubbles' viewport measures every
// line when its content is set (for sideways scrolling the pane never
// does), which on a 10 MB text is a third of a second per layout. The
// methods keep the viewport's names and clamping.
type scroller struct {
	top, height, lines int
}

// YOffset is the first line shown.
func (s *scroller) YOffset() int { return s.top }

// Height is the number of lines shown.
func (s *scroller) Height() int { return s.height }

// SetHeight sets the pane's height; the top line is clamped at the next
// move.
func (s *scroller) SetHeight(h int) { s.height = h }

// SetLines sets the number of lines of the article.
func (s *scroller) SetLines(n int) {
	s.lines = n
	if s.top > s.maxTop() {
		s.top = s.maxTop()
	}
}

// maxTop is the last top line that leaves no empty rows below the text.
func (s *scroller) maxTop() int { return max(0, s.lines-s.height) }

// SetYOffset scrolls to line n, clamped to the article.
func (s *scroller) SetYOffset(n int) { s.top = min(max(n, 0), s.maxTop()) }

// ScrollDown and ScrollUp move by n lines.
func (s *scroller) ScrollDown(n int) { s.SetYOffset(s.top + n) }
func (s *scroller) ScrollUp(n int)   { s.SetYOffset(s.top - n) }

// PageDown, PageUp, HalfPageDown and HalfPageUp move by the pane's height
// or half of it.
func (s *scroller) PageDown()     { s.ScrollDown(s.height) }
func (s *scroller) PageUp()       { s.ScrollUp(s.height) }
func (s *scroller) HalfPageDown() { s.ScrollDown(s.height / 2) }
func (s *scroller) HalfPageUp()   { s.ScrollUp(s.height / 2) }

// GotoTop and GotoBottom go to the first and the last page.
func (s *scroller) GotoTop()    { s.top = 0 }
func (s *scroller) GotoBottom() { s.top = s.maxTop() }
