// Package config reads the reader's settings from
// $XDG_CONFIG_HOME/caveat/config.toml: key bindings, colours per kind on
// light and dark backgrounds, the kinds shown at start, the text width,
// the mouse, and how old a feed may get before it is fetched again. It is
// data only (no terminal, no Charm): cmd/caveat loads it and ui applies it.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Config is the settings; the zero value of a field means "the default"
// only where Default says so.
type Config struct {
	// Theme is "auto" (ask the terminal), "light" or "dark".
	Theme Theme `toml:"theme"`
	// Mouse captures the mouse (wheel, clicks); false leaves it to the
	// terminal for selecting text, like --no-mouse.
	Mouse bool `toml:"mouse"`
	// Width is the most columns of article text, however wide the screen.
	Width int `toml:"width"`
	// Kinds are the kinds shown at start (1 2 3 toggle them).
	Kinds []Kind `toml:"kinds"`
	// FeedRefresh is how old a feed may get before it is fetched again.
	FeedRefresh Duration `toml:"feed_refresh"`
	// Colors override the kinds' colours ("#rrggbb"), per background.
	Colors Colors `toml:"colors"`
	// Keys rebind the reader's keys: binding name -> keys.
	Keys map[string]KeyList `toml:"keys"`
}

// Colors are the kinds' colours on light and dark backgrounds; an empty
// one keeps the built-in colour.
type Colors struct {
	Light KindColors `toml:"light"`
	Dark  KindColors `toml:"dark"`
}

// KindColors is a colour per reader kind.
type KindColors struct {
	Anonymous Color `toml:"anonymous"`
	Denial    Color `toml:"denial"`
	Uncertain Color `toml:"uncertain"`
}

// Default is the settings with no file.
func Default() Config {
	return Config{
		Theme:       "auto",
		Mouse:       true,
		Width:       100,
		Kinds:       []Kind{"anonymous", "denial", "uncertain"},
		FeedRefresh: Duration(30 * time.Minute),
		Keys:        map[string]KeyList{},
	}
}

// Path is where the file is looked for: $XDG_CONFIG_HOME/caveat/config.toml,
// or ~/.config/caveat/config.toml.
func Path() string {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		if home, err := os.UserHomeDir(); err == nil {
			dir = filepath.Join(home, ".config")
		}
	}
	return filepath.Join(dir, "caveat", "config.toml")
}

// Load reads the file at path over the defaults. A missing file is the
// defaults and no error; an invalid one is the defaults and a one-line
// error naming the line, so the reader still starts.
func Load(path string) (Config, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return Default(), fmt.Errorf("%s: %v", path, err)
	}
	c, err := Parse(string(b))
	if err != nil {
		return Default(), fmt.Errorf("%s: %v", path, err)
	}
	return c, nil
}

// Parse reads settings from TOML text over the defaults.
func Parse(text string) (Config, error) {
	c := Default()
	md, err := toml.Decode(text, &c)
	if err != nil {
		return Default(), oneLine(err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return Default(), fmt.Errorf("line %d: unknown setting %q", keyLine(text, und[0]), und[0].String())
	}
	for name, keys := range c.Keys {
		if !slices.Contains(BindingNames, name) {
			return Default(), fmt.Errorf("line %d: unknown binding %q in [keys] (known: %s)",
				keyLine(text, toml.Key{"keys", name}), name, strings.Join(BindingNames, ", "))
		}
		if len(keys) == 0 {
			return Default(), fmt.Errorf("line %d: binding %q has no keys", keyLine(text, toml.Key{"keys", name}), name)
		}
	}
	if c.Width < 20 || c.Width > 1000 {
		return Default(), fmt.Errorf("line %d: width %d: want 20 to 1000 columns", keyLine(text, toml.Key{"width"}), c.Width)
	}
	return c, nil
}

// oneLine is a TOML error as one line: "line 3: …".
func oneLine(err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if i := strings.Index(msg, "\n"); i >= 0 {
			msg = msg[:i]
		}
		return fmt.Errorf("line %d: %s", pe.Position.Line, msg)
	}
	s := strings.SplitN(strings.TrimPrefix(err.Error(), "toml: "), "\n", 2)[0]
	if m := typeErr.FindStringSubmatch(s); m != nil {
		return fmt.Errorf("line %s: %s: want %s, not %s", m[1], m[2], m[4], m[3])
	}
	return errors.New(s)
}

