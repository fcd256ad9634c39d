package ui

import "github.com/caveat-reader/caveat/articles"

// errText is an error's message, empty for nil.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// visibleName makes an input's name or an error safe to print: both can
// carry bytes from the outside world (a URL, a file name).
func visibleName(s string) string { return articles.Visible(s) }
