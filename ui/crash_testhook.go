//go:build caveat_testhooks

package ui

import tea "charm.land/bubbletea/v2"

// The end-to-end tests of crash handling run the real binary in tmux, so
// the way to force a panic has to be in the binary they build: it is
// compiled in only with the caveat_testhooks build tag (go build -tags
// caveat_testhooks), never in a release build, and armed only by the
// CAVEAT_TEST_PANIC environment variable, read in runGuarded.

// testPanic forces a panic on the first key press, for the end-to-end
// test of crash handling (CAVEAT_TEST_PANIC=update, view or cmd; any
// other non-empty value means update). It is read in runGuarded only.
type testPanic struct {
	tea.Model
	where string
	armed bool
}

func withTestPanic(m tea.Model, where string) tea.Model {
	if where == "" {
		return m
	}
	return testPanic{Model: m, where: where}
}

func (t testPanic) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok && !t.armed {
		switch t.where {
		case "view":
			t.armed = true
		case "cmd":
			t.armed = true
			return t, tea.Batch(nil, func() tea.Msg { panic("CAVEAT_TEST_PANIC: forced panic in a command") })
		default:
			panic("CAVEAT_TEST_PANIC: forced panic in update")
		}
	}
	next, cmd := t.Model.Update(msg)
	t.Model = next
	return t, cmd
}

func (t testPanic) View() tea.View {
	if t.armed && t.where == "view" {
		panic("CAVEAT_TEST_PANIC: forced panic in view")
	}
	return t.Model.View()
}

// withoutTestPanic is the model under the hook, for runGuarded's caller.
func withoutTestPanic(m tea.Model) tea.Model {
	if tp, ok := m.(testPanic); ok {
		return tp.Model
	}
	return m
}