// typeErr is the TOML library's wording of a value of the wrong type.
var typeErr = regexp.MustCompile(`^line (\d+) \(last key "([^"]*)"\): incompatible types: TOML value has type (\w+); destination has type (\w+)`)

// keyLine is the line where key is set in text (0 if it cannot tell):
// the TOML library names the line of a syntax or type error but not of
// a key it did not expect.
func keyLine(text string, key toml.Key) int {
	table := ""
	want := strings.Join(key[:len(key)-1], ".")
	name := key[len(key)-1]
	for i, line := range strings.Split(text, "\n") {
		l := strings.TrimSpace(line)
		if strings.HasPrefix(l, "[") {
			table = strings.Trim(strings.SplitN(l, "#", 2)[0], "[] \t")
			continue
		}
		k, _, ok := strings.Cut(l, "=")
		if !ok {
			continue
		}
		k = strings.Trim(strings.TrimSpace(k), `"'`)
		if full := strings.Trim(table+"."+k, "."); (table == want && k == name) || full == key.String() {
			return i + 1
		}
	}
	return 0
}

// Theme is "auto", "light" or "dark".
type Theme string

func (t *Theme) UnmarshalText(b []byte) error {
	switch s := string(b); s {
	case "auto", "light", "dark":
		*t = Theme(s)
		return nil
	}
	return fmt.Errorf("theme %q: want auto, light or dark", b)
}

// Kind is a reader kind by name: anonymous, denial or uncertain.
type Kind string

// KindNames are the kinds' names, in the order of the 1 2 3 keys.
var KindNames = []string{"anonymous", "denial", "uncertain"}

func (k *Kind) UnmarshalText(b []byte) error {
	if !slices.Contains(KindNames, string(b)) {
		return fmt.Errorf("kind %q: want anonymous, denial or uncertain", b)
	}
	*k = Kind(b)
	return nil
}

// Shown reports, per kind in KindNames order, whether it is shown.
func (c Config) Shown() [3]bool {
	var out [3]bool
	for i, n := range KindNames {
		out[i] = slices.Contains(c.Kinds, Kind(n))
	}
	return out
}

// Color is "#rrggbb", or "" for the built-in colour.
type Color string

var hexColor = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

func (c *Color) UnmarshalText(b []byte) error {
	if len(b) > 0 && !hexColor.Match(b) {
		return fmt.Errorf("colour %q: write it as #rrggbb", b)
	}
	*c = Color(b)
	return nil
}

// Duration is a time.Duration written as "30m", "2h".
type Duration time.Duration

func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil || v < 0 {
		return fmt.Errorf("duration %q: write it like 30m or 2h", b)
	}
	*d = Duration(v)
	return nil
}

// MarshalText writes the duration as a person would: "30m", "2h", "1h30m"
// (time.Duration's own "30m0s" and "2h0m0s" trimmed of their zero units).
func (d Duration) MarshalText() ([]byte, error) {
	s := time.Duration(d).String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return []byte(s), nil
}

// KeyList is the keys of one binding: a string ("n") or a list (["n", "j"]),
// named as the reader names keys: "ctrl+d", "pgdown", "space", "enter".
type KeyList []string

func (k *KeyList) UnmarshalTOML(v any) error {
	var out []string
	switch v := v.(type) {
	case string:
		out = []string{v}
	case []any:
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				return fmt.Errorf("keys: want strings like \"n\" or \"ctrl+d\", got %v", e)
			}
			out = append(out, s)
		}
	default:
		return fmt.Errorf("keys: want a key like \"n\" or a list of them, got %v", v)
	}
	for _, s := range out {
		if strings.TrimSpace(s) == "" || strings.ContainsAny(s, " \t") {
			return fmt.Errorf("key %q: name one key, like \"n\", \"ctrl+d\" or \"space\"", s)
		}
	}
	*k = out
	return nil
}
