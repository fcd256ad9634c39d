package main

import (
	"fmt"
	"os"

	"github.com/BurntSushi/toml"

	"github.com/caveat-reader/caveat/config"
	"github.com/caveat-reader/caveat/ui"
)

// ConfigCmd prints where the settings file is and the settings in effect.
type ConfigCmd struct{}

// Run prints the path, whether the file was found, and every setting in
// effect (the file's over the defaults) as a settings file would write
// them. An invalid file is reported in one line and the defaults printed.
func (c *ConfigCmd) Run(env *ioEnv) error {
	path := config.Path()
	cfg, err := config.Load(path)
	state := "found"
	if _, statErr := os.Stat(path); statErr != nil {
		state = "not found: the defaults"
	}
	if err != nil {
		sayError(env.stderr, "%v (using the defaults)", err)
		state = "invalid: the defaults"
	}
	fmt.Fprintf(env.stdout, "# settings file: %s (%s)\n", path, state)
	eff := struct {
		Theme       config.Theme              `toml:"theme"`
		Mouse       bool                      `toml:"mouse"`
		Width       int                       `toml:"width"`
		Kinds       []config.Kind             `toml:"kinds"`
		FeedRefresh config.Duration           `toml:"feed_refresh"`
		Colors      config.Colors             `toml:"colors"`
		Keys        map[string]config.KeyList `toml:"keys"`
	}{cfg.Theme, cfg.Mouse, cfg.Width, cfg.Kinds, cfg.FeedRefresh, ui.EffectiveColors(cfg), ui.EffectiveKeys(cfg)}
	if encErr := toml.NewEncoder(env.stdout).Encode(eff); encErr != nil {
		return encErr
	}
	if err != nil {
		return errReported
	}
	return nil
}

// readerConfig is the settings for the reader: the file's, or the
// defaults and a one-line notice when it cannot be read (the reader still
// starts).
func readerConfig(env *ioEnv) (*config.Config, string) {
	cfg, err := config.Load(config.Path())
	if err != nil {
		sayError(env.stderr, "%v (using the defaults)", err)
		return &cfg, "settings not read: " + err.Error()
	}
	return &cfg, ""
}
