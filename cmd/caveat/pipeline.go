package main

import (
	"context"
	"runtime"

	"github.com/caveat-reader/caveat/articles"
	"github.com/caveat-reader/caveat/model"
	"github.com/caveat-reader/caveat/ui"
)

// loadDoc is the whole one-way flow for one input: articles loads, model
// analyses. An empty input name means the bundled sample.
func loadDoc(ctx context.Context, input string, opts articles.Options) (*ui.Doc, error) {
	var (
		a   *articles.Article
		err error
	)
	if input == "" {
		a = articles.Sample()
	} else if a, err = articles.Load(ctx, input, opts); err != nil {
		return nil, err
	}
	return &ui.Doc{Article: a, Analysis: model.Analyze(a.Text)}, nil
}

// meta is what the JSON contract reports of an article's origin.
func meta(a *articles.Article) model.Meta {
	return model.Meta{Source: a.Source, Title: a.Title, Format: string(a.Format), URL: a.URL, Byline: a.Byline, Site: a.Site, Date: a.Date}
}

// result is one input's outcome, in input order.
type result struct {
	input string
	doc   *ui.Doc
	err   error
}

// loadAll loads and analyses inputs on every core and hands each result to
// emit in input order as soon as it and all before it are ready, so output
// streams while later inputs are still being read.
func loadAll(ctx context.Context, inputs []string, opts articles.Options, emit func(result)) {
	slots := make([]chan result, len(inputs))
	for i := range slots {
		slots[i] = make(chan result, 1)
	}
	work := make(chan int)
	workers := min(runtime.GOMAXPROCS(0), len(inputs))
	for w := 0; w < workers; w++ {
		go func() {
			for i := range work {
				doc, err := loadDoc(ctx, inputs[i], opts)
				slots[i] <- result{input: inputs[i], doc: doc, err: err}
			}
		}()
	}
	go func() {
		defer close(work)
		for i := range inputs {
			select {
			case work <- i:
			case <-ctx.Done():
				for j := i; j < len(inputs); j++ {
					slots[j] <- result{input: inputs[j], err: ctx.Err()}
				}
				return
			}
		}
	}()
	for _, slot := range slots {
		emit(<-slot)
	}
}
