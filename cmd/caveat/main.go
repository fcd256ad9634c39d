// Command caveat is a terminal reader for news articles that marks every
// sentence resting on an anonymous source, reporting an official denial,
// or stating uncertainty.
package main

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"

	"github.com/alecthomas/kong"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// errReported marks a failure already told to the user: exit non-zero
// without printing it again.
var errReported = errors.New("reported")

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it parses args, runs the command and
// returns the exit status. Any panic becomes one line and a crash file.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			reportCrash(stderr, r)
			status = 70
		}
	}()
	cli := &CLI{}
	exited := -1
	parser, err := kong.New(cli,
		kong.Name("caveat"),
		kong.Description(description+"\n\n"+readerFlagsHelp()),
		kong.UsageOnError(),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true}),
		kong.Vars{"version": version, "maxsize": "20MB"},
		kong.Writers(stdout, stderr),
		kong.Exit(func(code int) { exited = code; panic(exitSignal{}) }),
		kong.Bind(&ioEnv{stdin: stdin, stdout: stdout, stderr: stderr}),
	)
	if err != nil {
		sayError(stderr, "%v", err)
		return 70
	}
	return parseAndRun(parser, args, stderr, &exited)
}

// exitSignal unwinds kong's --help and --version, which want to exit.
type exitSignal struct{}

func parseAndRun(parser *kong.Kong, args []string, stderr io.Writer, exited *int) (status int) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(exitSignal); ok {
				status = *exited
				return
			}
			panic(r)
		}
	}()
	ctx, err := parser.Parse(args)
	if err != nil {
		sayError(stderr, "%v (see caveat --help)", err)
		return 2
	}
	sigctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ctx.BindTo(sigctx, (*context.Context)(nil))
	if err := ctx.Run(); err != nil {
		if !errors.Is(err, errReported) {
			sayError(stderr, "%v", err)
		}
		return 1
	}
	return 0
}
