package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every key the reader answers, as bubbles bindings so that help
// is generated from the same values that are matched. Bindings that do
// nothing in the current state are disabled (see syncKeys), which also
// hides them from help.
type KeyMap struct {
	Next, Prev   key.Binding
	Anon, Denial key.Binding
	Uncertain    key.Binding
	Focus        key.Binding
	Up, Down     key.Binding
	PageDown     key.Binding
	PageUp       key.Binding
	HalfDown     key.Binding
	HalfUp       key.Binding
	Top, Bottom  key.Binding
	Centre       key.Binding
	NextDoc      key.Binding
	PrevDoc      key.Binding
	Help         key.Binding
	Quit         key.Binding
}

// DefaultKeyMap is the reader's keys as the issue and README list them.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Next:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next claim")),
		Prev:      key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev claim")),
		Anon:      key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "anonymous")),
		Denial:    key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "denial")),
		Uncertain: key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "uncertain")),
		Focus:     key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "notes/text")),
		Up:        key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn/space", "page down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		HalfDown:  key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half down")),
		HalfUp:    key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half up")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		Centre:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "show sentence")),
		NextDoc:   key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next article")),
		PrevDoc:   key.NewBinding(key.WithKeys("["), key.WithHelp("[", "prev article")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// ShortHelp is the footer line: the keys a first-time reader needs.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Next, k.Prev, k.Anon, k.Denial, k.Uncertain, k.Focus, k.NextDoc, k.Help, k.Quit}
}

// FullHelp is `?`: every key, in columns by purpose.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.Centre, k.Focus},
		{k.Anon, k.Denial, k.Uncertain},
		{k.Up, k.Down, k.PageDown, k.PageUp},
		{k.HalfDown, k.HalfUp, k.Top, k.Bottom},
		{k.NextDoc, k.PrevDoc, k.Help, k.Quit},
	}
}

// filterKey is the binding that toggles reader kind i.
func (k KeyMap) filterKey(i int) key.Binding {
	return [3]key.Binding{k.Anon, k.Denial, k.Uncertain}[i]
}
