package feedview

import (
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
)

// The list computes a filter's matches in a command, and Bubble Tea runs
// commands at once: typed quickly, the matches for "bri" can arrive after
// those for "bridg" and replace them, leaving the list filtered by text
// no longer in the box. Each change of the filter text starts a new
// generation; matches are tagged with the generation they were computed
// for, and only the current generation's reach the list.

// filterResult is the list's matches for the filter text of generation
// gen.
type filterResult struct {
	gen     int
	matches list.FilterMatchesMsg
}

// updateList passes msg to the list and tags the filter matches its
// command computes.
func (m *Model) updateList(msg tea.Msg) tea.Cmd {
	before := m.list.FilterValue()
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	if m.list.FilterValue() != before {
		m.filterGen++
	}
	return tagMatches(cmd, m.filterGen)
}

// filtered hands the list matches of the current filter text, and drops
// those of an older one.
func (m *Model) filtered(r filterResult) tea.Cmd {
	if r.gen != m.filterGen {
		return nil
	}
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(r.matches)
	return cmd
}

// tagMatches wraps cmd so that filter matches it (or a batch it returns)
// yields come back as a filterResult of generation gen.
func tagMatches(cmd tea.Cmd, gen int) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case list.FilterMatchesMsg:
			return filterResult{gen, msg}
		case tea.BatchMsg:
			for i, c := range msg {
				msg[i] = tagMatches(c, gen)
			}
			return msg
		default:
			return msg
		}
	}
}
