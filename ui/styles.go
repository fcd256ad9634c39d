package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/model"
)

// Styles is every style the reader uses, built once from the terminal's
// background and handed down to the components; nothing holds a global
// style. Rebuilt when the terminal answers the background query.
type Styles struct {
	Dark    bool
	NoColor bool
	// Profile is the terminal's colour profile the colours are chosen for.
	Profile colorprofile.Profile
	// Glamour is the glamour standard style matching the background.
	Glamour string

	// inline is the style of a flagged span in the text, per reader kind
	// (indexed like model.ReaderKinds); each has its own attribute as well
	// as its colour so kinds stay apart without colour.
	inline [3]lipgloss.Style
	// mark is the symbol and word of a kind in a note.
	mark [3]lipgloss.Style

	// Sentence emphasises the selected claim's sentence.
	Sentence lipgloss.Style
	// Boiler dims boilerplate (advertisements, related links).
	Boiler lipgloss.Style

	Title     lipgloss.Style
	Meta      lipgloss.Style
	Dim       lipgloss.Style
	Cue       lipgloss.Style
	Explain   lipgloss.Style
	NoteOpen  lipgloss.Style
	Focus     lipgloss.Style
	Gutter    lipgloss.Style
	FilterOff lipgloss.Style
	Error     lipgloss.Style
	Help      help.Styles

	// Match is a search match, MatchCur the one n/N reached.
	Match    lipgloss.Style
	MatchCur lipgloss.Style
	// Chosen tints the sentences of the source or question chosen in a
	// panel; ChosenBar marks their lines in the left pad column so they
	// read without colour too.
	Chosen    lipgloss.Style
	ChosenBar lipgloss.Style
	// Notice is a message in the footer that is not an error.
	Notice lipgloss.Style
	// Marked styles a mark sign and a reader's note in the margin.
	Marked lipgloss.Style
	// PanelTitle heads a panel, PanelSel is its selected row's pointer,
	// Bar and BarRest the filled and empty parts of a share bar.
	PanelTitle lipgloss.Style
	PanelSel   lipgloss.Style
	Bar        lipgloss.Style
	BarRest    lipgloss.Style
	// Raised marks a scorecard question worth a look.
	Raised lipgloss.Style
}

// kindColor is one reader kind's colour in each colour profile: an ANSI
// colour (0-15), a 256-colour index, and truecolor. They are picked by
// hand rather than downsampled from the truecolor value, which turned the
// light Denial into a grey like bold body text: each keeps a contrast of
// at least 4.5:1 against the background and stays apart from body text
// and from the other kinds (styles_contrast_test.go computes it).
type kindColor struct {
	ansi, ansi256 int
	hex           string
}

// kindColors are the kinds' colours, in model.ReaderKinds order, on a
// light [0] and a dark [1] background.
var kindColors = [2][3]kindColor{
	{{1, 94, "#A64B00"}, {5, 125, "#B0003A"}, {12, 25, "#0B5CAD"}},
	{{11, 215, "#FFB86C"}, {13, 204, "#FF6E8A"}, {14, 117, "#7CC4FF"}},
}

// color is c in profile p.
func (c kindColor) color(p colorprofile.Profile) color.Color {
	return lipgloss.Complete(p)(ansi.BasicColor(c.ansi), ansi.IndexedColor(c.ansi256), lipgloss.Color(c.hex))
}

// NewStyles builds the styles for a dark or light background on a
// truecolor terminal; see NewStylesFor.
func NewStyles(dark, noColor bool) Styles {
	return NewStylesFor(dark, noColor, colorprofile.TrueColor)
}

// NewStylesFor builds the styles for a dark or light background and the
// terminal's colour profile. noColor (NO_COLOR set) swaps the colour-only
// cues for attributes: the selected sentence is reversed instead of
// tinted.
func NewStylesFor(dark, noColor bool, profile colorprofile.Profile) Styles {
	return newStylesWith(kindColors, dark, noColor, profile)
}

// newStylesWith is NewStylesFor with the kinds' colours of a settings
// file.
func newStylesWith(colors [2][3]kindColor, dark, noColor bool, profile colorprofile.Profile) Styles {
	ld := lipgloss.LightDark(dark)
	palette := colors[0]
	if dark {
		palette = colors[1]
	}
	var kindColor [3]lipgloss.Style
	for i, c := range palette {
		kindColor[i] = lipgloss.NewStyle().Foreground(c.color(profile))
	}
	s := Styles{Dark: dark, NoColor: noColor, Profile: profile, Glamour: "light"}
	if dark {
		s.Glamour = "dark"
	}
	// Anonymous underlined, Denial bold, Uncertain italic: each kind keeps
	// a distinct emphasis when colour is gone.
	s.inline[0] = kindColor[0].Underline(true)
	s.inline[1] = kindColor[1].Bold(true)
	s.inline[2] = kindColor[2].Italic(true)
	for i := range s.mark {
		s.mark[i] = kindColor[i].Bold(true)
	}
	if noColor {
		s.Sentence = lipgloss.NewStyle().Reverse(true)
	} else {
		s.Sentence = lipgloss.NewStyle().Background(ld(lipgloss.Color("#E4EAF4"), lipgloss.Color("#2B3445")))
	}
	s.Boiler = lipgloss.NewStyle().Faint(true)
	s.Title = lipgloss.NewStyle().Bold(true)
	s.Meta = lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#5C5C5C"), lipgloss.Color("#A0A0A0")))
	s.Dim = lipgloss.NewStyle().Faint(true)
	s.Cue = lipgloss.NewStyle().Italic(true)
	s.Explain = lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#333333"), lipgloss.Color("#D0D0D0")))
	s.NoteOpen = lipgloss.NewStyle().Bold(true)
	s.Focus = lipgloss.NewStyle().Bold(true).Underline(true)
	s.Gutter = lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#BBBBBB"), lipgloss.Color("#444444")))
	s.FilterOff = lipgloss.NewStyle().Faint(true).Strikethrough(true)
	s.Error = lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#B00020"), lipgloss.Color("#FF7070"))).Bold(true)
	s.Help = help.DefaultStyles(dark)
	s.sourceStyles(ld, noColor)
	return s
}

