package ui

import (
	"context"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/caveat-reader/caveat/config"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// openWith is openModel with a settings file's settings.
func openWith(t *testing.T, w, h int, cfg config.Config, doc *reading.Doc) *Model {
	t.Helper()
	m := NewModel(context.Background(), []Input{{Name: "fixture", Load: func(context.Context) (*reading.Doc, error) { return doc, nil }}}, Options{Config: &cfg})
	m = update(t, m, loadedMsg{index: 0, doc: doc})
	return settleRenders(t, update(t, m, tea.WindowSizeMsg{Width: w, Height: h}))
}

// Every binding of the KeyMap has its [keys] name, and the settings file
// knows every name.
func TestEveryBindingCanBeRebound(t *testing.T) {
	k := DefaultKeyMap()
	named := k.named()
	if n := reflect.TypeOf(k).NumField(); len(named) != n {
		t.Errorf("%d bindings named, KeyMap has %d", len(named), n)
	}
	var names []string
	for name := range named {
		names = append(names, name)
	}
	sort.Strings(names)
	want := slices.Clone(config.BindingNames)
	sort.Strings(want)
	if !slices.Equal(names, want) {
		t.Errorf("ui names %v, config knows %v", names, want)
	}
	ptrs := map[any]string{}
	for name, b := range named {
		if other, dup := ptrs[b]; dup {
			t.Errorf("%s and %s name the same binding", name, other)
		}
		ptrs[b] = name
	}
}

// A rebound key acts, the old one no longer does, and help shows the new
// one, in the footer and in the full help.
func TestReboundKeysActAndShowInHelp(t *testing.T) {
	cfg := config.Default()
	cfg.Keys = map[string]config.KeyList{"next": {"x"}, "help": {"h", "f1"}}
	m := openWith(t, 120, 40, cfg, storyDoc(t))
	if m = press(t, m, "n"); m.current().sel != -1 {
		t.Error("n still selects a claim")
	}
	if m = press(t, m, "x"); m.current().sel != 0 {
		t.Error("x does not select the next claim")
	}
	foot := footerText(m)
	if !strings.Contains(foot, "x next claim") || !strings.Contains(foot, "h/f1 help") {
		t.Errorf("footer hints show the old keys: %q", foot)
	}
	m = press(t, m, "h")
	if !m.help.ShowAll {
		t.Fatal("h does not open the help")
	}
	screen := strings.Join(screenLines(m), "\n")
	if !containsEntry(screen, "x", "next claim") || !containsEntry(screen, "h/f1", "help") {
		t.Errorf("full help shows the old keys:\n%s", screen)
	}
}

// The settings file's theme, colours, kinds, width and mouse.
func TestSettingsShapeTheReader(t *testing.T) {
	cfg := config.Default()
	cfg.Theme = "light"
	cfg.Mouse = false
	cfg.Width = 60
	cfg.Kinds = []config.Kind{"denial"}
	cfg.Colors.Light.Denial = "#123456"
	m := openWith(t, 200, 40, cfg, storyDoc(t))
	m = update(t, m, tea.BackgroundColorMsg{Color: lipgloss.Color("#000000")})
	if m.styles.Dark {
		t.Error("theme light: a dark terminal's answer switched to the dark styles")
	}
	if got := m.styles.Inline(model.Denial).GetForeground(); got != lipgloss.Color("#123456") {
		t.Errorf("Denial colour %v", got)
	}
	if m.hidden != [3]bool{true, false, true} {
		t.Errorf("kinds hidden at start: %v", m.hidden)
	}
	if m.lay.textW != 60 {
		t.Errorf("text width %d, want 60", m.lay.textW)
	}
	if m.View().MouseMode != tea.MouseModeNone {
		t.Error("mouse = false still captures the mouse")
	}
}

// EffectiveKeys lists every binding, rebound or not.
func TestEffectiveKeys(t *testing.T) {
	cfg := config.Default()
	cfg.Keys = map[string]config.KeyList{"quit": {"Q"}}
	eff := EffectiveKeys(cfg)
	if len(eff) != len(config.BindingNames) || !slices.Equal(eff["quit"], config.KeyList{"Q"}) || !slices.Equal(eff["next"], config.KeyList{"n"}) {
		t.Errorf("effective keys: %v", eff)
	}
}

// A settings file that could not be read is said in the footer.
func TestSettingsNoticeInTheFooter(t *testing.T) {
	doc := storyDoc(t)
	m := NewModel(context.Background(), []Input{{Name: "f", Load: func(context.Context) (*reading.Doc, error) { return doc, nil }}}, Options{Notice: "settings not read: line 3: oops"})
	m = update(t, update(t, m, loadedMsg{index: 0, doc: doc}), resize(120, 40))
	if !strings.Contains(footerText(m), "settings not read: line 3") {
		t.Errorf("footer: %q", footerText(m))
	}
}
