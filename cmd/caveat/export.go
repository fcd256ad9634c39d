package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/caveat-reader/caveat/reading"
	"github.com/caveat-reader/caveat/report"
)

// ExportCmd writes the session report of some articles.
type ExportCmd struct {
	LoadFlags
	DataFlags
	Format string   `short:"f" enum:"markdown,json,annotations" default:"markdown" help:"Report format: markdown, json, or annotations (W3C Web Annotation JSON-LD)."`
	Output string   `short:"o" type:"path" placeholder:"FILE" help:"Write the report to FILE (whole or not at all) instead of standard output."`
	Inputs []string `arg:"" optional:"" name:"input" help:"Files, URLs, or - for standard input. None: the bundled sample."`
}

// Run loads every input, recalls its saved marks without recording a
// visit, and writes one report. A bad input is reported in one line and
// left out; the others are still in the report.
func (c *ExportCmd) Run(ctx context.Context, env *ioEnv) error {
	st, err := c.openStore()
	if err != nil {
		return err
	}
	defer st.Close()
	var ins []report.Input
	loadErr := eachDoc(ctx, env, withSample(c.Inputs), c.options(env.stdin), func(d *reading.Doc) error {
		saved, err := st.Recall(record(d), d.Analysis)
		if err != nil {
			return err
		}
		ins = append(ins, report.Input{Meta: meta(d.Article), Analysis: d.Analysis, Saved: saved})
		return nil
	})
	if len(ins) > 0 {
		if err := c.write(env.stdout, ins); err != nil {
			return err
		}
	}
	return loadErr
}

func (c *ExportCmd) write(stdout io.Writer, ins []report.Input) error {
	rep := report.Build(ins, time.Now())
	render := func(w io.Writer) error {
		switch c.Format {
		case "json":
			return report.WriteJSON(w, rep)
		case "annotations":
			return report.WriteAnnotations(w, ins, rep)
		}
		return report.WriteMarkdown(w, rep)
	}
	if c.Output == "" || c.Output == "-" {
		return render(stdout)
	}
	return writeAtomically(c.Output, render)
}

// writeAtomically writes a file through a temporary file beside it and a
// rename, so an interrupted export never leaves half a report where a
// good one was.
func writeAtomically(path string, render func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	mode := os.FileMode(0o644)  // CreateTemp makes 0600; a report is for sharing
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := render(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
