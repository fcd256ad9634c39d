package ui

import (
	"slices"
	"strings"
	"testing"
)

// The full help fits every size from 60x20 up: each key the reader
// answers there is on screen, whole, or reached by scrolling the help
// with j; nothing is cut.
func TestFullHelpFitsEverySize(t *testing.T) {
	base := press(t, openModel(t, 120, 40, sourcedStory(t), storyDoc(t)), "n")
	want := fullHelpEntries(base.keys)
	if len(want) < 25 {
		t.Fatalf("only %d keys in the full help", len(want))
	}
	for _, w := range []int{60, 61, 70, 80, 89, 90, 100, 120, 160, 200} {
		for _, h := range []int{20, 24, 30, 40} {
			m := press(t, update(t, base, resize(w, h)), "?")
			seen, last := "", ""
			for i := 0; i < 40; i++ {
				lines := screenLines(m)
				if frame := strings.Join(lines, "\n"); frame == last {
					break
				} else {
					last = frame
				}
				for _, l := range lines[m.lay.header : m.lay.header+m.lay.body+m.lay.strip] {
					if strings.Contains(l, "…") {
						t.Errorf("%dx%d: help row cut: %q", w, h, l)
					}
					seen += l + "\n"
				}
				m = press(t, m, "j")
			}
			for _, b := range want {
				if !containsEntry(seen, b.Help().Key, b.Help().Desc) {
					t.Errorf("%dx%d: full help never shows %q %q", w, h, b.Help().Key, b.Help().Desc)
				}
			}
			if !m.help.ShowAll {
				t.Fatalf("%dx%d: j closed the help", w, h)
			}
			if m = press(t, m, "esc"); m.help.ShowAll {
				t.Errorf("%dx%d: esc did not close the help", w, h)
			}
		}
	}
}

// When the help is taller than the room it has, its title says how to
// scroll and how much is below; scrolled to the end, nothing is below.
func TestFullHelpSaysWhenItScrolls(t *testing.T) {
	m := press(t, openModel(t, 60, 20, sourcedStory(t), storyDoc(t)), "n", "?")
	rows := m.helpRows(60, 8)
	if !strings.Contains(rows[0], "↓/j scrolls") || !strings.Contains(rows[0], "rows below") {
		t.Errorf("help taller than its room without saying so: %q", rows[0])
	}
	m.helpTop = 100
	if rows = m.helpRows(60, 8); strings.Contains(rows[0], "below") || m.helpTop == 0 {
		t.Errorf("scrolled to the end: %q (top %d)", rows[0], m.helpTop)
	}
}

// A key other than the help's own closes it and does its job.
func TestOtherKeysCloseTheHelpAndAct(t *testing.T) {
	m := press(t, openModel(t, 120, 40, storyDoc(t)), "?", "n")
	if m.help.ShowAll || m.current().sel != 0 {
		t.Errorf("n in the help: help shown %v, selection %d", m.help.ShowAll, m.current().sel)
	}
}

// The footer's hints never lose ? or q, and drop the least important keys
// first: what shows is always the start of the list in order of
// importance, never cut mid-word.
func TestShortHelpDropsTheLeastImportantKeys(t *testing.T) {
	base := press(t, openModel(t, 120, 40, sourcedStory(t), storyDoc(t)), "n")
	var order []string
	for _, b := range base.keys.ShortHelp() {
		if b.Enabled() && !sameBinding(b, base.keys.Help) && !sameBinding(b, base.keys.Quit) {
			order = append(order, b.Help().Key+" "+b.Help().Desc)
		}
	}
	for w := 45; w <= 200; w++ {
		m := update(t, base, resize(w, 24))
		lines := screenLines(m)
		line := strings.TrimRight(lines[len(lines)-1], " ")
		if strings.Contains(line, "…") {
			t.Errorf("width %d: hints cut: %q", w, line)
		}
		if !strings.HasSuffix(line, "? help • q quit") {
			t.Errorf("width %d: hints lack ? or q: %q", w, line)
		}
		parts := strings.Split(strings.TrimSuffix(strings.TrimSuffix(line, "? help • q quit"), " • "), " • ")
		if parts[0] == "" {
			parts = nil
		}
		for i, p := range parts {
			if i >= len(order) || p != order[i] {
				t.Fatalf("width %d: hints %q are not the most important first %q", w, parts, order)
			}
		}
		if w == 200 && len(parts) != len(order) {
			t.Errorf("width 200 drops hints: %q", line)
		}
	}
}

// containsEntry reports whether key and desc stand side by side in s.
func containsEntry(s, key, desc string) bool {
	for _, l := range strings.Split(s, "\n") {
		for i := strings.Index(l, key+" "); i >= 0; {
			if (i == 0 || l[i-1] == ' ') && strings.HasPrefix(strings.TrimLeft(l[i+len(key):], " "), desc) {
				return true
			}
			j := strings.Index(l[i+1:], key+" ")
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// The full help names every key of a binding, so that f, Home and End
// are found with ? and not only in the README; the two left out are
// named where they act: shift+tab is tab backwards, and ctrl+c is shown
// as quit while typing, where q is text.
func TestFullHelpNamesEveryKeyOfABinding(t *testing.T) {
	k := DefaultKeyMap()
	unnamed := map[string]bool{"shift+tab": true, "ctrl+c": true}
	for _, b := range fullHelpEntries(k) {
		names := strings.Split(b.Help().Key, "/")
		for _, key := range b.Keys() {
			if unnamed[key] && !sameBinding(b, k.Interrupt) {
				continue
			}
			if b.Help().Key != key && !slices.Contains(names, key) && !slices.Contains(names, keyLabel([]string{key})) {
				t.Errorf("help %q %q does not name its key %q", b.Help().Key, b.Help().Desc, key)
			}
		}
	}
}
