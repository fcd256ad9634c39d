package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseEverySetting(t *testing.T) {
	c, err := Parse(`
# a comment
theme = "light"
mouse = false
width = 72
kinds = ["denial", "uncertain"]
feed_refresh = "2h"

[colors.dark]
anonymous = "#FF00FF"

[keys]
next = "x"
prev = ["X", "p"]
`)
	if err != nil {
		t.Fatal(err)
	}
	if c.Theme != "light" || c.Mouse || c.Width != 72 || time.Duration(c.FeedRefresh) != 2*time.Hour {
		t.Errorf("settings: %+v", c)
	}
	if c.Shown() != [3]bool{false, true, true} {
		t.Errorf("kinds shown: %v", c.Shown())
	}
	if c.Colors.Dark.Anonymous != "#FF00FF" || c.Colors.Light.Anonymous != "" {
		t.Errorf("colours: %+v", c.Colors)
	}
	if !slices.Equal(c.Keys["next"], KeyList{"x"}) || !slices.Equal(c.Keys["prev"], KeyList{"X", "p"}) {
		t.Errorf("keys: %v", c.Keys)
	}
}

// Every mistake is one line naming the line of the file, and the
// settings returned are the defaults.
func TestInvalidFileNamesTheLine(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"width = = 3\n", "line 1:"},
		{"\n\nwidth = \"wide\"\n", "line 3:"},
		{"theme = \"dark\"\ncolour = \"red\"\n", `line 2: unknown setting "colour"`},
		{"[colors.light]\n\ndenial = \"red\"\n", `line 3: colour "red"`},
		{"theme = \"sepia\"\n", `line 1: theme "sepia"`},
		{"kinds = [\"rumour\"]\n", `line 1: kind "rumour"`},
		{"[keys]\nnext = \"n\"\njump = \"J\"\n", `line 3: unknown binding "jump"`},
		{"[keys]\nnext = []\n", `line 2: binding "next" has no keys`},
		{"[keys]\nnext = \"ctrl d\"\n", `line 2: key "ctrl d"`},
		{"width = 5\n", "line 1: width 5"},
		{"feed_refresh = \"soon\"\n", `line 1: duration "soon"`},
	} {
		got, err := Parse(c.text)
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: error %v, want one line starting %q", c.text, err, c.want)
		}
		if got.Width != Default().Width || got.Theme != "auto" {
			t.Errorf("%q: not the defaults after an error: %+v", c.text, got)
		}
	}
}

func TestLoadMissingFileIsTheDefaults(t *testing.T) {
	c, err := Load(filepath.Join(t.TempDir(), "none.toml"))
	if err != nil || c.Width != 100 || !c.Mouse || c.Shown() != [3]bool{true, true, true} {
		t.Errorf("missing file: %+v, %v", c, err)
	}
}

func TestLoadNamesTheFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(p, []byte("mouse = maybe\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(p)
	if err == nil || !strings.HasPrefix(err.Error(), p+": line 1:") {
		t.Errorf("error %v", err)
	}
}

func TestPathFollowsXDG(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/x/conf")
	if got := Path(); got != "/x/conf/caveat/config.toml" {
		t.Errorf("Path() = %q", got)
	}
}

// Durations are written back as they are written in the file: "30m",
// not time.Duration's "30m0s"; what is written reads back the same.
func TestDurationsWriteAsWritten(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{30 * time.Minute, "30m"}, {2 * time.Hour, "2h"}, {90 * time.Minute, "1h30m"},
		{45 * time.Second, "45s"}, {time.Hour + 5*time.Second, "1h0m5s"}, {0, "0s"},
	} {
		b, err := Duration(c.d).MarshalText()
		if err != nil || string(b) != c.want {
			t.Errorf("%v written as %q (%v), want %q", c.d, b, err, c.want)
		}
		var back Duration
		if err := back.UnmarshalText(b); err != nil || time.Duration(back) != c.d {
			t.Errorf("%q reads back as %v (%v)", b, time.Duration(back), err)
		}
	}
}
