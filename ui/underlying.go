package ui

import (
	"image/color"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// underlying is the text's own emphasis at a cell of a rendered line (a
// heading's bold, a quote's italics, a heading's background): restyling a
// flagged range draws over the line's styling, so what the range should
// keep of it is read back from the line's SGR sequences.
type underlying struct {
	bold, italic, underline bool
	bg                      color.Color
}

// underlyingAt reads the SGR state in effect at cell col of line.
func underlyingAt(line string, col int) underlying {
	var u underlying
	cell := 0
	var state byte
	for len(line) > 0 {
		seq, width, n, newState := ansi.DecodeSequence(line, state, nil)
		if n == 0 {
			break
		}
		state = newState
		line = line[n:]
		if width > 0 {
			if cell >= col {
				return u
			}
			cell += width
			continue
		}
		if strings.HasPrefix(seq, "\x1b[") && strings.HasSuffix(seq, "m") {
			u.apply(strings.Split(seq[2:len(seq)-1], ";"))
		}
	}
	return u
}

// apply takes one SGR sequence's parameters.
func (u *underlying) apply(ps []string) {
	for i := 0; i < len(ps); i++ {
		switch ps[i] {
		case "", "0":
			*u = underlying{}
		case "1":
			u.bold = true
		case "3":
			u.italic = true
		case "4":
			u.underline = true
		case "22":
			u.bold = false
		case "23":
			u.italic = false
		case "24":
			u.underline = false
		case "49":
			u.bg = nil
		case "38", "58":
			i += extendedColorLen(ps[i+1:])
		case "48":
			n := extendedColorLen(ps[i+1:])
			u.bg = extendedColor(ps[i+1 : i+1+n])
			i += n
		default:
			if v, err := strconv.Atoi(ps[i]); err == nil && (v >= 40 && v <= 47 || v >= 100 && v <= 107) {
				idx := v - 40
				if v >= 100 {
					idx = v - 100 + 8
				}
				u.bg = ansi.BasicColor(idx)
			}
		}
	}
}

// extendedColorLen is how many parameters follow 38/48/58: 5;n or 2;r;g;b.
func extendedColorLen(ps []string) int {
	if len(ps) > 0 && ps[0] == "5" {
		return min(2, len(ps))
	}
	if len(ps) > 0 && ps[0] == "2" {
		return min(4, len(ps))
	}
	return 0
}

func extendedColor(ps []string) color.Color {
	num := func(i int) int {
		if i >= len(ps) {
			return 0
		}
		v, _ := strconv.Atoi(ps[i])
		return v
	}
	switch {
	case len(ps) == 2 && ps[0] == "5":
		return ansi.IndexedColor(num(1))
	case len(ps) == 4 && ps[0] == "2":
		return color.RGBA{uint8(num(1)), uint8(num(2)), uint8(num(3)), 0xff}
	}
	return nil
}

// over is st keeping the text's own emphasis under it: the kind's colour
// and its own emphasis win, the heading's bold or background stays.
func (u underlying) over(st lipgloss.Style) lipgloss.Style {
	if u.bold {
		st = st.Bold(true)
	}
	if u.italic {
		st = st.Italic(true)
	}
	if u.underline {
		st = st.Underline(true)
	}
	if u.bg != nil && isNoColor(st.GetBackground()) && !st.GetReverse() {
		st = st.Background(u.bg)
	}
	return st
}
