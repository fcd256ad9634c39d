package main

import (
	"fmt"
	"reflect"
	"strings"
	"unicode"
)

// readerFlagsHelp lists the reader's flags for the top-level --help:
// kong shows a default command's flags only under `caveat read --help`,
// so `caveat --help` said nothing of --no-mouse or --max-size. The list is
// read from ReadCmd's own tags, so it cannot drift from them.
func readerFlagsHelp() string {
	var rows [][2]string
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.Anonymous {
				walk(f.Type)
				continue
			}
			if _, isArg := f.Tag.Lookup("arg"); isArg || f.Tag.Get("help") == "" {
				continue
			}
			name := f.Tag.Get("name")
			if name == "" {
				name = kebab(f.Name)
			}
			flag := "--" + name
			if f.Type.Kind() != reflect.Bool {
				ph := f.Tag.Get("placeholder")
				if ph == "" {
					ph = strings.ToUpper(name)
				}
				flag += "=" + ph
			}
			rows = append(rows, [2]string{flag, f.Tag.Get("help")})
		}
	}
	walk(reflect.TypeOf(ReadCmd{}))
	w := 0
	for _, r := range rows {
		w = max(w, len(r[0]))
	}
	var b strings.Builder
	b.WriteString("Reader flags (caveat [flags] [input ...]):\n\n")
	indent := 4 + w + 2
	for _, r := range rows {
		fmt.Fprintf(&b, "    %-*s  ", w, r[0])
		col := indent
		for i, word := range strings.Fields(r[1]) {
			if i > 0 && col+1+len(word) > 80 {
				b.WriteString("\n" + strings.Repeat(" ", indent))
				col = indent
			} else if i > 0 {
				b.WriteByte(' ')
				col++
			}
			b.WriteString(word)
			col += len(word)
		}
		b.WriteByte('\n')
	}
	return strings.TrimRight(b.String(), "\n")
}

// kebab is a Go field name as kong names its flag: MaxSize -> max-size.
func kebab(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('-')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}
