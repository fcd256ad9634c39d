package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"charm.land/lipgloss/v2"

	"github.com/caveat-reader/caveat/config"
)

// settings are what the settings file changes in the reader, beyond the
// keys (which go into the KeyMap).
type settings struct {
	theme   config.Theme
	mouse   bool
	textMax int
	colors  [2][3]kindColor
}

// configure applies a settings file (nil: the defaults) to a new model.
func (m *Model) configure(c *config.Config) {
	if c == nil {
		d := config.Default()
		c = &d
	}
	m.set = settings{theme: c.Theme, mouse: c.Mouse, textMax: c.Width, colors: kindColorsOf(*c)}
	if m.set.textMax <= 0 {
		m.set.textMax = maxText
	}
	if m.set.theme == "" {
		m.set.theme = "auto"
	}
	for i, shown := range c.Shown() {
		m.hidden[i] = !shown
	}
	m.keys.rebind(c.Keys)
}

// kindColorsOf is the built-in palette with the file's colours laid over
// it; a colour of the file goes to 256 and 16 colours by nearest match.
func kindColorsOf(c config.Config) [2][3]kindColor {
	out := kindColors
	for bg, kc := range [2]config.KindColors{c.Colors.Light, c.Colors.Dark} {
		for i, hex := range [3]config.Color{kc.Anonymous, kc.Denial, kc.Uncertain} {
			if hex == "" {
				continue
			}
			col := lipgloss.Color(string(hex))
			out[bg][i] = kindColor{ansi: int(ansi.Convert16(col)), ansi256: int(ansi.Convert256(col)), hex: string(hex)}
		}
	}
	return out
}

// EffectiveColors are the kinds' colours in use under c, as the settings
// file writes them (for caveat config).
func EffectiveColors(c config.Config) config.Colors {
	p := kindColorsOf(c)
	kc := func(bg int) config.KindColors {
		return config.KindColors{Anonymous: config.Color(p[bg][0].hex), Denial: config.Color(p[bg][1].hex), Uncertain: config.Color(p[bg][2].hex)}
	}
	return config.Colors{Light: kc(0), Dark: kc(1)}
}

// EffectiveKeys are every binding's keys under c, by [keys] name.
func EffectiveKeys(c config.Config) map[string]config.KeyList {
	k := DefaultKeyMap()
	k.rebind(c.Keys)
	out := map[string]config.KeyList{}
	for name, b := range k.named() {
		out[name] = b.Keys()
	}
	return out
}

// named is every binding by its [keys] name in the settings file.
func (k *KeyMap) named() map[string]*key.Binding {
	return map[string]*key.Binding{
		"next": &k.Next, "prev": &k.Prev, "anonymous": &k.Anon, "denial": &k.Denial,
		"uncertain": &k.Uncertain, "focus": &k.Focus, "up": &k.Up, "down": &k.Down,
		"page_down": &k.PageDown, "page_up": &k.PageUp, "half_down": &k.HalfDown,
		"half_up": &k.HalfUp, "top": &k.Top, "bottom": &k.Bottom, "centre": &k.Centre,
		"next_article": &k.NextDoc, "prev_article": &k.PrevDoc, "help": &k.Help, "quit": &k.Quit,
		"search": &k.Search, "mark": &k.Mark, "note": &k.Note, "copy": &k.Copy, "open_link": &k.OpenLink, "links": &k.Links, "articles": &k.Index,
		"sources": &k.Ledger, "questions": &k.Scorecard, "changes": &k.Changes, "compare": &k.Compare, "outlets": &k.Outlets, "back": &k.Escape, "open": &k.Open,
		"accept": &k.Accept, "cancel": &k.Cancel, "interrupt": &k.Interrupt,
	}
}

// rebind gives the named bindings their keys from the settings file; help
// shows the new keys.
func (k *KeyMap) rebind(keys map[string]config.KeyList) {
	named := k.named()
	for name, ks := range keys {
		if b := named[name]; b != nil && len(ks) > 0 {
			b.SetKeys(ks...)
			b.SetHelp(keyLabel(ks), b.Help().Desc)
		}
	}
}

// keyLabel is how help names keys: "↑/k", "pgdn/space".
func keyLabel(ks []string) string {
	short := map[string]string{"up": "↑", "down": "↓", "left": "←", "right": "→", "pgdown": "pgdn"}
	out := make([]string, len(ks))
	for i, k := range ks {
		if s, ok := short[k]; ok {
			k = s
		}
		out[i] = k
	}
	return strings.Join(out, "/")
}
