package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/reading"
)

// loadDoc is the whole one-way flow for one input: articles loads, model
// analyses. An empty input name means the bundled sample.
func loadDoc(ctx context.Context, input string, opts articles.Options) (*reading.Doc, error) {
	return loadDocWithin(ctx, input, opts, nil)
}

// loadDocWithin is loadDoc counting the text in budget (memlimit.go;
// nil: none) before it is analysed.
func loadDocWithin(ctx context.Context, input string, opts articles.Options, budget *memBudget) (*reading.Doc, error) {
	var (
		a   *articles.Article
		err error
	)
	if input == "" {
		a = articles.Sample()
	} else if a, err = articles.Load(ctx, input, opts); err != nil {
		return nil, err
	}
	budget.add(len(a.Text))
	an, err := analyzeGuarded(a.Text)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Source, err)
	}
	return &reading.Doc{Article: a, Analysis: an}, nil
}

// analyzeGuarded is model.Analyze with a fault in the analyser turned
// into this input's own error: article text is untrusted, and one
// article that trips a bug must cost only its own line, never the other
// inputs or a stack trace on the terminal.
func analyzeGuarded(text string) (an *model.Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			an, err = nil, fmt.Errorf("internal error while analysing (please report it with this article): %v", r)
		}
	}()
	return model.Analyze(text), nil
}

// meta is what the JSON contract reports of an article's origin.
func meta(a *articles.Article) model.Meta {
	return model.Meta{Source: a.Source, Title: a.Title, Format: string(a.Format), URL: a.URL, Byline: a.Byline, Site: a.Site, Date: a.Date}
}

// result is one input's outcome, in input order.
type result struct {
	input string
	doc   *reading.Doc
	err   error
}

// loadEach loads and analyses on every core, load(ctx, i) reading the
// i-th of names (an input, or a feed's item), and hands each result to
// emit in order as soon as it and all before it are ready, so output
// streams while later ones are still being read.
func loadEach(ctx context.Context, names []string, load func(context.Context, int) (*reading.Doc, error), emit func(result)) {
	slots := make([]chan result, len(names))
	for i := range slots {
		slots[i] = make(chan result, 1)
	}
	work := make(chan int)
	workers := min(runtime.GOMAXPROCS(0), len(names))
	for w := 0; w < workers; w++ {
		go func() {
			for i := range work {
				doc, err := load(ctx, i)
				slots[i] <- result{input: names[i], doc: doc, err: err}
			}
		}()
	}
	go func() {
		defer close(work)
		for i := range names {
			select {
			case work <- i:
			case <-ctx.Done():
				for j := i; j < len(names); j++ {
					slots[j] <- result{input: names[j], err: ctx.Err()}
				}
				return
			}
		}
	}()
	for _, slot := range slots {
		emit(<-slot)
	}
}

// withSample is inputs, or the bundled sample when there are none.
func withSample(inputs []string) []string {
	if len(inputs) == 0 {
		return []string{""}
	}
	return inputs
}

// eachDoc loads inputs on every core and hands each loaded doc to use in
// input order, with progress on a terminal's standard error. A failed
// input, or an error from use, is told in one line and the others go on;
// the result is errReported when anything failed.
func eachDoc(ctx context.Context, env *ioEnv, inputs []string, opts articles.Options, use func(*reading.Doc) error) error {
	return eachLoaded(ctx, env, inputs, func(ctx context.Context, i int) (*reading.Doc, error) {
		return loadDoc(ctx, inputs[i], opts)
	}, use)
}

// loadInputs is loadEach over inputs (files, URLs, -), for the commands
// that need every result before they print (diff, compare).
func loadInputs(ctx context.Context, inputs []string, opts articles.Options, emit func(result)) {
	loadEach(ctx, inputs, func(ctx context.Context, i int) (*reading.Doc, error) {
		return loadDoc(ctx, inputs[i], opts)
	}, emit)
}

// eachLoaded is eachDoc for any loader of names (a feed's items).
func eachLoaded(ctx context.Context, env *ioEnv, names []string, load func(context.Context, int) (*reading.Doc, error), use func(*reading.Doc) error) error {
	failed := 0
	prog := newProgress(env.stderr, len(names))
	defer prog.clear()
	loadEach(ctx, names, load, func(r result) {
		defer prog.step()
		prog.clear()
		err := r.err
		if err == nil {
			warn(env, r.doc)
			if err = use(r.doc); err != nil {
				err = fmt.Errorf("%s: %w", r.doc.Article.Source, err)
			}
		}
		if err != nil {
			failed++
			sayError(env.stderr, "%v", err)
		}
	})
	if failed > 0 {
		return errReported
	}
	return nil
}
