package ui

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/caveat-reader/caveat/cells"
)

// Link text is made an OSC 8 hyperlink where the terminal supports them.
// The sequences are written here, by caveat, after the frame went through
// articles.TerminalSafe (which removes every escape sequence but styling,
// so none can come from the article): from a link destination that
// hyperlinkOpen allows, and only around the cells of the link's text.

// maxLinkURL caps the length of a hyperlink's address: longer ones are
// not made links (browsers and terminals cap them too; 2,000 is what
// address bars keep).
const maxLinkURL = 2000

// hyperlinkClose ends a hyperlink (OSC 8 with no address, ended by ST).
const hyperlinkClose = "\x1b]8;;\x1b\\"

// hyperlinkOpen is the OSC 8 sequence starting a hyperlink to raw, or ""
// when raw is not an address caveat hands a terminal: an absolute http or
// https URL with a host and no user name or password (which would let a
// link's text and its host disagree), at most maxLinkURL bytes, every byte
// printable ASCII (no space, no control, no ESC, BEL or ST, nothing a
// terminal could read as the end of the sequence; non-ASCII addresses
// arrive percent-encoded from url.String).
func hyperlinkOpen(raw string) string {
	if raw == "" || len(raw) > maxLinkURL {
		return ""
	}
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; c <= 0x20 || c >= 0x7f {
			return ""
		}
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.Opaque != "" {
		return ""
	}
	return "\x1b]8;;" + raw + "\x1b\\"
}

// markdownLinkURL is the address of a markdown link destination as
// written between its parentheses: "<addr>" or "addr", then an optional
// title; "" when there is none.
func markdownLinkURL(dest string) string {
	dest = strings.TrimSpace(dest)
	if strings.HasPrefix(dest, "<") {
		end := strings.IndexByte(dest, '>')
		if end < 0 {
			return ""
		}
		return dest[1:end]
	}
	if i := strings.IndexAny(dest, " \t"); i >= 0 {
		dest = dest[:i]
	}
	return dest
}

// screenLink is a hyperlink on the frame: cells [from, to) of row, to the
// address in open (a hyperlinkOpen sequence).
type screenLink struct {
	row, from, to int
	open          string
}

// withHyperlinks adds the hyperlinks to a frame that has been through
// articles.TerminalSafe; links are in row order.
func withHyperlinks(frame string, links []screenLink) string {
	if len(links) == 0 {
		return frame
	}
	rows := strings.Split(frame, "\n")
	for _, l := range links {
		if l.row >= 0 && l.row < len(rows) && l.from < l.to && l.open != "" {
			rows[l.row] = hyperlinkCells(rows[l.row], l.from, l.to, l.open)
		}
	}
	return strings.Join(rows, "\n")
}

// hyperlinkCells puts cells [from, to) of a styled row inside a
// hyperlink: open before the first of them, hyperlinkClose after the last
// (after any zero-width characters that end it). The row's styling is
// not touched; a range past the row's end is closed at its end.
func hyperlinkCells(row string, from, to int, open string) string {
	var b strings.Builder
	b.Grow(len(row) + len(open) + len(hyperlinkClose))
	col, opened := 0, false
	for i := 0; i < len(row); {
		if row[i] == 0x1b {
			n := sgrLen(row[i:])
			b.WriteString(row[i : i+n])
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(row[i:])
		w := cells.StringWidth(row[i : i+size])
		if opened && col >= to && w > 0 {
			b.WriteString(hyperlinkClose)
			b.WriteString(row[i:])
			return b.String()
		}
		if !opened && col >= from && w > 0 {
			b.WriteString(open)
			opened = true
		}
		b.WriteString(row[i : i+size])
		col += w
		i += size
	}
	if opened {
		b.WriteString(hyperlinkClose)
	}
	return b.String()
}

// sgrLen is the length of the escape sequence at the start of s: after
// TerminalSafe only SGR (ESC [ params m) is left; anything else counts as
// its ESC alone.
func sgrLen(s string) int {
	if len(s) < 2 || s[1] != '[' {
		return 1
	}
	for i := 2; i < len(s); i++ {
		if c := s[i]; c >= 0x40 && c <= 0x7e {
			return i + 1
		}
	}
	return len(s)
}

// frameLinks are the hyperlinks of this frame: the link texts on the
// article rows shown, when the terminal takes hyperlinks.
func (m *Model) frameLinks() []screenLink {
	if !m.opts.Hyperlinks || m.lay.tooSmall || m.help.ShowAll || (m.mode != modeRead && m.mode != modeSearch && m.mode != modeNote) {
		return nil
	}
	d := m.current()
	if d == nil || d.r == nil || d.r.lineLinks == nil {
		return nil
	}
	var out []screenLink
	top := d.vp.YOffset()
	for i := 0; i < m.lay.body && top+i < len(d.r.lines); i++ {
		l := top + i
		for _, k := range d.r.lineLinks[l] {
			if from, to, ok := d.r.rangeOn(d.r.linkPos(int(k)), l); ok {
				// The header is row 0; the text starts after its padding
				// and is never wider than the text column.
				to = min(to, m.lay.textW)
				out = append(out, screenLink{row: 1 + i, from: padW + from, to: padW + to, open: d.r.links[k]})
			}
		}
	}
	return out
}

// hyperlinksSupported reports whether the terminal named by the
// environment shows OSC 8 hyperlinks: the terminals known to, by the
// variables they set. Others (the Linux console, older terminals, a
// multiplexer that may not pass them on) get underlined text alone.
func hyperlinksSupported(getenv func(string) string) bool {
	if getenv("TMUX") != "" || strings.HasPrefix(getenv("TERM"), "screen") || getenv("TERM") == "dumb" || getenv("TERM") == "linux" {
		return false
	}
	switch getenv("TERM_PROGRAM") {
	case "iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper", "Tabby", "rio":
		return true
	}
	switch getenv("TERM") {
	case "xterm-kitty", "foot", "foot-extra", "alacritty", "xterm-ghostty", "wezterm", "contour":
		return true
	}
	for _, v := range []string{"KITTY_WINDOW_ID", "WT_SESSION", "KONSOLE_VERSION", "WEZTERM_EXECUTABLE"} {
		if getenv(v) != "" {
			return true
		}
	}
	// GNOME Terminal and the other VTE terminals from 0.50 on.
	vte, err := strconv.Atoi(getenv("VTE_VERSION"))
	return err == nil && vte >= 5000
}
