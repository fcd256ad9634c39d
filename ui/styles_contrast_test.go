package ui

import (
	"image/color"
	"math"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/caveat-reader/caveat/model"
)

// Backgrounds and body text the kinds must read on: pure and common
// off-black and off-white backgrounds, and glamour's body text (252 on
// dark, 234 on light), which bold text shares.
var (
	darkBackgrounds  = []color.Color{color.RGBA{0, 0, 0, 255}, color.RGBA{0x1e, 0x1e, 0x1e, 255}}
	lightBackgrounds = []color.Color{color.RGBA{0xff, 0xff, 0xff, 255}, color.RGBA{0xf0, 0xf0, 0xf0, 255}}
	darkBody         = ansi.IndexedColor(252)
	lightBody        = ansi.IndexedColor(234)
)

// Every kind's colour, as the terminal gets it in truecolor, 256 and 16
// colours (Bubble Tea downsamples what it is given to the profile), has a
// contrast of at least 4.5:1 against light and dark backgrounds and stays
// clearly apart (CIE76 ΔE ≥ 20) from body text and from the other kinds.
func TestKindColoursReadInEveryProfile(t *testing.T) {
	for _, dark := range []bool{false, true} {
		bgs, body := lightBackgrounds, color.Color(lightBody)
		if dark {
			bgs, body = darkBackgrounds, darkBody
		}
		for _, p := range []colorprofile.Profile{colorprofile.TrueColor, colorprofile.ANSI256, colorprofile.ANSI} {
			st := NewStylesFor(dark, false, p)
			var seen []color.Color
			for _, k := range model.ReaderKinds {
				for _, style := range []struct {
					name string
					fg   color.Color
				}{{"inline", st.Inline(k).GetForeground()}, {"note", st.Mark(k).GetForeground()}} {
					c := p.Convert(style.fg)
					if c == nil {
						t.Fatalf("dark=%v %s %s %s: no colour", dark, p, k, style.name)
					}
					for _, bg := range bgs {
						if r := contrast(c, bg); r < 4.5 {
							t.Errorf("dark=%v %s %s %s %v: contrast %.2f against %v", dark, p, k, style.name, hexOf(c), r, hexOf(bg))
						}
					}
					if e := deltaE(c, body); e < 20 {
						t.Errorf("dark=%v %s %s %s %v: ΔE %.1f from body text %v", dark, p, k, style.name, hexOf(c), e, hexOf(body))
					}
				}
				c := p.Convert(st.Inline(k).GetForeground())
				for _, o := range seen {
					if e := deltaE(c, o); e < 20 {
						t.Errorf("dark=%v %s %s %v: ΔE %.1f from another kind's %v", dark, p, k, hexOf(c), e, hexOf(o))
					}
				}
				seen = append(seen, c)
			}
		}
	}
}

// The reader takes the colour profile Bubble Tea reports.
func TestColourProfileMessageRestyles(t *testing.T) {
	m := openModel(t, 120, 40, storyDoc(t))
	m = update(t, m, tea.ColorProfileMsg{Profile: colorprofile.ANSI256})
	if got := m.styles.Inline(model.Denial).GetForeground(); got != ansi.IndexedColor(kindColors[1][1].ansi256) {
		t.Errorf("Denial in 256 colours is %v", got)
	}
	m = update(t, m, tea.ColorProfileMsg{Profile: colorprofile.ANSI})
	if got := m.styles.Inline(model.Denial).GetForeground(); got != ansi.BasicColor(kindColors[1][1].ansi) {
		t.Errorf("Denial in 16 colours is %v", got)
	}
}

// contrast is the WCAG 2 contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.Color) float64 {
	r, g, b := linearRGB(c)
	return 0.2126*r + 0.7152*g + 0.0722*b
}

func linearRGB(c color.Color) (float64, float64, float64) {
	r, g, b, _ := c.RGBA()
	f := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return f(r), f(g), f(b)
}

// deltaE is the CIE76 distance of two colours in CIELAB (D65).
func deltaE(a, b color.Color) float64 {
	l1, a1, b1 := lab(a)
	l2, a2, b2 := lab(b)
	return math.Sqrt((l1-l2)*(l1-l2) + (a1-a2)*(a1-a2) + (b1-b2)*(b1-b2))
}

func lab(c color.Color) (float64, float64, float64) {
	r, g, b := linearRGB(c)
	x := (0.4124*r + 0.3576*g + 0.1805*b) / 0.95047
	y := 0.2126*r + 0.7152*g + 0.0722*b
	z := (0.0193*r + 0.1192*g + 0.9505*b) / 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	fx, fy, fz := f(x), f(y), f(z)
	return 116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)
}

func hexOf(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return "#" + hex2(r>>8) + hex2(g>>8) + hex2(b>>8)
}

func hex2(v uint32) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[v>>4], digits[v&15]})
}
