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

	// Source-checking: search, marks, the index and the two panels.
	Search    key.Binding
	Mark      key.Binding
	Note      key.Binding
	Index     key.Binding
	Ledger    key.Binding
	Scorecard key.Binding
	// Copy copies the selected claim's sentence with its citation.
	Copy key.Binding
	// OpenLink opens the selected claim's nearest link or the article's
	// address in the browser.
	OpenLink key.Binding
	// Links opens the panel of the article's links.
	Links key.Binding
	// Changes shows what changed in a changed article's sourcing;
	// Compare, in the index, sets the session's articles side by side.
	Changes key.Binding
	Compare key.Binding
	// Outlets, in the index, profiles the outlets read.
	Outlets key.Binding
	// Escape ends a search or closes a panel or the index.
	Escape key.Binding
	// Open opens the article selected in the index.
	Open key.Binding
	// Accept and Cancel end typing in the footer (a search, a note).
	Accept key.Binding
	Cancel key.Binding
	// Interrupt quits even while typing, where q is text.
	Interrupt key.Binding
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
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn/space/f", "page down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		HalfDown:  key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half down")),
		HalfUp:    key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half up")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		Centre:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "show sentence")),
		NextDoc:   key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next article")),
		PrevDoc:   key.NewBinding(key.WithKeys("["), key.WithHelp("[", "prev article")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Mark:      key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "mark claim")),
		Note:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit note")),
		Index:     key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "articles")),
		Ledger:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sources")),
		Scorecard: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "questions")),
		Copy:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy claim")),
		OpenLink:  key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open link")),
		Links:     key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "links")),
		Changes:   key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "what changed")),
		Compare:   key.NewBinding(key.WithKeys("C"), key.WithHelp("C", "compare articles")),
		Outlets:   key.NewBinding(key.WithKeys("O"), key.WithHelp("O", "outlets")),
		Escape:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open article")),
		Accept:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done")),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Interrupt: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
	}
}

// ShortHelp is the footer line: the keys a first-time reader needs, most
// important first (a narrow footer drops them from the end; ? and q are
// pinned and never dropped). Disabled bindings drop out, so in the index
// or while typing it shows what works there.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Accept, k.Cancel, k.Open, k.Next, k.Prev, k.Escape,
		k.Search, k.Mark, k.Ledger, k.Scorecard, k.Index, k.Copy, k.NextDoc, k.Help, k.Quit}
}

// FullHelp is `?`: every key, in columns by purpose.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.Centre, k.Focus},
		{k.Anon, k.Denial, k.Uncertain},
		{k.Up, k.Down, k.PageDown, k.PageUp},
		{k.HalfDown, k.HalfUp, k.Top, k.Bottom},
		{k.Search, k.Mark, k.Note, k.Copy, k.OpenLink, k.Escape},
		{k.Ledger, k.Scorecard, k.Links, k.Index, k.Open},
		{k.NextDoc, k.PrevDoc, k.Accept, k.Cancel},
		{k.Help, k.Quit, k.Interrupt},
	}
}

// filterKey is the binding that toggles reader kind i.
func (k KeyMap) filterKey(i int) key.Binding {
	return [3]key.Binding{k.Anon, k.Denial, k.Uncertain}[i]
}
