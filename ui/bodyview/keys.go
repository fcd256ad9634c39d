package bodyview

import "charm.land/bubbles/v2/key"

// KeyMap is the compare view's keys; it is a help.KeyMap for the footer.
type KeyMap struct {
	Down, Up, PageDown, PageUp, Top, Bottom key.Binding
	Back                                    key.Binding
}

// DefaultKeyMap is the keys the README lists for the compare view.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "down")),
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "up")),
		PageDown: key.NewBinding(key.WithKeys("space", "pgdown", "ctrl+d"), key.WithHelp("space", "page down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "end")),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
	}
}

// ShortHelp is the footer line.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.PageDown, k.Back}
}

// FullHelp is every key of the view.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Down, k.Up, k.PageDown, k.PageUp}, {k.Top, k.Bottom, k.Back}}
}
