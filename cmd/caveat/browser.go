package main

import (
	"io"
	"os"
	"os/exec"
	"strings"

	"github.com/cli/browser"
)

// openURL opens a web address for the reader's o: with $BROWSER (a
// colon-separated list of commands, the first found wins; "%s" stands
// for the address), else github.com/cli/browser (xdg-open and friends).
// The browser's output is thrown away: it would write over the reader's
// screen.
func openURL(url string) error {
	if list := os.Getenv("BROWSER"); list != "" {
		for _, c := range strings.Split(list, ":") {
			args := strings.Fields(c)
			if len(args) == 0 {
				continue
			}
			if _, err := exec.LookPath(args[0]); err != nil {
				continue
			}
			placed := false
			for i, a := range args {
				if strings.Contains(a, "%s") {
					args[i], placed = strings.ReplaceAll(a, "%s", url), true
				}
			}
			if !placed {
				args = append(args, url)
			}
			cmd := exec.Command(args[0], args[1:]...)
			cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
			return cmd.Run()
		}
	}
	browser.Stdout, browser.Stderr = io.Discard, io.Discard
	return browser.OpenURL(url)
}
