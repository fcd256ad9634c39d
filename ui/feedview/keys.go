package feedview

import "charm.land/bubbles/v2/key"

// KeyMap is the feed view's own keys; the list's (moving, paging, /
// to filter) come on top. It is a help.KeyMap for the footer.
type KeyMap struct {
	Open, Refresh, Sort key.Binding
	Filter              key.Binding
	Up, Down            key.Binding
	Help, Quit          key.Binding
	// Interrupt quits even while the filter is typed, where q is text.
	Interrupt key.Binding
}

// DefaultKeyMap is the keys the README lists for the feed view.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read item")),
		Refresh:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh")),
		Sort:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort")),
		Filter:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Up:        key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Interrupt: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
	}
}

// ShortHelp is the footer line.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Filter, k.Sort, k.Refresh, k.Up, k.Down, k.Quit}
}

// FullHelp is every key of the view.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Open, k.Filter, k.Sort, k.Refresh}, {k.Up, k.Down, k.Help, k.Quit}}
}