// sourceStyles are the styles of search, marks, the index and the panels.
// Without colour, matches are reversed and the chosen sentences marked by
// the bar in the pad column alone.
func (s *Styles) sourceStyles(ld lipgloss.LightDarkFunc, noColor bool) {
	if noColor {
		s.Match = lipgloss.NewStyle().Reverse(true)
		s.MatchCur = lipgloss.NewStyle().Reverse(true).Bold(true).Underline(true)
		s.Chosen = lipgloss.NewStyle()
	} else {
		s.Match = lipgloss.NewStyle().Background(ld(lipgloss.Color("#FFF0A0"), lipgloss.Color("#5A4A00")))
		s.MatchCur = lipgloss.NewStyle().Bold(true).
			Background(ld(lipgloss.Color("#FFC640"), lipgloss.Color("#9A7A00"))).
			Foreground(ld(lipgloss.Color("#000000"), lipgloss.Color("#FFFFFF")))
		s.Chosen = lipgloss.NewStyle().Background(ld(lipgloss.Color("#F4ECDC"), lipgloss.Color("#3A3326")))
	}
	s.ChosenBar = lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#A64B00"), lipgloss.Color("#FFB86C"))).Bold(true)
	s.Notice = lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#7A5200"), lipgloss.Color("#F0C674"))).Bold(true)
	s.Marked = lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#1F6F3A"), lipgloss.Color("#8FD694")))
	s.PanelTitle = lipgloss.NewStyle().Bold(true)
	s.PanelSel = lipgloss.NewStyle().Bold(true)
	s.Bar = lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#A64B00"), lipgloss.Color("#FFB86C")))
	s.BarRest = lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#CCCCCC"), lipgloss.Color("#444444")))
	s.Raised = lipgloss.NewStyle().Bold(true)
}

// Inline is the in-text style of a reader kind's span.
func (s Styles) Inline(k model.Kind) lipgloss.Style {
	if i := kindIndex(k); i >= 0 {
		return s.inline[i]
	}
	return lipgloss.NewStyle()
}

// Mark is the style of a kind's symbol and word in notes and counts.
func (s Styles) Mark(k model.Kind) lipgloss.Style {
	if i := kindIndex(k); i >= 0 {
		return s.mark[i]
	}
	return lipgloss.NewStyle()
}

// spanStyle is the style of a piece of text in kind k (-1 for none),
// inside the selected sentence or not.
func (s Styles) spanStyle(k int, sel bool) lipgloss.Style {
	switch {
	case k >= 0 && sel:
		return s.inline[k].Inherit(s.Sentence)
	case k >= 0:
		return s.inline[k]
	}
	return s.Sentence
}

// pieceStyle is spanStyle with a search match (1, or 2 for the current
// one) and the panel's chosen sentences laid over it: the match's
// background wins, the kind keeps its emphasis.
func (s Styles) pieceStyle(k int, sel bool, match int, chosen bool) lipgloss.Style {
	base := s.spanStyle(k, sel)
	if k < 0 && !sel {
		base = lipgloss.NewStyle()
	}
	if chosen && !sel {
		base = base.Inherit(s.Chosen)
	}
	switch match {
	case 1:
		return solidSpaces(s.Match.Inherit(base))
	case 2:
		return solidSpaces(s.MatchCur.Inherit(base))
	}
	return solidSpaces(base)
}

// solidSpaces is st drawn as one run of attributes over its whole range,
// spaces included. Lip Gloss styles the spaces of underlined text apart,
// with underline and colours only, so a reversed and underlined range (an
// anonymous source in the selected sentence without colour, the current
// search match) showed a gap in the reverse video at every space.
func solidSpaces(st lipgloss.Style) lipgloss.Style {
	if !st.GetReverse() || !st.GetUnderline() {
		return st
	}
	var a ansi.Style
	if st.GetBold() {
		a = a.Bold()
	}
	if st.GetFaint() {
		a = a.Faint()
	}
	if st.GetItalic() {
		a = a.Italic(true)
	}
	a = a.Underline(true).Reverse(true)
	if fg := st.GetForeground(); !isNoColor(fg) {
		a = a.ForegroundColor(fg)
	}
	if bg := st.GetBackground(); !isNoColor(bg) {
		a = a.BackgroundColor(bg)
	}
	return lipgloss.NewStyle().Transform(a.Styled)
}

// isNoColor reports whether c is unset.
func isNoColor(c color.Color) bool {
	_, none := c.(lipgloss.NoColor)
	return c == nil || none
}
