package ui

import (
	"fmt"
	"strings"

	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/report"
)

// The reader's marks on claims: checked or disputed, and a one-line note.
// They live on the docView by flag index and go to the Store as they
// change.

// markOfFlag is the reader's mark on flag f, or its unmarked identity.
func (d *docView) markOfFlag(f int) reading.Mark {
	if m, ok := d.marks[f]; ok {
		return m
	}
	return reading.MarkOf(d.analysis(), f)
}

// setMark records m on flag f; an empty mark is forgotten.
func (d *docView) setMark(f int, m reading.Mark) {
	if m.Empty() {
		delete(d.marks, f)
		return
	}
	d.marks[f] = m
}

// cycleMark moves the selected claim to its next state and returns the
// mark to save; ok is false with nothing selected.
func (d *docView) cycleMark() (m reading.Mark, ok bool) {
	f := d.selFlag()
	if f < 0 {
		return reading.Mark{}, false
	}
	m = d.markOfFlag(f)
	m.State = nextState(m.State)
	d.setMark(f, m)
	return m, true
}

// setNote sets the selected claim's note (folded to one line) and returns
// the mark to save.
func (d *docView) setNote(note string) (m reading.Mark, ok bool) {
	f := d.selFlag()
	if f < 0 {
		return reading.Mark{}, false
	}
	m = d.markOfFlag(f)
	m.Note = strings.Join(strings.Fields(note), " ")
	d.setMark(f, m)
	return m, true
}

// flagKey names a flag by kind and span: how a saved mark finds its flag.
type flagKey struct {
	kind       model.Kind
	start, end int
}

// applySaved puts what the store remembered on the article: the marks on
// their flags (a mark made in this session before the store answered
// wins), the reading position for the first layout, and a notice when the
// article changed since it was last read.
func (d *docView) applySaved(s reading.Saved) {
	byKey := make(map[flagKey]int, len(d.claims.flags))
	for _, f := range d.claims.flags {
		fl := d.analysis().Flags[f]
		byKey[flagKey{fl.Kind, fl.Span.Start, fl.Span.End}] = f
	}
	for _, m := range s.Marks {
		f, ok := byKey[flagKey{m.Kind, m.Span.Start, m.Span.End}]
		if _, mine := d.marks[f]; !ok || mine {
			continue
		}
		d.setMark(f, m)
	}
	if s.HasPosition {
		if d.r == nil {
			d.pendingTop = s.Position
		} else {
			d.scrollToOffset(s.Position)
		}
	}
	if s.Changed {
		d.notice = fmt.Sprintf("this article changed since you last read it; %s kept, %d dropped", report.Count(s.Kept, "mark", "marks"), s.Dropped)
		if s.Versions != nil {
			d.versions = s.Versions
			d.notice = fmt.Sprintf("changed since you last read it: %s (v shows it); %s kept, %d dropped", s.Versions.Summary(), report.Count(s.Kept, "mark", "marks"), s.Dropped)
		}
	}
	d.restored = true
}

// markSymbol is the one-cell sign of a mark state in notes.
func markSymbol(s reading.State) string {
	switch s {
	case reading.Checked:
		return "✓"
	case reading.Disputed:
		return "⚑"
	}
	return ""
}

// markCounts counts the claims marked checked and disputed.
func (d *docView) markCounts() (checked, disputed int) {
	for _, m := range d.marks {
		switch m.State {
		case reading.Checked:
			checked++
		case reading.Disputed:
			disputed++
		}
	}
	return checked, disputed
}
