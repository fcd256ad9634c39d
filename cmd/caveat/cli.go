package main

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/alecthomas/kong"

	"github.com/caveat-reader/caveat/articles"
)

const description = `A terminal reader for news articles that marks, as you scroll, every
sentence resting on an anonymous source, reporting an official denial, or
stating uncertainty.

With no argument caveat opens its bundled sample article. An input is a
file (.txt, .md or saved .html), an http(s) URL, or - for standard input.
When standard output is not a terminal, caveat prints the article as plain
text with inline markers instead of opening the reader.

Examples:
  caveat                                open the bundled sample
  caveat story.txt                      read a plain-text or markdown file
  caveat https://example.org/a          fetch a page and extract the article
  curl -s URL | caveat -                read standard input
  caveat a.md b.html c.txt              a session of several articles
  caveat https://example.org/rss.xml    a feed: every item with its sourcing
  caveat analyze --format json story.txt   machine-readable flags
  caveat diff old.html new.html         what changed in the sourcing`

// CLI is every command and flag; kong builds --help from it.
type CLI struct {
	Read    ReadCmd    `cmd:"" default:"withargs" help:"Open articles in the reader (the default command)."`
	Analyze AnalyzeCmd `cmd:"" help:"Print the flags of each article as JSON Lines or a text report."`
	Extract ExtractCmd `cmd:"" help:"Print the article extracted from a page, as markdown or plain text."`
	Export  ExportCmd  `cmd:"" help:"Write the session report of articles: claims, marks and notes, as markdown, JSON or W3C Web Annotations."`
	History HistoryCmd `cmd:"" help:"List the articles read, most recent first."`
	Feeds   FeedsCmd   `cmd:"" help:"Every subscribed feed in one list; feeds add URL..., feeds import FILE.opml."`
	Diff    DiffCmd    `cmd:"" help:"Show what changed in the sourcing between two versions of a story: flags and sources gained and lost."`
	Compare CompareCmd `cmd:"" help:"Set one story as several outlets tell it side by side: the claims they share, and who each rests them on."`
	Outlets OutletsCmd `cmd:"" help:"Profile each outlet's sourcing over the articles read (or analysed with --save): unnamed sources, denials, uncertainty."`
	Config  ConfigCmd  `cmd:"" help:"Print where the settings file is ($XDG_CONFIG_HOME/caveat/config.toml) and the settings in effect."`

	Version kong.VersionFlag `help:"Print the version and exit."`
}

// LoadFlags are shared by every command that reads articles.
type LoadFlags struct {
	MaxSize Size    `name:"max-size" default:"${maxsize}" help:"Refuse inputs larger than this (e.g. 20MB, 512KB)."`
	Timeout Timeout `default:"30s" help:"Give up fetching a URL, or reading a pipe, after this long in all (e.g. 10s, 2m)."`
	// fetched are pages the feed check already downloaded (classify.go).
	fetched map[string]*articles.Raw `kong:"-"`
}

func (f LoadFlags) options(stdin io.Reader) articles.Options {
	return articles.Options{MaxSize: int64(f.MaxSize), Timeout: time.Duration(f.Timeout), Stdin: stdin, Fetched: f.fetched}
}

// ioEnv carries the process's streams to commands, so tests can run them.
type ioEnv struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// Size is a byte count written as 20MB, 512KB, 1GB or plain bytes.
type Size int64

// UnmarshalText lets kong parse a Size.
func (s *Size) UnmarshalText(b []byte) error {
	t := strings.ToUpper(strings.TrimSpace(string(b)))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(n) || math.IsInf(n, 0) || n*float64(mult) < 1 {
		return fmt.Errorf("invalid size %q: write it like 20MB, 512KB or 1048576", string(b))
	}
	// Checked as a float: the product of a long number and its unit
	// would overflow int64 and come out negative, silently the default.
	if n*float64(mult) > maxInputSize {
		return fmt.Errorf("size %q is over the most caveat can hold in memory, 1GB", string(b))
	}
	*s = Size(n * float64(mult))
	return nil
}

// maxInputSize is the largest --max-size: an article is read whole into
// memory, and analysed in several times its size.
const maxInputSize = 1 << 30

// Timeout is a duration (10s, 2m) of at least minTimeout.
type Timeout time.Duration

// minTimeout is the shortest --timeout: below it no fetch could finish,
// and every input would fail with a message about the deadline rather
// than about the flag.
const minTimeout = 100 * time.Millisecond

// UnmarshalText lets kong parse a Timeout.
func (d *Timeout) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(strings.TrimSpace(string(b)))
	switch {
	case err != nil:
		return fmt.Errorf("invalid duration %q: write it like 10s, 1m30s or 500ms", string(b))
	case v < minTimeout:
		return fmt.Errorf("%q is too short to fetch or read anything: give at least %s (e.g. 10s)", string(b), minTimeout)
	}
	*d = Timeout(v)
	return nil
}
