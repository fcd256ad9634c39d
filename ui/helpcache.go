package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
)

// helpCache keeps the last key hints drawn: bubbles help styles every
// binding on each call, which was a fifth of a keypress, while the hints
// change only when a binding is turned on or off or relabelled.
type helpCache struct {
	key  string
	view string
}

// cachedHelp is the footer's key hints (shortHelpLine) for the model's
// keys, drawn again only when what it shows changed.
func (m *Model) cachedHelp() string {
	if m.helpCache == nil {
		return shortHelpLine(m.styles.Help, m.keys, m.w)
	}
	var b strings.Builder
	b.Grow(256)
	if m.styles.Dark {
		b.WriteByte('D')
	}
	if m.styles.NoColor {
		b.WriteByte('P')
	}
	b.WriteString(strconv.Itoa(m.w))
	for _, k := range m.keys.ShortHelp() {
		writeBinding(&b, k)
	}
	if b.String() == m.helpCache.key {
		return m.helpCache.view
	}
	m.helpCache.key = b.String()
	m.helpCache.view = shortHelpLine(m.styles.Help, m.keys, m.w)
	return m.helpCache.view
}

// writeBinding appends what help shows of a binding: whether it is on,
// and its key and description.
func writeBinding(b *strings.Builder, k key.Binding) {
	if !k.Enabled() {
		b.WriteString("-,")
		return
	}
	h := k.Help()
	b.WriteString(h.Key)
	b.WriteByte('\x00')
	b.WriteString(h.Desc)
	b.WriteByte(',')
}
