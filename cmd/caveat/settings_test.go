package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/caveat-reader/caveat/config"
)

// caveat config prints the path and every setting in effect, as a file
// that parses back to the same settings.
func TestConfigPrintsPathAndEffectiveSettings(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	if err := os.MkdirAll(filepath.Join(dir, "caveat"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "caveat"), "config.toml", "width = 80\n[keys]\nnext = \"x\"\n")
	status, out, errOut := runCaveat(t, "", "config")
	if status != 0 || errOut != "" {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	if !strings.Contains(out, filepath.Join(dir, "caveat", "config.toml")+" (found)") {
		t.Errorf("no path in:\n%s", out)
	}
	c, err := config.Parse(out)
	if err != nil {
		t.Fatalf("output does not parse back: %v\n%s", err, out)
	}
	if c.Width != 80 || c.Keys["next"][0] != "x" || len(c.Keys) != len(config.BindingNames) || c.Colors.Dark.Denial == "" {
		t.Errorf("effective settings: %+v", c)
	}
}

// An invalid file: one line naming the file and the line, the defaults
// printed, a non-zero status.
func TestConfigReportsAnInvalidFileInOneLine(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	if err := os.MkdirAll(filepath.Join(dir, "caveat"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "caveat"), "config.toml", "theme = \"dark\"\n\nmouse = maybe\n")
	status, out, errOut := runCaveat(t, "", "config")
	if status == 0 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "config.toml: line 3:") {
		t.Errorf("status %d, stderr %q", status, errOut)
	}
	if !strings.Contains(out, "(invalid: the defaults)") || !strings.Contains(out, `theme = "auto"`) {
		t.Errorf("stdout:\n%s", out)
	}
}

// TestReaderStartsDespiteAnInvalidSettingsFile: the reader opens on the
// defaults and says in its footer what was wrong.
func TestReaderStartsDespiteAnInvalidSettingsFile(t *testing.T) {
	requireTmux(t)
	bin := buildBinary(t)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "caveat"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "caveat"), "config.toml", "width = = 1\n")
	s := startTmux(t, 120, 40, []string{"XDG_CONFIG_HOME=" + dir, "XDG_DATA_HOME=" + dir, "XDG_STATE_HOME=" + dir}, bin)
	s.waitFor("the reader with the notice", func(screen string) bool {
		return strings.Contains(screen, "Russian officials") && strings.Contains(screen, "settings not read:") && strings.Contains(screen, "line 1")
	})
	s.keys("q")
	s.waitFor("caveat to exit", func(screen string) bool { return strings.Contains(screen, "caveat-exited-") })
}
